package io.ledgerlens.domain.org;

import java.util.Optional;

/**
 * The raw {@code DATA-SCOPE} and {@code DATA-SCOPE-ORG} header values of a request,
 * as sent (the {@code DATA-SCOPE-ORGS} alias already folded in by the caller).
 */
public record DataScopeHeaders(Optional<String> scope, Optional<String> orgs) {

    public DataScopeHeaders {
        scope = scope == null ? Optional.empty() : scope;
        orgs = orgs == null ? Optional.empty() : orgs;
    }

    public static DataScopeHeaders none() {
        return new DataScopeHeaders(Optional.empty(), Optional.empty());
    }

    public static DataScopeHeaders of(String scope, String orgs) {
        return new DataScopeHeaders(Optional.ofNullable(scope), Optional.ofNullable(orgs));
    }
}
