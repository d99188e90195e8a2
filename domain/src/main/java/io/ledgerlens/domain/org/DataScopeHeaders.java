package io.ledgerlens.domain.org;

import java.util.Optional;

/**
 * The raw {@code DATA-SCOPE} and {@code DATA-SCOPE-ORG} header values of a request,
 * as sent (the {@code DATA-SCOPE-ORGS} alias already folded in by the caller).
 *
 * @param scope the {@code DATA-SCOPE} value as sent: {@code SELF}, {@code ALL}, {@code OTHER} or anything else
 * @param orgs the {@code DATA-SCOPE-ORG} value as sent: comma-separated org ids, read with {@code OTHER}
 */
public record DataScopeHeaders(Optional<String> scope, Optional<String> orgs) {

    /**
     * Takes a null header as an absent one.
     *
     * @param scope the {@code DATA-SCOPE} value as sent: {@code SELF}, {@code ALL}, {@code OTHER} or anything else
     * @param orgs the {@code DATA-SCOPE-ORG} value as sent: comma-separated org ids, read with {@code OTHER}
     */
    public DataScopeHeaders {
        scope = scope == null ? Optional.empty() : scope;
        orgs = orgs == null ? Optional.empty() : orgs;
    }

    /** {@return the headers of a request that sent neither} */
    public static DataScopeHeaders none() {
        return new DataScopeHeaders(Optional.empty(), Optional.empty());
    }

    /**
     * @param scope the {@code DATA-SCOPE} value, or null when absent
     * @param orgs the {@code DATA-SCOPE-ORG} value, or null when absent
     * @return the headers
     */
    public static DataScopeHeaders of(String scope, String orgs) {
        return new DataScopeHeaders(Optional.ofNullable(scope), Optional.ofNullable(orgs));
    }
}
