package io.ledgerlens.application.port.out;

/**
 * Thrown by an out-port implementation when the ledger store cannot answer
 * (connection refused, timeout, failover). The use case turns it into the
 * contract's 9003; the cause is for logs only and never reaches a client.
 */
public class LedgerUnavailableException extends RuntimeException {

    public LedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
