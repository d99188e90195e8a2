package io.ledgerlens.bootstrap;

import io.ledgerlens.adapter.web.access.RateLimits;
import io.ledgerlens.adapter.web.server.WebLimits;
import java.time.Duration;

/**
 * What an operator may tune about the service: how often one credential may call, how many failed sign-ins
 * one address may make, and how big a request may be.
 */
public record ServiceSettings(RateLimits rateLimits, RateLimits failedSignInLimits, WebLimits webLimits) {

    /** 100 requests per second per credential, 30 failed sign-ins per minute per address, 8 KiB of headers, 1 MB of body. */
    public static ServiceSettings defaults() {
        return new ServiceSettings(new RateLimits(100, Duration.ofSeconds(1)), new RateLimits(30, Duration.ofMinutes(1)),
                WebLimits.DEFAULT);
    }

    static ServiceSettings of(ServeOptions options) {
        return new ServiceSettings(new RateLimits(options.rateLimit, Duration.ofSeconds(1)),
                new RateLimits(options.failedSignInLimit, Duration.ofMinutes(1)),
                new WebLimits(options.maxHeaderBytes, options.maxBodyBytes));
    }
}
