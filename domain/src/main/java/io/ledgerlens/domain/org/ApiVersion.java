package io.ledgerlens.domain.org;

/** The two explode endpoints: v2 reads the caller's org only; v2.1 honours connected-org scope headers. */
public enum ApiVersion {
    V2,
    V2_1;

    public boolean honoursDataScope() {
        return this == V2_1;
    }
}
