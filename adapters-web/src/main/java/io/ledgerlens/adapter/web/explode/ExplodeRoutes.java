package io.ledgerlens.adapter.web.explode;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.adapter.web.access.Callers;
import io.ledgerlens.adapter.web.access.GuardedRoutes;
import io.ledgerlens.adapter.web.http.JsonResponses;
import io.ledgerlens.adapter.web.http.ProblemResponses;
import io.ledgerlens.application.port.in.explode.ExplodeLedgerQuery;
import io.ledgerlens.application.port.in.explode.ExplodeRequest;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.org.ApiVersion;
import io.ledgerlens.domain.org.DataScopeHeaders;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v2/pointsLedger/getLedgerExplodeInfo} and its connected-orgs
 * twin {@code /v2.1/...}: the wire translation around {@link ExplodeLedgerQuery}.
 */
public final class ExplodeRoutes {

    /** The v2 route: the caller's own org only. */
    public static final String V2_PATH = "/v2/pointsLedger/getLedgerExplodeInfo";
    /** The connected-orgs route: the {@code DATA-SCOPE} headers may reach the caller's connected orgs (§3). */
    public static final String V2_1_PATH = "/v2.1/pointsLedger/getLedgerExplodeInfo";

    private final ExplodeLedgerQuery explode;
    private final ExplodeResponseAssembler assembler;

    /**
     * Over the explode query, rendering in {@code serverZone}.
     *
     * @param explode answers each request, or says every problem it has
     * @param serverZone the deployment's one time zone, in which every timestamp is rendered (§8)
     */
    public ExplodeRoutes(ExplodeLedgerQuery explode, ZoneId serverZone) {
        this.explode = explode;
        this.assembler = new ExplodeResponseAssembler(serverZone);
    }

    /**
     * Adds both routes, each behind {@code POINTS_READ}; a refused request is answered 400 with every problem in
     * the contract's envelope, or 503 with {@code Retry-After} when the store cannot answer.
     *
     * @param routes the server's routes, behind the access guard
     */
    public void register(GuardedRoutes routes) {
        routes.get(V2_PATH, AccessRight.POINTS_READ, ctx -> explode(ctx, ApiVersion.V2));
        routes.get(V2_1_PATH, AccessRight.POINTS_READ, ctx -> explode(ctx, ApiVersion.V2_1));
    }

    private void explode(Context ctx, ApiVersion version) {
        var request = new ExplodeRequest(version, Callers.of(ctx).org(), scopeHeaders(ctx), firstValues(ctx));
        explode.explode(request).fold(
                problems -> {
                    ProblemResponses.refuse(ctx, problems);
                    return null;
                },
                view -> {
                    JsonResponses.send(ctx, HttpStatus.OK, assembler.assemble(view));
                    return null;
                });
    }

    /** {@code DATA-SCOPE-ORGS} is accepted as an alias of {@code DATA-SCOPE-ORG} (§3). */
    private static DataScopeHeaders scopeHeaders(Context ctx) {
        var orgs = Optional.ofNullable(ctx.header("DATA-SCOPE-ORG")).or(() -> Optional.ofNullable(ctx.header("DATA-SCOPE-ORGS")));
        return new DataScopeHeaders(Optional.ofNullable(ctx.header("DATA-SCOPE")), orgs);
    }

    /** Parameter names are case-sensitive; a repeated parameter counts once, with its first value. */
    private static Map<String, String> firstValues(Context ctx) {
        var parameters = new LinkedHashMap<String, String>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!values.isEmpty()) {
                parameters.put(name, values.get(0));
            }
        });
        return parameters;
    }
}
