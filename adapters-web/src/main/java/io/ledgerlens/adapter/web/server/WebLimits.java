package io.ledgerlens.adapter.web.server;

import java.time.Duration;

/**
 * What the web server bounds: the size of what a request may bring (past the
 * header limit Jetty answers 431, past the body limit the route answers 413,
 * both in the envelope), and how long a stop waits for the requests in flight
 * to finish ({@code drainTimeout}) before it closes their connections.
 *
 * @param maxHeaderBytes the most bytes of request line and headers; at least 1 KiB
 * @param maxBodyBytes the most bytes of body; at least 1 KiB
 * @param drainTimeout how long a stop waits for requests in flight; not negative
 */
public record WebLimits(int maxHeaderBytes, long maxBodyBytes, Duration drainTimeout) {

    /** Long enough for any request that can still succeed: a statement is cancelled after 10 s. */
    public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(20);

    /** 8 KiB of request line and headers (Jetty's own default), 1 MB of body (an event with hundreds of line items), a 20 s drain. */
    public static final WebLimits DEFAULT = new WebLimits(8 * 1024, 1_000_000, DEFAULT_DRAIN_TIMEOUT);

    /**
     * Refuses sizes below 1 KiB, which would refuse ordinary requests, and a negative drain.
     *
     * @param maxHeaderBytes the most bytes of request line and headers
     * @param maxBodyBytes the most bytes of body
     * @param drainTimeout how long a stop waits for requests in flight
     */
    public WebLimits {
        if (maxHeaderBytes < 1024 || maxBodyBytes < 1024) {
            throw new IllegalArgumentException("limits below 1 KiB would refuse ordinary requests");
        }
        if (drainTimeout.isNegative()) {
            throw new IllegalArgumentException("a drain timeout cannot be negative");
        }
    }

    /**
     * Sizes, with the default drain.
     *
     * @param maxHeaderBytes the most bytes of request line and headers; at least 1 KiB
     * @param maxBodyBytes the most bytes of body; at least 1 KiB
     */
    public WebLimits(int maxHeaderBytes, long maxBodyBytes) {
        this(maxHeaderBytes, maxBodyBytes, DEFAULT_DRAIN_TIMEOUT);
    }
}
