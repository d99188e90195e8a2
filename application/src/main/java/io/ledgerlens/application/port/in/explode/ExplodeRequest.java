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
 * @param version      the endpoint called: v2, or the connected-orgs v2.1
 * @param callerOrg    the org of the caller's credential
 * @param scopeHeaders the data-scope headers as sent, which may narrow or widen the orgs read
 * @param parameters   query parameters by their case-sensitive names (§4)
 */
public record ExplodeRequest(ApiVersion version, OrgId callerOrg, DataScopeHeaders scopeHeaders,
                             Map<String, String> parameters) {

    /**
     * Refuses a missing version, org or headers; the parameters are copied, not checked.
     *
     * @param version      the endpoint called: v2, or the connected-orgs v2.1
     * @param callerOrg    the org of the caller's credential
     * @param scopeHeaders the data-scope headers as sent, which may narrow or widen the orgs read
     * @param parameters   query parameters by their case-sensitive names (§4)
     */
    public ExplodeRequest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(callerOrg, "callerOrg");
        Objects.requireNonNull(scopeHeaders, "scopeHeaders");
        parameters = Map.copyOf(parameters);
    }
}
