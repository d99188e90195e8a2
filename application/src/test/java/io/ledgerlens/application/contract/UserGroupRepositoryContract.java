package io.ledgerlens.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every implementation of {@code UserGroupRepository} must do. */
public abstract class UserGroupRepositoryContract extends RegistrySuite {

    private static List<Object> fieldsOf(UserGroup group) {
        return List.of(group.id(), group.orgId(), group.externalId(), group.name(), group.primaryMember(), group.members());
    }

    private Optional<UserGroup> find(OrgId org, UserGroupId id) {
        return in(org, registry -> registry.userGroups().find(id));
    }

    private boolean save(UserGroup group) {
        return in(group.orgId(), registry -> registry.userGroups().save(group));
    }

    private Optional<UserGroupId> withExternalId(OrgId org, String externalId) {
        return in(org, registry -> registry.userGroups().withExternalId(org, externalId));
    }

    @Test
    void an_unformed_group_is_not_found() {
        var org = anOrgId();
        assertThat(find(org, UserGroupId.of(org.value() * 10))).isEmpty();
    }

    @Test
    void a_saved_group_is_found_with_its_primary_and_its_members_in_customer_id_order() {
        var org = aRegisteredOrg();
        var first = aCustomerOf(org, 1);
        var second = aCustomerOf(org, 2);
        var group = UserGroupId.of(org.value() * 10);
        assertThat(save(UserGroup.form(group, org, "HH-1", "Household", second, List.of(second, first)))).isTrue();
        assertThat(find(org, group)).get().extracting(UserGroupRepositoryContract::fieldsOf)
                .isEqualTo(fieldsOf(UserGroup.form(group, org, "HH-1", "Household", second, List.of(first, second))));
    }

    @Test
    void saving_a_group_again_replaces_its_external_id_name_primary_and_members() {
        var org = aRegisteredOrg();
        var first = aCustomerOf(org, 1);
        var second = aCustomerOf(org, 2);
        var third = aCustomerOf(org, 3);
        var group = UserGroupId.of(org.value() * 10);
        save(UserGroup.form(group, org, "HH-1", "Before", first, List.of(first, second)));
        var after = UserGroup.form(group, org, "HH-2", "After", third, List.of(second, third));
        assertThat(save(after)).isTrue();
        assertThat(find(org, group)).get().extracting(UserGroupRepositoryContract::fieldsOf).isEqualTo(fieldsOf(after));
        assertThat(withExternalId(org, "HH-1")).isEmpty();
    }

    @Test
    void a_group_is_known_by_its_external_id_within_its_org_only() {
        var org = aRegisteredOrg();
        var other = aRegisteredOrg();
        var member = aCustomerOf(org, 1);
        var group = UserGroupId.of(org.value() * 10);
        save(UserGroup.form(group, org, "HH-1", "", member, List.of(member)));
        assertThat(withExternalId(org, "HH-1")).contains(group);
        assertThat(withExternalId(org, "hh-1")).isEmpty();
        assertThat(withExternalId(other, "HH-1")).isEmpty();
    }

    @Test
    void another_orgs_group_id_is_not_saved_and_stays_as_it_was() {
        var org = aRegisteredOrg();
        var other = aRegisteredOrg();
        var theirMember = aCustomerOf(other, 1);
        var ourMember = aCustomerOf(org, 1);
        var theirs = UserGroup.form(UserGroupId.of(other.value() * 10), other, "THEIRS", "", theirMember, List.of(theirMember));
        save(theirs);
        assertThat(save(UserGroup.form(theirs.id(), org, "OURS", "", ourMember, List.of(ourMember)))).isFalse();
        assertThat(find(org, theirs.id())).as("another org's group is not seen from this org").isEmpty();
        assertThat(this.<Optional<OrgId>>in(org, registry -> registry.userGroups().orgOf(theirs.id())))
                .as("but that its id is taken, and by which org, is").contains(other);
        assertThat(this.<Optional<OrgId>>in(org, registry -> registry.userGroups().orgOf(UserGroupId.of(org.value() * 10 + 9))))
                .isEmpty();
        assertThat(find(other, theirs.id())).get().extracting(UserGroupRepositoryContract::fieldsOf).isEqualTo(fieldsOf(theirs));
        assertThat(withExternalId(org, "OURS")).isEmpty();
    }

    @Test
    void groups_saved_together_are_formed_or_replaced_each_and_another_orgs_is_left_as_it_was() {
        var org = aRegisteredOrg();
        var other = aRegisteredOrg();
        var first = aCustomerOf(org, 1);
        var second = aCustomerOf(org, 2);
        var theirMember = aCustomerOf(other, 1);
        var ours = UserGroupId.of(org.value() * 10);
        var fresh = UserGroupId.of(org.value() * 10 + 1);
        var theirs = UserGroup.form(UserGroupId.of(other.value() * 10), other, "THEIRS", "", theirMember, List.of(theirMember));
        save(theirs);
        save(UserGroup.form(ours, org, "HH-OLD", "Before", first, List.of(first)));
        var replaced = UserGroup.form(ours, org, "HH-1", "After", second, List.of(first, second));
        var formed = UserGroup.form(fresh, org, "HH-2", "New", first, List.of(first));
        var claimed = UserGroup.form(theirs.id(), org, "HH-3", "", second, List.of(second));
        assertThat(this.<Set<UserGroupId>>in(org, registry -> registry.userGroups().saveGroups(List.of(replaced, formed, claimed))))
                .containsExactly(theirs.id());
        assertThat(find(org, ours)).get().extracting(UserGroupRepositoryContract::fieldsOf).isEqualTo(fieldsOf(replaced));
        assertThat(find(org, fresh)).get().extracting(UserGroupRepositoryContract::fieldsOf).isEqualTo(fieldsOf(formed));
        assertThat(find(other, theirs.id())).get().extracting(UserGroupRepositoryContract::fieldsOf).isEqualTo(fieldsOf(theirs));
        assertThat(this.<Map<String, UserGroupId>>in(org, registry -> registry.userGroups()
                .withExternalIds(org, List.of("HH-OLD", "HH-1", "HH-2", "HH-3", "THEIRS"))))
                .isEqualTo(Map.of("HH-1", ours, "HH-2", fresh));
        assertThat(this.<Map<UserGroupId, OrgId>>in(org, registry -> registry.userGroups()
                .orgsOfGroups(List.of(ours, theirs.id(), UserGroupId.of(org.value() * 10 + 9)))))
                .isEqualTo(Map.of(ours, org, theirs.id(), other));
    }

    @Test
    void a_saved_group_is_found_by_explode_by_its_external_id_and_primary_member() {
        var org = aRegisteredOrg();
        var member = aCustomerOf(org, 1);
        var primary = aCustomerOf(org, 2);
        var group = UserGroupId.of(org.value() * 10);
        save(UserGroup.form(group, org, "HH-X", "", primary, List.of(member, primary)));
        assertThat(ports.subjects().findUserGroups(List.of(org),
                new SubjectIdentifier(IdentifierName.EXTERNAL_ID, "HH-X", Source.ALL, Optional.empty())))
                .extracting(UserGroup::id).containsExactly(group);
        assertThat(ports.subjects().findUserGroups(List.of(org),
                new SubjectIdentifier(IdentifierName.PRIMARY_USER_ID, primary.toString(), Source.ALL, Optional.empty())))
                .extracting(UserGroup::id).containsExactly(group);
    }
}
