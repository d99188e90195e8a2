package io.ledgerlens.bootstrap.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditOutcome;
import io.ledgerlens.domain.org.OrgId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * No org ever sees another's data: two unrelated org trees of look-alike data
 * on one ledger, on the real service and PostgreSQL, asked through every
 * route, every data scope and every pair of orgs — connected, unconnected and
 * unknown — and no org admin moves the org tree, which is the operator's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest {

    private static final OrgId PARENT = OrgId.of(61000);
    private static final OrgId CHILD = OrgId.of(61001);
    private static final OrgId SIBLING = OrgId.of(61002);
    private static final OrgId STRANGER = OrgId.of(62000);
    private static final OrgId STRANGERS_CHILD = OrgId.of(62001);
    private static final OrgId UNKNOWN = OrgId.of(69999);
    private static final OrgId UNREGISTERED = OrgId.of(69998);

    private TenantWorld world;
    private IsolationProbe probe;
    private ServiceLogs logs;

    /** The access log is on here (the tests' logging keeps it off): its lines too must show no tenant's value. */
    private final ch.qos.logback.classic.Logger accessLog =
            (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ledgerlens.access");
    private ch.qos.logback.classic.Level accessLevel;

    @BeforeAll
    void buildTwoTreesOfTwins() {
        accessLevel = accessLog.getLevel();
        accessLog.setLevel(ch.qos.logback.classic.Level.INFO);
        logs = ServiceLogs.capture();
        var parents = new LinkedHashMap<OrgId, Optional<OrgId>>();
        parents.put(PARENT, Optional.empty());
        parents.put(CHILD, Optional.of(PARENT));
        parents.put(SIBLING, Optional.of(PARENT));
        parents.put(STRANGER, Optional.empty());
        parents.put(STRANGERS_CHILD, Optional.of(STRANGER));
        world = new TenantWorld(parents);
        probe = new IsolationProbe(world);
    }

    @AfterAll
    void stopAndReadTheLogs() {
        world.close();
        logs.close();
        accessLog.setLevel(accessLevel);
        var log = logs.text();
        assertThat(log).as("the capture saw the service's own log lines").contains("Javalin");
        assertThat(log).as("the capture saw the access log").contains("ledgerlens.access");
        for (var secret : world.neverLogged()) {
            assertThat(log).as("the service's log must not show a secret, hash or tenant value").doesNotContain(secret);
        }
        for (var token : probe.tokensMinted()) {
            assertThat(log).as("the service's log must not show a token").doesNotContain(token);
        }
    }

    @Test
    void the_metrics_and_the_probes_show_no_tenants_value_and_count_every_orgs_requests() {
        for (var caller : world.orgs()) {
            var own = probe.ask(caller, "GET", "/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue="
                    + TenantWorld.MOBILE + "&source=INSTORE&eventName=TransactionAdd&eventReferenceIds=" + TenantWorld.BILL, null);
            assertThat(own.status()).as(own.request()).isEqualTo(200);
        }
        for (var caller : world.orgs()) {
            for (var path : List.of("/metrics", "/health", "/health/live", "/health/ready", "/v1/openapi.yaml", "/docs",
                    "/docs/explorer.js", "/explore", "/explore/explore.js")) {
                var reply = probe.ask(caller, "GET", path, null);
                assertThat(reply.status()).as(reply.request()).isEqualTo(200);
                var never = new java.util.ArrayList<>(world.neverLogged());
                never.addAll(List.of(TenantWorld.MOBILE, TenantWorld.EMAIL, TenantWorld.EXTERNAL_ID, TenantWorld.BILL));
                for (var value : never) {
                    assertThat(reply.body()).as(reply.request()).doesNotContain(value);
                }
            }
        }
        var scrape = probe.ask(STRANGER, "GET", "/metrics", null).body();
        var explodes = scrape.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{method=\"GET\","
                + "status=\"200\",uri=\"/v2/pointsLedger/getLedgerExplodeInfo\"}")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(explodes.substring(explodes.lastIndexOf(' ') + 1)))
                .isGreaterThanOrEqualTo(world.orgs().size());
    }

    @Test
    void every_org_reads_its_own_twins_data_and_that_is_all_it_reads_on_v2() {
        for (var caller : world.orgs()) {
            for (var query : TenantRequests.explodeQueries(world)) {
                var reply = probe.ask(caller, "GET", "/v2/pointsLedger/getLedgerExplodeInfo" + query,
                        null, "DATA-SCOPE", "ALL", "DATA-SCOPE-ORG", "" + STRANGER);
                probe.assertShowsOnly(List.of(caller), reply);
            }
            var own = probe.ask(caller, "GET", "/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue="
                    + TenantWorld.MOBILE + "&source=INSTORE&eventName=TransactionAdd&eventReferenceIds=" + TenantWorld.BILL
                    + "&getCustomFields=true", null);
            assertThat(own.body()).as("the probe must see the caller's own marker").contains(TenantWorld.markerOf(caller));
        }
    }

    @Test
    void on_v2_1_every_scope_shows_only_orgs_it_names_that_are_connected_to_the_caller() {
        for (var caller : world.orgs()) {
            var connected = world.connectedTo(caller);
            for (var scope : TenantRequests.scopesOf(world, caller, UNKNOWN)) {
                var visible = scope.targets().stream().filter(connected::contains).toList();
                for (var query : TenantRequests.explodeQueries(world)) {
                    var reply = probe.ask(caller, "GET", "/v2.1/pointsLedger/getLedgerExplodeInfo" + query, null,
                            scope.headers().toArray(String[]::new));
                    probe.assertShowsOnly(visible, reply);
                }
            }
        }
        assertThat(probe.requestsMade()).isGreaterThan(1000);
    }

    @Test
    void an_unknown_org_and_an_org_that_is_not_connected_get_the_same_status_and_body() {
        for (var caller : world.orgs()) {
            var connected = world.connectedTo(caller);
            for (var stranger : world.orgs().stream().filter(org -> !connected.contains(org)).toList()) {
                for (var query : TenantRequests.explodeQueries(world)) {
                    var path = "/v2.1/pointsLedger/getLedgerExplodeInfo" + query;
                    var unknown = probe.ask(caller, "GET", path, null, "DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", "" + UNKNOWN);
                    var unconnected = probe.ask(caller, "GET", path, null, "DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", "" + stranger);
                    assertThat(unconnected.status()).as(unconnected.request()).isEqualTo(unknown.status()).isEqualTo(400);
                    assertThat(unconnected.body()).as(unconnected.request()).isEqualTo(unknown.body());
                }
            }
        }
    }

    @Test
    void writes_aimed_at_another_orgs_customers_groups_and_reference_data_are_refused_and_change_nothing() {
        for (var caller : world.orgs()) {
            for (var other : world.orgs().stream().filter(org -> !org.equals(caller)).toList()) {
                var customer = world.customerOf(other).value();
                var attempts = Map.of(
                        "PUT /v1/ledger/customers/" + customer, "{\"firstName\":\"intruder\",\"identifiers\":[{\"name\":\"mobile\","
                                + "\"value\":\"919911111111\",\"source\":\"INSTORE\"}]}",
                        "PUT /v1/ledger/user-groups/" + (other.value() * 10 + 3), "{\"externalId\":\"HIJACK\",\"name\":\"intruder\","
                                + "\"members\":[{\"customerId\":" + customer + ",\"primary\":true}]}",
                        "POST /v1/ledger/events", "{\"uniqueId\":\"intrusion-" + other + "\",\"eventName\":\"AllocateGoodwillPoints\","
                                + "\"customerId\":" + customer + ",\"eventTime\":\"2026-01-02T00:00:00+05:30\",\"allocations\":[{\"kind\":"
                                + "\"REGULAR\",\"value\":1000.0,\"sourceValue\":0,\"awardedOn\":\"2026-01-02T00:00:00+05:30\","
                                + "\"program\":{\"id\":2649,\"name\":\"Default Program\",\"isDefault\":true},\"category\":{\"id\":18871,"
                                + "\"name\":\"Main\"},\"allocationStrategy\":{\"id\":111526,\"name\":\"10 percent\"},\"expiryStrategy\":"
                                + "{\"id\":109281,\"name\":\"NUM_MONTHS_END12\",\"type\":\"FIXED\"}}],\"goodwill\":{\"reason\":\"intrusion\"}}",
                        "PUT /v1/ledger/orgs/" + other, "{\"name\":\"intruder\",\"timeZone\":\"UTC\",\"sourceValueCapturing\":false}");
                for (var attempt : attempts.entrySet()) {
                    var parts = attempt.getKey().split(" ");
                    var reply = probe.ask(caller, parts[0], parts[1], attempt.getValue());
                    probe.assertShowsOnly(List.of(caller), reply);
                    assertThat(reply.status()).as(reply.request() + " " + reply.body()).isBetween(400, 499);
                }
                // A parent registers its children's reference data and connects them; any other org is refused.
                var isChild = world.parentOf(other).filter(caller::equals).isPresent();
                for (var reference : referenceDataOf(other).entrySet()) {
                    var reply = probe.ask(caller, "PUT", reference.getKey(), reference.getValue());
                    probe.assertShowsOnly(isChild ? List.of(caller, other) : List.of(caller), reply);
                    if (!isChild) {
                        assertThat(reply.status()).as(reply.request() + " " + reply.body()).isIn(403, 404);
                    }
                }
            }
        }
        for (var org : world.orgs()) {
            var own = probe.ask(org, "GET", "/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue="
                    + TenantWorld.MOBILE + "&source=INSTORE&eventName=TransactionAdd&eventReferenceIds=" + TenantWorld.BILL
                    + "&getCustomFields=true", null);
            assertThat(own.status()).as(own.body()).isEqualTo(200);
            assertThat(own.body()).contains(TenantWorld.markerOf(org)).doesNotContain("intru");
            var household = probe.ask(org, "GET", "/v2/pointsLedger/getLedgerExplodeInfo?identifierName=externalId&identifierValue="
                    + TenantWorld.HOUSEHOLD + "&source=INSTORE&type=USERGROUP2&eventName=GroupTransactionAdd&eventReferenceIds="
                    + TenantWorld.BILL + "-G&getCustomFields=true", null);
            assertThat(household.status()).as("the household kept its external id: " + household.body()).isEqualTo(200);
        }
    }

    /** Every reference-data route, aimed at {@code org}: path and a valid body. */
    private static Map<String, String> referenceDataOf(OrgId org) {
        var at = "/v1/ledger/orgs/" + org;
        return Map.of(
                at + "/programs/2649", "{\"name\":\"intruder\"}",
                at + "/programs/2649/tiers/9", "{\"name\":\"intruder\"}",
                at + "/points-categories/18871", "{\"name\":\"intruder\"}",
                at + "/allocation-strategies/111526", "{\"name\":\"intruder\"}",
                at + "/expiry-strategies/109281", "{\"name\":\"intruder\",\"type\":\"FIXED\"}",
                at + "/promotions/7701", "{\"name\":\"intruder\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-02-01\"}",
                at + "/alternate-currencies/301", "{\"name\":\"intruder\",\"identifier\":\"X\"}",
                at + "/tills/50671937", "{\"code\":\"intruder\"}");
    }

    @Test
    void revoking_another_orgs_credential_is_answered_like_an_unknown_one_and_changes_nothing() {
        for (var caller : world.orgs()) {
            for (var other : world.orgs().stream().filter(org -> !org.equals(caller)).toList()) {
                var revoke = probe.ask(caller, "DELETE", "/v1/admin/credentials/" + world.credentialOf(other), null);
                probe.assertShowsOnly(List.of(caller), revoke);
                assertThat(revoke.status()).as(revoke.request()).isEqualTo(404);
            }
        }
        for (var org : world.orgs()) {
            assertThat(probe.ask(org, "GET", "/v1/admin/credentials", null).status())
                    .as("every org's credential still works").isEqualTo(200);
        }
    }

    @Test
    void every_move_on_the_org_tree_by_any_org_admin_with_either_credential_is_403_changes_nothing_and_is_audited() {
        var before = world.orgTree();
        var started = java.time.Instant.now();
        int moves = 0;
        for (var caller : world.orgs()) {
            for (var target : world.orgs().stream().filter(org -> !org.equals(caller)).toList()) {
                for (var kind : IsolationProbe.Kind.values()) {
                    for (var move : TenantRequests.adminMovesOn(world, caller, target, UNREGISTERED)) {
                        var reply = probe.ask(caller, kind, move.method(), move.path(), move.body());
                        probe.assertShowsOnly(List.of(caller), reply);
                        assertThat(reply.status()).as(move.what() + ": " + reply.request() + " " + reply.body()).isEqualTo(403);
                        moves++;
                    }
                }
            }
        }
        assertThat(moves).as("five orgs, two credential kinds, eight or nine moves on each other org").isGreaterThan(300);
        assertThat(world.orgTree()).as("the org tree as the operator left it")
                .usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
        var refusals = world.audit(new AuditFilter(Optional.empty(), Optional.of(AuditAction.ORG_TREE_CHANGE_REFUSED),
                Optional.of(started), AuditFilter.MAX_LIMIT));
        assertThat(refusals).as("every refused move is in the audit log, with the credential that tried it").hasSize(moves)
                .allSatisfy(record -> {
                    assertThat(record.outcome()).isEqualTo(AuditOutcome.REFUSED);
                    assertThat(record.actor().credential()).isPresent();
                    assertThat(record.org()).isPresent();
                });
        for (var caller : world.orgs()) {
            for (var kind : IsolationProbe.Kind.values()) {
                var everything = probe.ask(caller, kind, "GET", "/v2.1/pointsLedger/getLedgerExplodeInfo?identifierName=mobile"
                        + "&identifierValue=" + TenantWorld.MOBILE + "&source=INSTORE&eventName=TransactionAdd&eventReferenceIds="
                        + TenantWorld.BILL + "&getCustomFields=true", null, "DATA-SCOPE", "ALL");
                assertThat(everything.status()).as(everything.body()).isEqualTo(200);
                assertThat(everything.body()).contains(TenantWorld.markerOf(caller)).doesNotContain("intruder");
                probe.assertShowsOnly(world.connectedTo(caller), everything);
            }
        }
    }

    @Test
    void an_org_admin_lists_its_own_credentials_only() {
        for (var caller : world.orgs()) {
            var reply = probe.ask(caller, "GET", "/v1/admin/credentials", null);
            assertThat(reply.status()).isEqualTo(200);
            for (var other : world.orgs()) {
                if (!other.equals(caller)) {
                    assertThat(reply.body()).doesNotContain("till." + other);
                }
            }
        }
    }
}
