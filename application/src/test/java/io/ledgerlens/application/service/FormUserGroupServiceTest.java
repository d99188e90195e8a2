package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.ASHA;
import static io.ledgerlens.application.contract.LedgerWorld.ASHA_IN_CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.HOUSEHOLD;
import static io.ledgerlens.application.contract.LedgerWorld.HOUSEHOLD_EXTERNAL_ID;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.RAVI;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGERS_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormUserGroupServiceTest extends RegistrationServicesFixture {

    private static final UserGroupId NEW = UserGroupId.of(7101);

    private final FormUserGroupService service = new FormUserGroupService(ledger);

    private Optional<UserGroup> group(UserGroupId id) {
        return registered(registry -> registry.userGroups().find(id));
    }

    @Test
    void a_new_group_is_formed_then_updated() {
        assertSaved(service.form(PARENT, UserGroup.form(NEW, PARENT, "HH-NEW", "New", RAVI, List.of(RAVI))), true);
        assertSaved(service.form(PARENT, UserGroup.form(NEW, PARENT, "HH-NEW", "New", ASHA, List.of(ASHA, RAVI))), false);
        assertThat(group(NEW)).get().extracting(UserGroup::primaryMember).isEqualTo(ASHA);
    }

    @Test
    void every_member_who_is_not_a_customer_of_the_org_is_named() {
        assertRefused(service.form(PARENT, UserGroup.form(NEW, PARENT, "HH-NEW", "", ASHA,
                        List.of(ASHA, ASHA_IN_CHILD, STRANGERS_CUSTOMER, CustomerId.of(424242)))), Refusal.INVALID,
                tuple("members[1].customerId", FieldProblem.NOT_FOUND), tuple("members[2].customerId", FieldProblem.NOT_FOUND),
                tuple("members[3].customerId", FieldProblem.NOT_FOUND));
        assertThat(group(NEW)).isEmpty();
    }

    @Test
    void an_external_id_of_another_group_of_the_org_is_a_conflict() {
        assertRefused(service.form(PARENT, UserGroup.form(NEW, PARENT, HOUSEHOLD_EXTERNAL_ID, "", RAVI, List.of(RAVI))),
                Refusal.CONFLICT, tuple("externalId", FieldProblem.TAKEN));
        assertThat(group(NEW)).isEmpty();
    }

    @Test
    void a_group_keeps_its_own_external_id_when_updated() {
        assertSaved(service.form(PARENT, UserGroup.form(HOUSEHOLD, PARENT, HOUSEHOLD_EXTERNAL_ID, "Rao family", RAVI,
                List.of(ASHA, RAVI))), false);
    }

    @Test
    void another_orgs_group_is_refused_and_left_as_it_was() {
        var theirs = UserGroupId.of(7201);
        ledger.unfenced(registry -> registry.userGroups().save(
                UserGroup.form(theirs, STRANGER, "THEIRS", "", STRANGERS_CUSTOMER, List.of(STRANGERS_CUSTOMER))));
        assertRefused(service.form(PARENT, UserGroup.form(theirs, PARENT, "OURS", "", ASHA, List.of(ASHA))),
                Refusal.FORBIDDEN, tuple("userGroupId", FieldProblem.OTHER_ORG));
        assertThat(group(theirs)).get().extracting(UserGroup::externalId).isEqualTo("THEIRS");
    }

    @Test
    void a_group_of_another_org_than_the_callers_is_refused() {
        assertRefused(service.form(PARENT, UserGroup.form(NEW, STRANGER, "X", "", STRANGERS_CUSTOMER, List.of(STRANGERS_CUSTOMER))),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.NOT_ALLOWED));
    }

    @Test
    void the_callers_org_must_be_registered_first() {
        var fresh = OrgId.of(4740);
        assertRefused(service.form(fresh, UserGroup.form(NEW, fresh, "X", "", ASHA, List.of(ASHA))), Refusal.NOT_FOUND,
                tuple("", FieldProblem.NOT_FOUND));
    }

    @Test
    void a_store_that_cannot_answer_is_unavailable() {
        ledger.becomeUnavailable();
        assertThat(service.form(PARENT, UserGroup.form(NEW, PARENT, "HH-NEW", "", RAVI, List.of(RAVI))))
                .isInstanceOf(RegistrationOutcome.Unavailable.class);
    }

    @Test
    void in_a_batch_a_group_taking_the_external_id_of_one_formed_before_it_is_a_conflict_and_the_rest_are_formed() {
        var second = UserGroupId.of(7102);
        var third = UserGroupId.of(7103);
        var outcomes = service.formAll(PARENT, List.of(
                UserGroup.form(NEW, PARENT, "HH-NEW", "New", RAVI, List.of(RAVI)),
                UserGroup.form(second, PARENT, "HH-NEW", "Namesake", ASHA, List.of(ASHA)),
                UserGroup.form(third, PARENT, "HH-THIRD", "Third", ASHA, List.of(ASHA))));
        assertSaved(outcomes.get(0), true);
        assertRefused(outcomes.get(1), Refusal.CONFLICT, tuple("externalId", FieldProblem.TAKEN));
        assertSaved(outcomes.get(2), true);
        assertThat(group(second)).isEmpty();
        assertThat(group(third)).isPresent();
    }

    @Test
    void in_a_batch_a_group_may_take_the_external_id_one_before_it_gave_up() {
        var outcomes = service.formAll(PARENT, List.of(
                UserGroup.form(HOUSEHOLD, PARENT, "HH-RENAMED", "Rao family", RAVI, List.of(RAVI)),
                UserGroup.form(NEW, PARENT, HOUSEHOLD_EXTERNAL_ID, "Takes the old name", ASHA, List.of(ASHA))));
        assertSaved(outcomes.get(0), false);
        assertSaved(outcomes.get(1), true);
        assertThat(group(HOUSEHOLD)).get().extracting(UserGroup::externalId).isEqualTo("HH-RENAMED");
        assertThat(group(NEW)).get().extracting(UserGroup::externalId).isEqualTo(HOUSEHOLD_EXTERNAL_ID);
    }

    @Test
    void in_a_batch_a_group_may_not_take_the_external_id_one_after_it_gives_up() {
        var outcomes = service.formAll(PARENT, List.of(
                UserGroup.form(NEW, PARENT, HOUSEHOLD_EXTERNAL_ID, "Too early", ASHA, List.of(ASHA)),
                UserGroup.form(HOUSEHOLD, PARENT, "HH-RENAMED", "Rao family", RAVI, List.of(RAVI))));
        assertRefused(outcomes.get(0), Refusal.CONFLICT, tuple("externalId", FieldProblem.TAKEN));
        assertSaved(outcomes.get(1), false);
        assertThat(group(NEW)).isEmpty();
    }
}
