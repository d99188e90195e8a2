package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.org.OrgConnections;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code PUT /v1/ledger/orgs/{orgId}} and {@code PUT /v1/ledger/orgs/{orgId}/children/{childOrgId}}, acting for org 100. */
class PutOrgEndpointTest extends ServedWorld {

    @Test
    void a_new_child_org_is_created_with_201_and_answered_as_stored() {
        var reply = web.put("/v1/ledger/orgs/201",
                "{\"name\": \"Airport outlet\", \"parentOrgId\": 100, \"timeZone\": \"Asia/Kolkata\", \"sourceValueCapturing\": true}");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().toString()).isEqualTo(
                "{\"orgId\":201,\"name\":\"Airport outlet\",\"parentOrgId\":100,\"timeZone\":\"Asia/Kolkata\",\"sourceValueCapturing\":true}");
        assertThat(ledger.connectionsOf(OrgId.of(201))).isEqualTo(new OrgConnections(OrgId.of(201), Optional.of(PARENT), Set.of()));
    }

    @Test
    void the_callers_own_org_is_updated_with_200() {
        var reply = web.put("/v1/ledger/orgs/100", "{\"name\": \"Fashion Retail Ltd\", \"timeZone\": \"Europe/Paris\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("sourceValueCapturing").asBoolean()).isFalse();
        assertThat(ledger.settingsOf(List.of(PARENT))).containsExactly(new OrgSettings(PARENT, ZoneId.of("Europe/Paris"), false));
    }

    @Test
    void every_problem_of_the_request_is_answered_at_once_and_nothing_is_written() {
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
        assertThat(ledger.connectionsOf(PARENT).children()).containsExactly(CHILD);
    }

    @Test
    void another_orgs_org_is_refused_with_403() {
        var reply = web.put("/v1/ledger/orgs/300", "{\"name\": \"Taken over\", \"parentOrgId\": 100, \"timeZone\": \"UTC\"}");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problems()).containsExactly(List.of("orgId", "OTHER_ORG"));
        assertThat(ledger.connectionsOf(STRANGER).parent()).isEmpty();
    }

    @Test
    void a_new_org_must_be_the_callers_child() {
        var orphan = web.put("/v1/ledger/orgs/202", "{\"name\": \"Orphan\", \"timeZone\": \"UTC\"}");
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(orphan.problems()).containsExactly(List.of("parentOrgId", "REQUIRED"));
        var theirs = web.put("/v1/ledger/orgs/202", "{\"name\": \"Theirs\", \"parentOrgId\": 300, \"timeZone\": \"UTC\"}");
        assertThat(theirs.status()).isEqualTo(403);
        assertThat(theirs.problems()).containsExactly(List.of("parentOrgId", "NOT_ALLOWED"));
    }

    @Test
    void an_org_without_parent_is_connected_with_201_then_200() {
        var reply = web.put("/v1/ledger/orgs/100/children/300", "");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().toString()).isEqualTo("{\"orgId\":100,\"childOrgId\":300}");
        assertThat(web.put("/v1/ledger/orgs/100/children/300", "").status()).isEqualTo(200);
        assertThat(ledger.connectionsOf(PARENT).children()).containsExactlyInAnyOrder(CHILD, STRANGER);
    }

    @Test
    void connecting_is_refused_for_another_parent_a_taken_child_a_cycle_an_unknown_org_and_bad_ids() {
        assertThat(web.put("/v1/ledger/orgs/300/children/201", "").problems()).containsExactly(List.of("orgId", "NOT_ALLOWED"));
        var childsWeb = RunningWebApp.over(ledger, CHILD);
        try {
            var cycle = childsWeb.put("/v1/ledger/orgs/200/children/100", "");
            assertThat(cycle.status()).isEqualTo(409);
            assertThat(cycle.problems()).containsExactly(List.of("childOrgId", "CYCLE"));
        } finally {
            childsWeb.close();
        }
        var strangersWeb = RunningWebApp.over(ledger, STRANGER);
        try {
            var taken = strangersWeb.put("/v1/ledger/orgs/300/children/200", "");
            assertThat(taken.status()).isEqualTo(409);
            assertThat(taken.problems()).containsExactly(List.of("childOrgId", "ALREADY_CONNECTED"));
        } finally {
            strangersWeb.close();
        }
        var unknown = web.put("/v1/ledger/orgs/100/children/999", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problems()).containsExactly(List.of("childOrgId", "NOT_FOUND"));
        assertThat(web.put("/v1/ledger/orgs/x/children/-1", "").problems())
                .containsExactly(List.of("orgId", "INVALID"), List.of("childOrgId", "INVALID"));
        assertThat(ledger.connectionsOf(PARENT).parent()).isEmpty();
    }

    @Test
    void a_store_that_cannot_answer_is_503_with_retry_after() {
        ledger.becomeUnavailable();
        var reply = web.put("/v1/ledger/orgs/100", "{\"name\": \"Any\", \"timeZone\": \"UTC\"}");
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
    }
}
