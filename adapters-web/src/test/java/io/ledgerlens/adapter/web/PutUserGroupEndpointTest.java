package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /v1/ledger/user-groups/{userGroupId}}, acting for org 100, whose customers are Asha (5001) and Ravi
 * (5003), and whose household HH-ASHA (7001) exists; 5002 is a customer of the child org, 5004 of another org.
 */
class PutUserGroupEndpointTest extends ServedWorld {

    private Optional<UserGroup> group(long id) {
        return ledger.unfenced(registry -> registry.userGroups().find(UserGroupId.of(id)));
    }

    @Test
    void a_new_group_is_formed_with_201_and_answered_as_stored_then_found_by_explode() {
        var reply = web.put("/v1/ledger/user-groups/7101", "{\"externalId\": \"HH-RAO-2\", \"name\": \"Rao cousins\", "
                + "\"members\": [{\"customerId\": 5003, \"primary\": true}, {\"customerId\": 5001}]}");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().toString()).isEqualTo("{\"userGroupId\":7101,\"externalId\":\"HH-RAO-2\",\"name\":\"Rao cousins\","
                + "\"members\":[{\"customerId\":5003,\"primary\":true},{\"customerId\":5001,\"primary\":false}]}");
        var explode = web.get("/v2/pointsLedger/getLedgerExplodeInfo?identifierName=externalId&identifierValue=HH-RAO-2"
                + "&source=INSTORE&type=USERGROUP2&eventIds=1");
        assertThat(explode.json().at("/errors/0/code").asInt()).as("known, but event 1 is not its").isEqualTo(9021);
    }

    @Test
    void a_group_is_updated_with_200_with_its_new_members_and_primary() {
        var reply = web.put("/v1/ledger/user-groups/7001", "{\"externalId\": \"HH-ASHA\", "
                + "\"members\": [{\"customerId\": 5003, \"primary\": true}]}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(group(7001)).get().satisfies(g -> {
            assertThat(g.primaryMember()).isEqualTo(CustomerId.of(5003));
            assertThat(g.members()).containsExactly(CustomerId.of(5003));
        });
    }

    @Test
    void every_problem_of_the_request_is_answered_at_once_and_nothing_is_written() {
        var reply = web.put("/v1/ledger/user-groups/7101", "{\"userGroupId\": 7, \"externalId\": \"" + "e".repeat(101) + "\", "
                + "\"members\": [{\"customerId\": 5001, \"primary\": true}, {\"customerId\": 5001}, {\"customerId\": 0},"
                + " {\"customerId\": 5003, \"primary\": true}, {\"primary\": false}, null]}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problems()).containsExactly(
                List.of("userGroupId", "INVALID"), List.of("externalId", "INVALID"),
                List.of("members[1].customerId", "INVALID"), List.of("members[2].customerId", "INVALID"),
                List.of("members[3].primary", "INVALID"), List.of("members[4].customerId", "REQUIRED"),
                List.of("members[5]", "REQUIRED"));
        assertThat(web.put("/v1/ledger/user-groups/7101", "{\"members\": [{\"customerId\": 5001}]}").problems())
                .containsExactly(List.of("externalId", "REQUIRED"), List.of("members", "REQUIRED"));
        assertThat(web.put("/v1/ledger/user-groups/7101", "{\"externalId\": \"X\", \"members\": []}").problems())
                .containsExactly(List.of("members", "INVALID"));
        assertThat(group(7101)).isEmpty();
    }

    @Test
    void members_who_are_not_customers_of_the_org_are_each_refused() {
        var reply = web.put("/v1/ledger/user-groups/7101", "{\"externalId\": \"HH-X\", \"members\": [{\"customerId\": 5001, "
                + "\"primary\": true}, {\"customerId\": 5002}, {\"customerId\": 5004}, {\"customerId\": 424242}]}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problems()).containsExactly(List.of("members[1].customerId", "NOT_FOUND"),
                List.of("members[2].customerId", "NOT_FOUND"), List.of("members[3].customerId", "NOT_FOUND"));
        assertThat(group(7101)).isEmpty();
    }

    @Test
    void the_external_id_of_another_group_of_the_org_is_409() {
        var reply = web.put("/v1/ledger/user-groups/7101", "{\"externalId\": \"HH-ASHA\", "
                + "\"members\": [{\"customerId\": 5003, \"primary\": true}]}");
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.problems()).containsExactly(List.of("externalId", "TAKEN"));
        assertThat(group(7101)).isEmpty();
    }

    @Test
    void another_orgs_group_is_refused_with_403_and_left_as_it_was() {
        ledger.unfenced(registry -> registry.userGroups().save(UserGroup.form(UserGroupId.of(7201), STRANGER, "THEIRS", "",
                CustomerId.of(5004), List.of(CustomerId.of(5004)))));
        var reply = web.put("/v1/ledger/user-groups/7201", "{\"externalId\": \"OURS\", "
                + "\"members\": [{\"customerId\": 5001, \"primary\": true}]}");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problems()).containsExactly(List.of("userGroupId", "OTHER_ORG"));
        assertThat(group(7201)).get().extracting(UserGroup::externalId).isEqualTo("THEIRS");
    }

    @Test
    void a_store_that_cannot_answer_is_503_with_retry_after() {
        ledger.becomeUnavailable();
        var reply = web.put("/v1/ledger/user-groups/7101", "{\"externalId\": \"HH-X\", "
                + "\"members\": [{\"customerId\": 5001, \"primary\": true}]}");
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
    }
}
