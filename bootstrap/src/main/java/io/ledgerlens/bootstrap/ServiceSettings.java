package io.ledgerlens.bootstrap;

import io.ledgerlens.adapter.web.access.AccessLimits;
import io.ledgerlens.adapter.web.access.ClientAddresses;
import io.ledgerlens.adapter.web.access.RateLimits;
import io.ledgerlens.adapter.web.server.WebLimits;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What an operator may tune about the service: how often one credential may call, how many failed sign-ins
 * one name may make from one address (and which proxies tell that address), how many tokens one API client
 * may get, how big a request may be, how long a stop waits for the requests in flight, and the one time zone
 * explode renders timestamps in.
 */
public record ServiceSettings(AccessLimits accessLimits, WebLimits webLimits, ZoneId timeZone) {

    /**
     * 100 requests per second per credential, 30 failed sign-ins per minute per name and address (no trusted
     * proxies), 60 tokens per minute per API client, 8 KiB of headers, 1 MB of body, a 20 s drain, times in UTC.
     */
    public static ServiceSettings defaults() {
        return new ServiceSettings(new AccessLimits(new RateLimits(100, Duration.ofSeconds(1)),
                RateLimits.perWindow(30, Duration.ofMinutes(1)), new RateLimits(60, Duration.ofMinutes(1)), ClientAddresses.direct()),
                WebLimits.DEFAULT, ZoneOffset.UTC);
    }

    static ServiceSettings of(ServeOptions options) {
        return new ServiceSettings(new AccessLimits(new RateLimits(options.rateLimit, Duration.ofSeconds(1)),
                RateLimits.perWindow(options.failedSignInLimit, Duration.ofMinutes(1)),
                new RateLimits(options.tokenMintLimit, Duration.ofMinutes(1)), ClientAddresses.behind(options.trustedProxies)),
                new WebLimits(options.maxHeaderBytes, options.maxBodyBytes, Duration.ofSeconds(options.drainTimeoutSeconds)),
                zone(options.timeZone));
    }

    /** An IANA zone ({@code UTC}, {@code Asia/Kolkata}) or an offset ({@code +05:30}). */
    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException unknown) {
            throw new IllegalArgumentException("unknown time zone '" + name + "'", unknown);
        }
    }
}
