package io.ledgerlens.application.contract;

import static io.ledgerlens.application.contract.LedgerWorld.ASHA;
import static io.ledgerlens.application.contract.LedgerWorld.ASHA_IN_CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.HOUSEHOLD;
import static io.ledgerlens.application.contract.LedgerWorld.HOUSEHOLD_EXTERNAL_ID;
import static io.ledgerlens.application.contract.LedgerWorld.MOBILE;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.RAVI;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static io.ledgerlens.application.contract.LedgerWorld.UNKNOWN;
import static io.ledgerlens.application.contract.LedgerWorld.WECHAT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every implementation of {@code ResolveSubjectPort} must do. */
public abstract class ResolveSubjectPortContract extends RecordedWorldSuite {

    private List<LedgerOwner> customers(List<OrgId> orgs, IdentifierName name, String value, Source source) {
        return ports.subjects().findCustomers(orgs, new SubjectIdentifier(name, value, source, Optional.empty()));
    }

    private static LedgerOwner owner(OrgId org, CustomerId customer) {
        return new LedgerOwner(org, EventSubject.customer(customer));
    }

    @Test
    void a_customer_is_found_by_mobile_on_its_source() {
        assertThat(customers(List.of(PARENT), IdentifierName.MOBILE, MOBILE, Source.INSTORE))
                .containsExactly(owner(PARENT, ASHA));
    }

    @Test
    void a_customer_is_found_in_each_target_org_that_knows_the_identifier() {
        assertThat(customers(List.of(PARENT, CHILD), IdentifierName.MOBILE, MOBILE, Source.INSTORE))
                .containsExactly(owner(PARENT, ASHA), owner(CHILD, ASHA_IN_CHILD));
    }

    @Test
    void another_orgs_customer_with_the_same_mobile_is_never_found() {
        assertThat(customers(List.of(PARENT, CHILD), IdentifierName.MOBILE, MOBILE, Source.ALL))
                .extracting(LedgerOwner::orgId).doesNotContain(STRANGER);
    }

    @Test
    void an_identifier_on_another_source_does_not_match() {
        assertThat(customers(List.of(PARENT), IdentifierName.MOBILE, MOBILE, Source.WECHAT)).isEmpty();
    }

    @Test
    void source_all_matches_an_identifier_registered_under_any_source() {
        assertThat(customers(List.of(PARENT), IdentifierName.EMAIL, "asha@example.com", Source.ALL))
                .containsExactly(owner(PARENT, ASHA));
    }

    @Test
    void a_customer_holding_one_mobile_on_two_sources_is_found_once_on_any_source() {
        assertThat(customers(List.of(PARENT), IdentifierName.MOBILE, "919811111111", Source.ALL))
                .containsExactly(owner(PARENT, RAVI));
        assertThat(customers(List.of(PARENT), IdentifierName.MOBILE, "919811111111", Source.MARTJACK))
                .containsExactly(owner(PARENT, RAVI));
    }

    @Test
    void an_email_matches_whatever_its_case() {
        assertThat(customers(List.of(PARENT), IdentifierName.EMAIL, "ASHA@EXAMPLE.COM", Source.WECHAT))
                .containsExactly(owner(PARENT, ASHA));
    }

    @Test
    void an_account_narrows_the_identifier_to_that_account() {
        var onAccount = new SubjectIdentifier(IdentifierName.EMAIL, "asha@example.com", Source.WECHAT,
                Optional.of(AccountId.of(WECHAT_ACCOUNT)));
        var onOtherAccount = new SubjectIdentifier(IdentifierName.EMAIL, "asha@example.com", Source.WECHAT,
                Optional.of(AccountId.of("wx-other")));
        assertThat(ports.subjects().findCustomers(List.of(PARENT), onAccount)).containsExactly(owner(PARENT, ASHA));
        assertThat(ports.subjects().findCustomers(List.of(PARENT), onOtherAccount)).isEmpty();
    }

    @Test
    void a_customer_is_found_by_id_and_external_id() {
        assertThat(customers(List.of(PARENT), IdentifierName.ID, "5001", Source.INSTORE)).containsExactly(owner(PARENT, ASHA));
        assertThat(customers(List.of(PARENT), IdentifierName.EXTERNAL_ID, "ASHA-1", Source.INSTORE))
                .containsExactly(owner(PARENT, ASHA));
    }

    @Test
    void a_customer_id_of_another_org_is_not_found() {
        assertThat(customers(List.of(PARENT), IdentifierName.ID, "5004", Source.ALL)).isEmpty();
        assertThat(customers(List.of(UNKNOWN), IdentifierName.MOBILE, MOBILE, Source.ALL)).isEmpty();
    }

    private List<UserGroup> groups(List<OrgId> orgs, IdentifierName name, String value) {
        return ports.subjects().findUserGroups(orgs, new SubjectIdentifier(name, value, Source.ALL, Optional.empty()));
    }

    @Test
    void a_group_is_found_by_id_external_id_primary_member_or_primary_members_mobile() {
        for (var found : List.of(
                groups(List.of(PARENT), IdentifierName.ID, "7001"),
                groups(List.of(PARENT), IdentifierName.EXTERNAL_ID, HOUSEHOLD_EXTERNAL_ID),
                groups(List.of(PARENT), IdentifierName.PRIMARY_USER_ID, "5001"),
                groups(List.of(PARENT), IdentifierName.MOBILE, MOBILE))) {
            assertThat(found).singleElement().satisfies(group -> {
                assertThat(group.id()).isEqualTo(HOUSEHOLD);
                assertThat(group.primaryMember()).isEqualTo(ASHA);
                assertThat(group.members()).containsExactlyInAnyOrder(ASHA, RAVI);
            });
        }
    }

    @Test
    void a_member_who_is_not_primary_does_not_name_the_group() {
        assertThat(groups(List.of(PARENT), IdentifierName.PRIMARY_USER_ID, "5003")).isEmpty();
    }

    @Test
    void a_group_is_not_found_from_another_org() {
        assertThat(groups(List.of(CHILD, STRANGER), IdentifierName.ID, "7001")).isEmpty();
    }
}
