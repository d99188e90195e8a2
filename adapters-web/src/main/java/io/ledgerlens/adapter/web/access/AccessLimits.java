package io.ledgerlens.adapter.web.access;

import java.util.Objects;

/**
 * How often callers may do what, per instance: {@code requests} per credential; {@code failedSignIns} per
 * presented name and client address, the address told by {@code clientAddresses}; {@code tokenMints} per
 * API client at the token endpoint.
 *
 * @param requests per credential, on every guarded route
 * @param failedSignIns per presented name and client address, counted only when a sign-in fails
 * @param tokenMints per API client, at the token endpoint
 * @param clientAddresses tells the client's address, through the proxies trusted to report it
 */
public record AccessLimits(RateLimits requests, RateLimits failedSignIns, RateLimits tokenMints,
                           ClientAddresses clientAddresses) {

    /**
     * Every limit is required.
     *
     * @param requests per credential
     * @param failedSignIns per presented name and client address
     * @param tokenMints per API client
     * @param clientAddresses tells the client's address
     */
    public AccessLimits {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(failedSignIns, "failedSignIns");
        Objects.requireNonNull(tokenMints, "tokenMints");
        Objects.requireNonNull(clientAddresses, "clientAddresses");
    }
}
