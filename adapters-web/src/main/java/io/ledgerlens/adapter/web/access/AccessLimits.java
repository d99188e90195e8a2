package io.ledgerlens.adapter.web.access;

import java.util.Objects;

/**
 * How often callers may do what, per instance: {@code requests} per credential; {@code failedSignIns} per
 * presented name and client address, the address told by {@code clientAddresses}; {@code tokenMints} per
 * API client at the token endpoint.
 */
public record AccessLimits(RateLimits requests, RateLimits failedSignIns, RateLimits tokenMints,
                           ClientAddresses clientAddresses) {

    public AccessLimits {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(failedSignIns, "failedSignIns");
        Objects.requireNonNull(tokenMints, "tokenMints");
        Objects.requireNonNull(clientAddresses, "clientAddresses");
    }
}
