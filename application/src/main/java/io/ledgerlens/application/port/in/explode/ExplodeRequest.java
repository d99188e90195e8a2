package io.ledgerlens.application.port.in.explode;

import io.ledgerlens.domain.org.ApiVersion;
import io.ledgerlens.domain.org.DataScopeHeaders;
import io.ledgerlens.domain.org.OrgId;
import java.util.Map;
import java.util.Objects;

/**
 * One explode request as a client sent it: which endpoint, on behalf of which
 * org, with which scope headers and query parameters. Parameter values are
 * not yet checked; the use case answers bad ones with the contract's errors.
 *
 * @param callerOrg  the org of the caller's credential
 * @param parameters query parameters by their case-sensitive names (§4)
 */
public record ExplodeRequest(ApiVersion version, OrgId callerOrg, DataScopeHeaders scopeHeaders,
                             Map<String, String> parameters) {

    public ExplodeRequest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(callerOrg, "callerOrg");
        Objects.requireNonNull(scopeHeaders, "scopeHeaders");
        parameters = Map.copyOf(parameters);
    }
}
