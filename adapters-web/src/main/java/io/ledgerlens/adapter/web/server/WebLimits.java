package io.ledgerlens.adapter.web.server;

/**
 * The size of what a request may bring. Past the header limit Jetty answers
 * 431, past the body limit the route answers 413, both in the envelope.
 */
public record WebLimits(int maxHeaderBytes, long maxBodyBytes) {

    /** 8 KiB of request line and headers (Jetty's own default) and 1 MB of body: an event with hundreds of line items. */
    public static final WebLimits DEFAULT = new WebLimits(8 * 1024, 1_000_000);

    public WebLimits {
        if (maxHeaderBytes < 1024 || maxBodyBytes < 1024) {
            throw new IllegalArgumentException("limits below 1 KiB would refuse ordinary requests");
        }
    }
}
