package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.web.server.WebLimits;
import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.time.ZoneId;
import io.ledgerlens.domain.access.AccessRight;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of the service, as the contract's §2 says: no or a bad
 * credential is 401, a credential without the route's right is 403 with code
 * 4000, the right one goes through. Only the OpenAPI document, the health
 * check and the token endpoint are open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessEveryRouteTest {

    static final String UNAUTHORIZED = "{\"errors\":[{\"status\":false,\"code\":401,\"message\":\"Unauthorized\"}],\"warnings\":[]}";
    static final String FORBIDDEN =
            "{\"errors\":[{\"status\":false,\"code\":4000,\"message\":\"Not authorized. Access is denied!\"}],\"warnings\":[]}";

    /** A route, a request it accepts, and the right it needs. */
    record Route(String method, String template, String path, String body, AccessRight right) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static Stream<Route> everyGuardedRoute() {
        var explode = "?identifierName=mobile&identifierValue=919876543210&source=INSTORE&eventIds=1";
        return Stream.of(
                new Route("GET", "/v2/pointsLedger/getLedgerExplodeInfo", "/v2/pointsLedger/getLedgerExplodeInfo" + explode, null,
                        AccessRight.POINTS_READ),
                new Route("GET", "/v2.1/pointsLedger/getLedgerExplodeInfo", "/v2.1/pointsLedger/getLedgerExplodeInfo" + explode,
                        null, AccessRight.POINTS_READ),
                new Route("POST", "/v1/ledger/events", "/v1/ledger/events", "{}", AccessRight.LEDGER_WRITE),
                new Route("PUT", "/v1/ledger/orgs/{orgId}", "/v1/ledger/orgs/100", "{}", AccessRight.ORG_ADMIN),
                new Route("PUT", "/v1/ledger/orgs/{orgId}/children/{childOrgId}", "/v1/ledger/orgs/100/children/200", null,
                        AccessRight.ORG_ADMIN),
                new Route("DELETE", "/v1/ledger/orgs/{orgId}/children/{childOrgId}", "/v1/ledger/orgs/100/children/200", null,
                        AccessRight.ORG_ADMIN),
                new Route("PUT", "/v1/ledger/orgs/{orgId}/programs/{programId}", "/v1/ledger/orgs/100/programs/1", "{}",
                        AccessRight.LEDGER_WRITE),
                new Route("PUT", "/v1/ledger/orgs/{orgId}/programs/{programId}/tiers/{slabNumber}",
                        "/v1/ledger/orgs/100/programs/1/tiers/1", "{}", AccessRight.LEDGER_WRITE),
                new Route("PUT", "/v1/ledger/orgs/{orgId}/points-categories/{pointsCategoryId}",
                        "/v1/ledger/orgs/100/points-categories/1", "{}", AccessRight.LEDGER_WRITE),
                new Route("PUT", "/v1/ledger/orgs/{orgId}/allocation-strategies/{allocationStrategyId}",
                        "/v1/ledger/orgs/100/allocation-strategies/1", "{}", AccessRight.LEDGER_WRITE),
                new Route("PUT", "/v1/ledger/orgs/{orgId}/expiry-strategies/{expiryStrategyId}",
                        "/v1/ledger/orgs/100/expiry-strategies/1", "{}", AccessRight.LEDGER_WRITE),
                new Route("PUT", "/v1/ledger/orgs/{orgId}/promotions/{promotionId}", "/v1/ledger/orgs/100/promotions/1", "{}",
                        AccessRight.LEDGER_WRITE),
                new Route("PUT", "/v1/ledger/orgs/{orgId}/alternate-currencies/{alternateCurrencyId}",
                        "/v1/ledger/orgs/100/alternate-currencies/1", "{}", AccessRight.LEDGER_WRITE),
                new Route("PUT", "/v1/ledger/orgs/{orgId}/tills/{tillId}", "/v1/ledger/orgs/100/tills/1", "{}",
                        AccessRight.LEDGER_WRITE),
                new Route("PUT", "/v1/ledger/customers/{customerId}", "/v1/ledger/customers/5001", "{}", AccessRight.LEDGER_WRITE),
                new Route("PUT", "/v1/ledger/user-groups/{userGroupId}", "/v1/ledger/user-groups/7001", "{}",
                        AccessRight.LEDGER_WRITE),
                new Route("GET", "/v1/admin/credentials", "/v1/admin/credentials", null, AccessRight.ORG_ADMIN),
                new Route("POST", "/v1/admin/credentials", "/v1/admin/credentials", "{}", AccessRight.ORG_ADMIN),
                new Route("DELETE", "/v1/admin/credentials/{credentialId}", "/v1/admin/credentials/999", null,
                        AccessRight.ORG_ADMIN));
    }

    /** A second tenant tree on the same ledger, unrelated to the caller's (100 and its child 200): 300 and its child 301. */
    private static final OrgId THEIR_ROOT = STRANGER;
    private static final OrgId THEIR_CHILD = OrgId.of(301);

    private RunningWebApp web;
    private AccessFixture access;
    private InMemoryLedger ledger;

    @BeforeAll
    void serve() {
        access = new AccessFixture();
        ledger = new InMemoryLedger();
        LedgerWorld.recordedThrough(LedgerPorts.of(ledger));
        OrgTrees.register(ledger, Org.childOf(THEIR_ROOT, THEIR_CHILD, "Their outlet", ZoneId.of("UTC"), true));
        web = RunningWebApp.serving(ledger, access, WebLimits.DEFAULT, null);
    }

    @AfterAll
    void stop() {
        web.close();
    }

    private RunningWebApp.Reply call(Route route, String... headers) {
        return web.exchange(route.method(), route.path(), route.body(), headers);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyGuardedRoute")
    void without_a_credential_every_route_answers_401_in_the_contracts_envelope_and_is_not_cached(Route route) {
        var reply = call(route);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo(UNAUTHORIZED);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.header("WWW-Authenticate")).contains("Basic");
        var fromAPage = call(route, "X-Requested-With", "XMLHttpRequest");
        assertThat(fromAPage.body()).isEqualTo(UNAUTHORIZED);
        assertThat(fromAPage.header("WWW-Authenticate")).as("no Basic challenge: the browser would open its own dialog")
                .isEqualTo("Bearer realm=\"LedgerLens\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyGuardedRoute")
    void a_wrong_password_a_garbled_basic_header_and_an_unknown_scheme_are_401(Route route) {
        var right = access.basicFor(PARENT, AccessRight.values());
        var username = new String(java.util.Base64.getDecoder().decode(right.substring(6))).split(":")[0];
        for (var wrong : List.of(AccessFixture.basic(username, "0".repeat(32)), "Basic !!!not-base64!!!",
                "Basic " + java.util.Base64.getEncoder().encodeToString("no-colon".getBytes()), "Digest username=\"x\"",
                "Basic", "")) {
            var reply = call(route, "Authorization", wrong);
            assertThat(reply.status()).as(wrong).isEqualTo(401);
            assertThat(reply.body()).as(wrong).isEqualTo(UNAUTHORIZED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyGuardedRoute")
    void a_credential_holding_every_right_but_the_routes_is_403_with_code_4000(Route route) {
        var others = EnumSet.complementOf(EnumSet.of(route.right())).toArray(AccessRight[]::new);
        var reply = call(route, "Authorization", access.basicFor(PARENT, others));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).isEqualTo(FORBIDDEN);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyGuardedRoute")
    void a_credential_holding_only_the_routes_right_gets_past_the_guard(Route route) {
        var reply = call(route, "Authorization", access.basicFor(PARENT, route.right()));
        // The route itself answers (the org tree's routes refuse every org credential with a 403 of their own), never
        // the guard's 401/403 nor a route missing.
        assertThat(reply.status()).as(reply.body()).isNotIn(401, 405, 500);
        assertThat(reply.body()).isNotEqualTo(FORBIDDEN);
        assertThat(reply.body()).doesNotContain("Not found: " + route.method());
    }

    /** Every admin move on the other tenant tree: annex, claim, edit, connect its child, disconnect, revoke. */
    private List<Route> aimedAtTheOtherTree(long theirCredential) {
        var settings = "\"timeZone\": \"UTC\", \"sourceValueCapturing\": true}";
        return List.of(
                new Route("PUT", "annex their root", "/v1/ledger/orgs/300", "{\"name\": \"Annexed\", \"parentOrgId\": 100, " + settings, null),
                new Route("PUT", "annex their child", "/v1/ledger/orgs/301", "{\"name\": \"Annexed\", \"parentOrgId\": 100, " + settings, null),
                new Route("PUT", "claim an unregistered id", "/v1/ledger/orgs/999001", "{\"name\": \"Claimed\", \"parentOrgId\": 100, " + settings, null),
                new Route("PUT", "claim a child in their tree", "/v1/ledger/orgs/302", "{\"name\": \"Planted\", \"parentOrgId\": 300, " + settings, null),
                new Route("PUT", "edit their root", "/v1/ledger/orgs/300", "{\"name\": \"Edited\", " + settings, null),
                new Route("PUT", "edit their child", "/v1/ledger/orgs/301", "{\"name\": \"Edited\", \"parentOrgId\": 300, " + settings, null),
                new Route("PUT", "connect their child to us", "/v1/ledger/orgs/100/children/301", null, null),
                new Route("PUT", "connect us to their root", "/v1/ledger/orgs/300/children/100", null, null),
                new Route("PUT", "connect their root to us", "/v1/ledger/orgs/100/children/300", null, null),
                new Route("DELETE", "disconnect their child", "/v1/ledger/orgs/300/children/301", null, null),
                new Route("DELETE", "disconnect our own child", "/v1/ledger/orgs/100/children/200", null, null),
                new Route("DELETE", "revoke their credential", "/v1/admin/credentials/" + theirCredential, null, null));
    }

    private String tokenOf(List<String> client) {
        var minted = web.exchange("POST", "/v3/oauth/token/generate", "{\"key\":\"" + client.get(0) + "\",\"secret\":\"" + client.get(1) + "\"}");
        assertThat(minted.status()).as(minted.body()).isEqualTo(200);
        return minted.json().at("/data/accessToken").asText();
    }

    @Test
    void every_admin_route_aimed_at_another_tenant_tree_is_refused_with_every_credential_kind_and_changes_nothing() {
        var theirAdmin = access.basicFor(THEIR_ROOT, AccessRight.values());
        var theirCredential = access.credentials().list(THEIR_ROOT).get(0).id();
        var treeBefore = ledger.registeredOrgs();
        var ours = List.of(
                List.of("Authorization", access.basicFor(PARENT, AccessRight.values())),
                List.of("Authorization", access.basicFor(PARENT, AccessRight.ORG_ADMIN)),
                List.of("X-CAP-API-OAUTH-TOKEN", tokenOf(access.apiClientFor(PARENT, AccessRight.values()))),
                List.of("Authorization", "Bearer " + tokenOf(access.apiClientFor(PARENT, AccessRight.ORG_ADMIN))));
        int refused = 0;
        for (var credential : ours) {
            for (var attempt : aimedAtTheOtherTree(theirCredential)) {
                var reply = web.exchange(attempt.method(), attempt.path(), attempt.body(), credential.get(0), credential.get(1));
                var expected = attempt.path().startsWith("/v1/admin/credentials/") ? 404 : 403;
                assertThat(reply.status()).as(attempt.template() + " with " + credential.get(0) + ": " + reply.body()).isEqualTo(expected);
                assertThat(reply.body()).doesNotContain("Their outlet", "Other Brand");
                refused++;
            }
        }
        assertThat(refused).isEqualTo(4 * 12);
        assertThat(ledger.registeredOrgs()).usingRecursiveFieldByFieldElementComparator().isEqualTo(treeBefore);
        assertThat(access.credentials().list(THEIR_ROOT)).allSatisfy(view -> assertThat(view.revokedAt()).isEmpty());
        var stillTheirs = web.exchange("GET", "/v1/admin/credentials", null, "Authorization", theirAdmin);
        assertThat(stillTheirs.status()).as("the other tenant's admin still works").isEqualTo(200);
        var ownSettings = web.exchange("PUT", "/v1/ledger/orgs/100", "{\"name\": \"Fashion Retail\", \"timeZone\": \"Asia/Kolkata\","
                + " \"sourceValueCapturing\": true}", ours.get(2).get(0), ours.get(2).get(1));
        assertThat(ownSettings.status()).as("the same credential changes its own org: " + ownSettings.body()).isEqualTo(200);
    }

    @Test
    void every_route_the_openapi_document_describes_is_in_this_matrix_or_open_on_purpose() throws IOException {
        var documented = new TreeSet<String>();
        try (InputStream yaml = getClass().getResourceAsStream("/openapi/ledgerlens.yaml")) {
            Map<String, Object> document = new com.fasterxml.jackson.databind.ObjectMapper(
                    new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readValue(yaml, Map.class);
            @SuppressWarnings("unchecked")
            var paths = (Map<String, Map<String, Object>>) document.get("paths");
            paths.forEach((path, operations) -> operations.keySet().stream()
                    .filter(List.of("get", "put", "post", "delete", "patch")::contains)
                    .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        }
        var covered = new ArrayList<String>();
        everyGuardedRoute().forEach(route -> covered.add(route.method() + " " + route.template()));
        covered.addAll(List.of("GET /v1/openapi.yaml", "GET /docs", "GET /explore", "GET /health", "GET /health/live", "GET /health/ready", "GET /metrics",
                "POST /v3/oauth/token/generate"));
        assertThat(covered).containsAll(documented);
    }

    @Test
    void the_open_routes_need_no_credential() {
        assertThat(web.exchange("GET", "/health", null).status()).isEqualTo(200);
        assertThat(web.exchange("GET", "/health/live", null).status()).isEqualTo(200);
        assertThat(web.exchange("GET", "/health/ready", null).status()).isEqualTo(200);
        assertThat(web.exchange("GET", "/v1/openapi.yaml", null).status()).isEqualTo(200);
        var explorer = web.exchange("GET", "/docs", null);
        assertThat(explorer.status()).isEqualTo(200);
        assertThat(explorer.body()).contains("/docs/assets/swagger-ui-bundle.js", "/docs/explorer.js");
        assertThat(web.exchange("GET", "/docs/explorer.js", null).body()).contains("/v1/openapi.yaml", "validatorUrl: null");
        assertThat(web.exchange("GET", "/docs/assets/swagger-ui-bundle.js", null).status()).isEqualTo(200);
        assertThat(web.exchange("GET", "/docs/assets/swagger-ui.css", null).status()).isEqualTo(200);
        assertThat(web.exchange("GET", "/docs/assets/index.html", null).status()).as("only what the page loads").isEqualTo(404);
        assertThat(web.exchange("GET", "/docs/assets/..%2F..%2Fpom.properties", null).status()).isEqualTo(404);
        assertThat(web.exchange("GET", "/explore", null).body()).contains("/explore/explore.js", "/explore/explore.css");
        assertThat(web.exchange("GET", "/explore/explore.js", null).body()).contains("textContent")
                .doesNotContain("innerHTML");
        assertThat(web.exchange("GET", "/explore/explore.css", null).status()).isEqualTo(200);
        var metrics = web.exchange("GET", "/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count");
    }
}
