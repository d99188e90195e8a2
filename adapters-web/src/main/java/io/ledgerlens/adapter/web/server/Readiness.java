package io.ledgerlens.adapter.web.server;

import java.util.Optional;

/**
 * Whether this instance can take traffic: its database answers a fenced query and its schema is migrated. Wired
 * by bootstrap; the probe bounds how long a check may take.
 */
@FunctionalInterface
public interface Readiness {

    /**
     * Empty when ready; else why not, in words for the operator (never a secret, never SQL).
     *
     * @return why this instance is not ready, or empty if it is
     */
    Optional<String> notReadyBecause();

    /**
     * Ready whatever happens: for a server with no database of its own to ask (a test, an embedding).
     *
     * @return a readiness that is never anything but ready
     */
    static Readiness always() {
        return Optional::empty;
    }
}
