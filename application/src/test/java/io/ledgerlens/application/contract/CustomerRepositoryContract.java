package io.ledgerlens.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every implementation of {@code CustomerRepository} must do. */
public abstract class CustomerRepositoryContract extends RegistrySuite {

    private static final CustomerIdentifier MOBILE = CustomerIdentifier.of(IdentifierName.MOBILE, "919800000001", Source.INSTORE);
    private static final CustomerIdentifier EMAIL = new CustomerIdentifier(IdentifierName.EMAIL, "Mira@Example.com",
            Source.WECHAT, AccountId.of("wx-main"));
    private static final CustomerIdentifier EXTERNAL_ID = CustomerIdentifier.of(IdentifierName.EXTERNAL_ID, "EXT-1", Source.INSTORE);

    private static List<Object> fieldsOf(Customer customer) {
        return List.of(customer.id(), customer.orgId(), customer.firstName(), customer.lastName(),
                java.util.Set.copyOf(customer.identifiers()));
    }

    private Optional<Customer> find(OrgId org, CustomerId id) {
        return in(org, registry -> registry.customers().find(id));
    }

    private boolean save(Customer customer) {
        return in(customer.orgId(), registry -> registry.customers().save(customer));
    }

    private Map<CustomerIdentifier, CustomerId> ownersOf(OrgId org, List<CustomerIdentifier> identifiers) {
        return in(org, registry -> registry.customers().ownersOf(org, identifiers));
    }

    @Test
    void an_unregistered_customer_is_not_found() {
        var org = anOrgId();
        assertThat(find(org, CustomerId.of(org.value() * 100))).isEmpty();
    }

    @Test
    void a_saved_customer_is_found_with_its_names_and_identifiers() {
        var org = aRegisteredOrg();
        var mira = Customer.register(CustomerId.of(org.value() * 100 + 1), org, "Mira", "Nair", List.of(MOBILE, EMAIL, EXTERNAL_ID));
        assertThat(save(mira)).isTrue();
        assertThat(find(org, mira.id())).get().extracting(CustomerRepositoryContract::fieldsOf).isEqualTo(fieldsOf(mira));
    }

    @Test
    void saving_a_customer_again_leaves_exactly_the_new_names_and_identifiers() {
        var org = aRegisteredOrg();
        var id = CustomerId.of(org.value() * 100 + 1);
        save(Customer.register(id, org, "Mira", "Nair", List.of(MOBILE, EMAIL)));
        var renamed = Customer.register(id, org, "Mira", "Shah", List.of(EMAIL, EXTERNAL_ID));
        assertThat(save(renamed)).isTrue();
        assertThat(find(org, id)).get().extracting(CustomerRepositoryContract::fieldsOf).isEqualTo(fieldsOf(renamed));
        assertThat(ownersOf(org, List.of(MOBILE))).isEmpty();
    }

    @Test
    void owners_are_matched_on_name_value_source_and_account_within_the_org() {
        var org = aRegisteredOrg();
        var other = aRegisteredOrg();
        var mira = CustomerId.of(org.value() * 100 + 1);
        var ravi = CustomerId.of(org.value() * 100 + 2);
        save(Customer.register(mira, org, "", "", List.of(MOBILE, EMAIL)));
        save(Customer.register(ravi, org, "", "", List.of(EXTERNAL_ID)));
        save(Customer.register(CustomerId.of(other.value() * 100 + 1), other, "", "", List.of(MOBILE)));
        var sameMobileOnWeb = CustomerIdentifier.of(IdentifierName.MOBILE, MOBILE.value(), Source.WEBSITE);
        var sameEmailOtherAccount = new CustomerIdentifier(IdentifierName.EMAIL, EMAIL.value(), Source.WECHAT, AccountId.of("wx-2"));
        var sameValueAsExternalId = CustomerIdentifier.of(IdentifierName.EXTERNAL_ID, MOBILE.value(), Source.INSTORE);
        assertThat(ownersOf(org, List.of(MOBILE, EMAIL, EXTERNAL_ID, sameMobileOnWeb,
                sameEmailOtherAccount, sameValueAsExternalId)))
                .isEqualTo(Map.of(MOBILE, mira, EMAIL, mira, EXTERNAL_ID, ravi));
    }

    @Test
    void an_email_is_owned_whatever_its_case() {
        var org = aRegisteredOrg();
        var mira = CustomerId.of(org.value() * 100 + 1);
        save(Customer.register(mira, org, "", "", List.of(EMAIL)));
        var shouted = new CustomerIdentifier(IdentifierName.EMAIL, "MIRA@EXAMPLE.COM", Source.WECHAT, AccountId.of("wx-main"));
        assertThat(ownersOf(org, List.of(shouted))).isEqualTo(Map.of(shouted, mira));
    }

