package io.ledgerlens.domain.org;

/** The two explode endpoints: v2 reads the caller's org only; v2.1 honours connected-org scope headers. */
public enum ApiVersion {
    /** {@code /v2/pointsLedger/getLedgerExplodeInfo}: the caller's org only; scope headers are ignored. */
    V2,
    /** {@code /v2.1/pointsLedger/getLedgerExplodeInfo}: the caller's org and the connected orgs its headers name. */
    V2_1;

    /** {@return whether the {@code DATA-SCOPE} headers decide which orgs are read} */
    public boolean honoursDataScope() {
        return this == V2_1;
    }
}
