package io.ledgerlens.application.port.out;

/**
 * Thrown by an out-port implementation when the ledger store cannot answer
 * (connection refused, timeout, failover). The use case turns it into the
 * contract's 9003; the cause is for logs only and never reaches a client.
 */
public class LedgerUnavailableException extends RuntimeException {

    /**
     * A store that cannot answer.
     *
     * @param message what was being done, for logs
     * @param cause   the store's own error, for logs only
     */
    public LedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
