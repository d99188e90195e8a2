package io.ledgerlens.bootstrap;

import io.ledgerlens.adapter.web.access.AccessLimits;
import io.ledgerlens.adapter.web.access.ClientAddresses;
import io.ledgerlens.adapter.web.access.RateLimits;
import io.ledgerlens.adapter.web.server.WebLimits;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalInt;

/**
 * What an operator may tune about the service: how often one credential may call, how many failed sign-ins
 * one name may make from one address (and which proxies tell that address), how many tokens one API client
 * may get, how big a request may be, how long a stop waits for the requests in flight, and the one time zone
 * explode renders timestamps in.
 *
 * @param accessLimits the rate limits per credential, per failed sign-in and per token, and the trusted proxies
 * @param webLimits the largest headers and body a request may have, and how long a stop drains
 * @param timeZone the zone explode renders timestamps in
 * @param managementPort the port of {@code /metrics} and the probes; empty to serve them on the service's own
 */
public record ServiceSettings(AccessLimits accessLimits, WebLimits webLimits, ZoneId timeZone, OptionalInt managementPort) {

    /**
     * Metrics and probes on the service's own port.
     *
     * @param accessLimits the rate limits and the trusted proxies
     * @param webLimits the request size limits and the drain timeout
     * @param timeZone the zone explode renders timestamps in
     */
    public ServiceSettings(AccessLimits accessLimits, WebLimits webLimits, ZoneId timeZone) {
        this(accessLimits, webLimits, timeZone, OptionalInt.empty());
    }

    /**
     * The same settings, with {@code /metrics} and the probes on a port of their own.
     *
     * @param port the management port; 0 lets the system choose one
     * @return a copy; this one is unchanged
     */
    public ServiceSettings withManagementPort(int port) {
        return new ServiceSettings(accessLimits, webLimits, timeZone, OptionalInt.of(port));
    }

    /**
     * 100 requests per second per credential, 30 failed sign-ins per minute per name and address (no trusted
     * proxies), 60 tokens per minute per API client, 8 KiB of headers, 1 MB of body, a 20 s drain, times in UTC.
     *
     * @return the settings of a service started without options, metrics on its own port
     */
    public static ServiceSettings defaults() {
        return new ServiceSettings(new AccessLimits(new RateLimits(100, Duration.ofSeconds(1)),
                RateLimits.perWindow(30, Duration.ofMinutes(1)), new RateLimits(60, Duration.ofMinutes(1)), ClientAddresses.direct()),
                WebLimits.DEFAULT, ZoneOffset.UTC);
    }

    static ServiceSettings of(ServeOptions options) {
        if (options.logFormat != null && !options.logFormat.isBlank() && LogFormat.known(options.logFormat).isEmpty()) {
            throw new IllegalArgumentException("--log-format '" + options.logFormat + "' is neither json nor text");
        }
        return new ServiceSettings(new AccessLimits(new RateLimits(options.rateLimit, Duration.ofSeconds(1)),
                RateLimits.perWindow(options.failedSignInLimit, Duration.ofMinutes(1)),
                new RateLimits(options.tokenMintLimit, Duration.ofMinutes(1)), ClientAddresses.behind(options.trustedProxies)),
                new WebLimits(options.maxHeaderBytes, options.maxBodyBytes, Duration.ofSeconds(options.drainTimeoutSeconds)),
                zone(options.timeZone), managementPort(options.managementPort, options.port));
    }

    /** Empty, or the same as the service's port: served by the service's own server. */
    private static OptionalInt managementPort(String text, int servicePort) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        int port;
        try {
            port = Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("--management-port '" + text + "' is not a port number");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--management-port " + port + " is not between 0 and 65535");
        }
        return port == servicePort ? OptionalInt.empty() : OptionalInt.of(port);
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