    @Test
    void the_customers_of_an_org_are_its_own_only() {
        var org = aRegisteredOrg();
        var other = aRegisteredOrg();
        var ours = aCustomerOf(org, 1);
        var theirs = aCustomerOf(other, 1);
        var nobody = CustomerId.of(org.value() * 100 + 99);
        assertThat(this.<java.util.Set<CustomerId>>in(org, registry -> registry.customers().customersOf(org, List.of(ours, theirs, nobody)))).containsExactly(ours);
    }

    @Test
    void another_orgs_customer_id_is_not_saved_and_stays_as_it_was() {
        var org = aRegisteredOrg();
        var other = aRegisteredOrg();
        var theirs = Customer.register(CustomerId.of(other.value() * 100 + 1), other, "Theirs", "", List.of(MOBILE));
        save(theirs);
        assertThat(save(Customer.register(theirs.id(), org, "Ours", "", List.of(EMAIL)))).isFalse();
        assertThat(find(org, theirs.id())).as("another org's customer is not seen from this org").isEmpty();
        assertThat(this.<Optional<OrgId>>in(org, registry -> registry.customers().orgOf(theirs.id())))
                .as("but that its id is taken, and by which org, is").contains(other);
        assertThat(this.<Optional<OrgId>>in(org, registry -> registry.customers().orgOf(CustomerId.of(org.value() * 100 + 9))))
                .isEmpty();
        assertThat(find(other, theirs.id())).get().extracting(CustomerRepositoryContract::fieldsOf).isEqualTo(fieldsOf(theirs));
        assertThat(ownersOf(org, List.of(EMAIL))).isEmpty();
    }

    @Test
    void a_saved_customer_is_found_by_explode_by_each_identifier() {
        var org = aRegisteredOrg();
        var mira = CustomerId.of(org.value() * 100 + 1);
        save(Customer.register(mira, org, "", "", List.of(MOBILE, EMAIL)));
        var expected = List.of(new LedgerOwner(org, EventSubject.customer(mira)));
        assertThat(ports.subjects().findCustomers(List.of(org),
                new SubjectIdentifier(IdentifierName.MOBILE, MOBILE.value(), Source.INSTORE, Optional.empty()))).isEqualTo(expected);
        assertThat(ports.subjects().findCustomers(List.of(org), new SubjectIdentifier(IdentifierName.EMAIL, "mira@example.com",
                Source.WECHAT, Optional.of(AccountId.of("wx-main"))))).isEqualTo(expected);
    }

    @Test
    void many_customers_saved_at_once_are_found_as_saved_and_an_id_of_another_org_is_left_to_it() {
        var org = aRegisteredOrg();
        var other = aRegisteredOrg();
        var theirs = Customer.register(CustomerId.of(other.value() * 100 + 7), other, "Theirs", "", List.of(MOBILE));
        assertThat(save(theirs)).isTrue();
        var mira = Customer.register(CustomerId.of(org.value() * 100 + 1), org, "Mira", "Nair", List.of(MOBILE, EMAIL));
        var ravi = Customer.register(CustomerId.of(org.value() * 100 + 2), org, "Ravi", "", List.of(EXTERNAL_ID));
        assertThat(save(Customer.register(ravi.id(), org, "Ravi", "Old", List.of()))).isTrue();
        var stolen = Customer.register(theirs.id(), org, "Stolen", "", List.of());
        assertThat(this.<java.util.Set<CustomerId>>in(org, registry -> registry.customers().saveAll(List.of(mira, ravi, stolen))))
                .containsExactly(theirs.id());
        assertThat(find(org, mira.id())).get().extracting(CustomerRepositoryContract::fieldsOf).isEqualTo(fieldsOf(mira));
        assertThat(find(org, ravi.id())).get().extracting(CustomerRepositoryContract::fieldsOf).isEqualTo(fieldsOf(ravi));
        assertThat(find(other, theirs.id())).get().extracting(CustomerRepositoryContract::fieldsOf).isEqualTo(fieldsOf(theirs));
        assertThat(this.<Map<CustomerId, OrgId>>in(org, registry -> registry.customers().orgsOf(
                List.of(mira.id(), theirs.id(), CustomerId.of(org.value() * 100 + 9)))))
                .isEqualTo(Map.of(mira.id(), org, theirs.id(), other));
    }
}
