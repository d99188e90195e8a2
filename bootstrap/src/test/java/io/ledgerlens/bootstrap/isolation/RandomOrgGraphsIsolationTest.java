package io.ledgerlens.bootstrap.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The isolation property over random org forests and random requests: for
 * any graph (with a second, unrelated tenant tree always beside it), any
 * caller, any version, scope, identifier and selector, no answer carries
 * another org's data beyond the orgs the scope names and the caller is
 * connected to, and an unknown org is answered like an unconnected one; and
 * no admin move on the org tree, with either kind of credential, changes it. Seeded, so a failure names the seed that reproduces it
 * ({@code -Disolation.seed=N}, {@code -Disolation.graphs=N}, {@code -Disolation.requests=N}).
 */
class RandomOrgGraphsIsolationTest {

    private static final long SEED = Long.getLong("isolation.seed", 20261125L);
    private static final int GRAPHS = Integer.getInteger("isolation.graphs", 3);
    private static final int REQUESTS = Integer.getInteger("isolation.requests", 300);

    @Test
    void no_random_request_on_a_random_org_graph_sees_another_orgs_data() {
        var random = new Random(SEED);
        for (int graph = 0; graph < GRAPHS; graph++) {
            var parents = randomForest(random, 70_000 + graph * 100);
            try (var world = new TenantWorld(parents)) {
                var probe = new IsolationProbe(world);
                var queries = TenantRequests.explodeQueries(world);
                var unknown = OrgId.of(79_999);
                var treeBefore = world.orgTree();
                for (int i = 0; i < REQUESTS; i++) {
                    var caller = pick(random, world.orgs());
                    var others = world.orgs().stream().filter(org -> !org.equals(caller)).toList();
                    var move = pick(random, TenantRequests.adminMovesOn(world, caller, pick(random, others), unknown));
                    var kind = pick(random, List.of(IsolationProbe.Kind.values()));
                    var moved = probe.ask(caller, kind, move.method(), move.path(), move.body());
                    probe.assertShowsOnly(List.of(caller), moved);
                    assertThat(moved.status()).as("seed " + SEED + ", " + move.what() + ": " + moved.request()).isEqualTo(403);

                    var scopes = TenantRequests.scopesOf(world, caller, unknown);
                    var scope = pick(random, scopes);
                    var version = random.nextBoolean() ? "v2" : "v2.1";
                    var query = pick(random, queries);
                    var reply = probe.ask(caller, "GET", "/" + version + "/pointsLedger/getLedgerExplodeInfo" + query, null,
                            scope.headers().toArray(String[]::new));
                    var connected = world.connectedTo(caller);
                    var visible = version.equals("v2") ? List.of(caller)
                            : scope.targets().stream().filter(connected::contains).toList();
                    probe.assertShowsOnly(visible, reply);

                    var strangers = world.orgs().stream().filter(org -> !connected.contains(org)).toList();
                    if (!strangers.isEmpty()) {
                        var path = "/v2.1/pointsLedger/getLedgerExplodeInfo" + query;
                        var asUnknown = probe.ask(caller, "GET", path, null, "DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", "" + unknown);
                        var asStranger = probe.ask(caller, "GET", path, null, "DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG",
                                "" + pick(random, strangers));
                        assertThat(asStranger.status()).as("seed " + SEED + ": " + asStranger.request()).isEqualTo(asUnknown.status());
                        assertThat(asStranger.body()).as("seed " + SEED + ": " + asStranger.request()).isEqualTo(asUnknown.body());
                    }
                }
                assertThat(world.orgTree()).as("seed " + SEED + ": the org tree as the operator left it")
                        .usingRecursiveFieldByFieldElementComparator().isEqualTo(treeBefore);
            }
        }
    }

    @Test
    void the_probe_itself_catches_a_foreign_marker_and_a_foreign_event() {
        var parents = new LinkedHashMap<OrgId, Optional<OrgId>>();
        parents.put(OrgId.of(78_000), Optional.empty());
        parents.put(OrgId.of(78_001), Optional.empty());
        try (var world = new TenantWorld(parents)) {
            var probe = new IsolationProbe(world);
            var mine = List.of(OrgId.of(78_000));
            var foreignEvent = world.allEventIds().stream().filter(id -> world.orgOfEvent(id).equals(OrgId.of(78_001)))
                    .findFirst().orElseThrow();
            assertThatThrownBy(() -> probe.assertShowsOnly(mine, new IsolationProbe.Reply("planted", 200,
                    "{\"events\":[{\"customFields\":[{\"value\":\"" + TenantWorld.markerOf(OrgId.of(78_001)) + "\"}]}]}")))
                    .hasMessageContaining("leaked org 78001");
            assertThatThrownBy(() -> probe.assertShowsOnly(mine, new IsolationProbe.Reply("planted", 200,
                    "{\"events\":[{\"eventLogId\":" + foreignEvent + "}]}")))
                    .hasMessageContaining("returned events of other orgs");
        }
    }

    /**
     * Four to seven orgs; each after the first is a root or the child of an earlier one (so some parents have three
     * children); and always a second, unrelated tenant tree beside them: a root with a child.
     */
    private static LinkedHashMap<OrgId, Optional<OrgId>> randomForest(Random random, long firstId) {
        var parents = new LinkedHashMap<OrgId, Optional<OrgId>>();
        int size = 4 + random.nextInt(4);
        var orgs = new ArrayList<OrgId>();
        for (int i = 0; i < size; i++) {
            var org = OrgId.of(firstId + i);
            Optional<OrgId> parent = orgs.isEmpty() || random.nextInt(3) == 0 ? Optional.empty()
                    : Optional.of(orgs.get(random.nextInt(orgs.size())));
            parents.put(org, parent);
            orgs.add(org);
        }
        var otherTenant = OrgId.of(firstId + 50);
        parents.put(otherTenant, Optional.empty());
        parents.put(OrgId.of(firstId + 51), Optional.of(otherTenant));
        return parents;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
