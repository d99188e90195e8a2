package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgConnections;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /v1/ledger/orgs/{orgId}}, acting for org 100: an org admin changes its own org's settings and nothing
 * of the org tree; {@code PUT|DELETE /v1/ledger/orgs/{orgId}/children/{childOrgId}} are the operator's and refused.
 */
class PutOrgEndpointTest extends ServedWorld {

    private List<Org> everyOrg() {
        return ledger.registeredOrgs();
    }

    private void assertTheTreeIsUnchanged(List<Org> before) {
        assertThat(everyOrg()).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
    }

    @Test
    void the_callers_own_org_is_updated_with_200_and_answered_as_stored() {
        var reply = web.put("/v1/ledger/orgs/100", "{\"name\": \"Fashion Retail Ltd\", \"timeZone\": \"Europe/Paris\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().toString()).isEqualTo(
                "{\"orgId\":100,\"name\":\"Fashion Retail Ltd\",\"timeZone\":\"Europe/Paris\",\"sourceValueCapturing\":false}");
        assertThat(ledger.settingsOf(List.of(PARENT))).containsExactly(new OrgSettings(PARENT, ZoneId.of("Europe/Paris"), false));
    }

    @Test
    void a_child_org_updates_itself_naming_its_parent() {
        var childsWeb = RunningWebApp.over(ledger, CHILD);
        try {
            var reply = childsWeb.put("/v1/ledger/orgs/200", "{\"name\": \"Outlet\", \"parentOrgId\": 100, \"timeZone\": \"UTC\"}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            var leaving = childsWeb.put("/v1/ledger/orgs/200", "{\"name\": \"Outlet\", \"timeZone\": \"UTC\"}");
            assertThat(leaving.status()).isEqualTo(403);
            assertThat(leaving.problems()).containsExactly(List.of("parentOrgId", "NOT_ALLOWED"));
            assertThat(leaving.json().at("/errors/0/message").asText()).contains("parentOrgId must be 100", "ledgerlens orgs");
        } finally {
            childsWeb.close();
        }
        assertThat(ledger.connectionsOf(CHILD).parent()).contains(PARENT);
    }

    @Test
    void every_problem_of_the_request_is_answered_at_once_and_nothing_is_written() {
        var before = everyOrg();
        var reply = web.put("/v1/ledger/orgs/201",
                "{\"orgId\": 202, \"name\": \" \", \"parentOrgId\": 201, \"timeZone\": \"Mars/Olympus\", \"sourceValueCapturing\": 1}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problems()).containsExactly(List.of("sourceValueCapturing", "INVALID"));
        reply = web.put("/v1/ledger/orgs/201", "{\"orgId\": 202, \"name\": \" \", \"parentOrgId\": 201, \"timeZone\": \"Mars/Olympus\"}");
        assertThat(reply.problems()).containsExactly(List.of("orgId", "INVALID"), List.of("name", "REQUIRED"),
                List.of("parentOrgId", "INVALID"), List.of("timeZone", "INVALID"));
        reply = web.put("/v1/ledger/orgs/abc", "{\"motto\": \"x\"}");
        assertThat(reply.problems()).containsExactly(List.of("orgId", "INVALID"), List.of("motto", "UNKNOWN"));
        reply = web.put("/v1/ledger/orgs/0", "{}");
        assertThat(reply.problems()).containsExactly(List.of("orgId", "INVALID"), List.of("name", "REQUIRED"),
                List.of("timeZone", "REQUIRED"));
        assertTheTreeIsUnchanged(before);
    }

    @Test
    void an_admin_cannot_annex_another_tenant_and_is_told_the_tree_is_the_operators() {
        var before = everyOrg();
        var reply = web.put("/v1/ledger/orgs/300", "{\"name\": \"Taken over\", \"parentOrgId\": 100, \"timeZone\": \"UTC\"}");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problems()).containsExactly(List.of("orgId", "OTHER_ORG"));
        assertThat(reply.json().at("/errors/0/message").asText()).contains("ledgerlens orgs");
        assertTheTreeIsUnchanged(before);
    }

    @Test
    void an_admin_cannot_claim_an_org_id_nobody_registered_as_its_child_or_as_a_root() {
        var before = everyOrg();
        for (var body : List.of("{\"name\": \"Claimed\", \"parentOrgId\": 100, \"timeZone\": \"UTC\"}",
                "{\"name\": \"Claimed\", \"timeZone\": \"UTC\"}", "{\"name\": \"Claimed\", \"parentOrgId\": 300, \"timeZone\": \"UTC\"}")) {
            var reply = web.put("/v1/ledger/orgs/999001", body);
            assertThat(reply.status()).as(body).isEqualTo(403);
            assertThat(reply.problems()).containsExactly(List.of("orgId", "OTHER_ORG"));
        }
        assertTheTreeIsUnchanged(before);
    }

    @Test
    void an_admin_cannot_edit_its_child_or_give_its_own_org_a_parent() {
        var before = everyOrg();
        var child = web.put("/v1/ledger/orgs/200", "{\"name\": \"Renamed by the parent\", \"parentOrgId\": 100, \"timeZone\": \"UTC\"}");
        assertThat(child.status()).isEqualTo(403);
        assertThat(child.problems()).containsExactly(List.of("orgId", "OTHER_ORG"));
        var adopted = web.put("/v1/ledger/orgs/100", "{\"name\": \"Fashion Retail\", \"parentOrgId\": 300, \"timeZone\": \"UTC\"}");
        assertThat(adopted.status()).isEqualTo(403);
        assertThat(adopted.problems()).containsExactly(List.of("parentOrgId", "NOT_ALLOWED"));
        assertTheTreeIsUnchanged(before);
    }

    @Test
    void connecting_and_disconnecting_orgs_is_refused_with_403_whatever_the_orgs_and_nothing_changes() {
        var before = everyOrg();
        for (var path : List.of("/v1/ledger/orgs/100/children/300", "/v1/ledger/orgs/100/children/200",
                "/v1/ledger/orgs/300/children/100", "/v1/ledger/orgs/100/children/999")) {
            for (var method : List.of("PUT", "DELETE")) {
                var reply = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + web.port() + path))
                        .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build());
                assertThat(reply.status()).as(method + " " + path).isEqualTo(403);
                assertThat(reply.problems()).containsExactly(List.of("childOrgId", "NOT_ALLOWED"));
                assertThat(reply.json().at("/errors/0/message").asText()).contains("ledgerlens orgs connect|disconnect");
            }
        }
        assertTheTreeIsUnchanged(before);
        assertThat(ledger.connectionsOf(PARENT)).isEqualTo(new OrgConnections(PARENT, Optional.empty(), Set.of(CHILD)));
        assertThat(ledger.connectionsOf(STRANGER).parent()).isEmpty();
        assertThat(ledger.registeredOrg(OrgId.of(999))).isEmpty();
    }

    @Test
    void a_store_that_cannot_answer_is_503_with_retry_after() {
        ledger.becomeUnavailable();
        var reply = web.put("/v1/ledger/orgs/100", "{\"name\": \"Any\", \"timeZone\": \"UTC\"}");
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
    }
}
