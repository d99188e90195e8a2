package io.ledgerlens.application.port.in.explode;

/**
 * "Explode this event: what exactly did it earn, and why?" The read side of
 * the ledger, with the semantics of Capillary's {@code getLedgerExplodeInfo}
 * (v2 and the connected-orgs v2.1).
 *
 * <p>Never throws for bad input: every problem comes back in a
 * {@link ExplodeOutcome.Rejected}. A store that cannot answer is the
 * contract's 9003 (ledger unavailable), also a rejection.
 */
public interface ExplodeLedgerQuery {

    /**
     * Answers one explode request.
     *
     * @param request the endpoint, the caller's org, its scope headers and its query parameters as sent
     * @return the page of exploded events with their warnings, or every reason the request is refused
     */
    ExplodeOutcome explode(ExplodeRequest request);
}
