package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.ASHA;
import static io.ledgerlens.application.contract.LedgerWorld.MOBILE;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.RAVI;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGERS_CUSTOMER;
import static io.ledgerlens.application.contract.LedgerWorld.WECHAT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterCustomerServiceTest extends RegistrationServicesFixture {

    private static final CustomerId NEW = CustomerId.of(5101);
    private static final CustomerIdentifier NEW_MOBILE = CustomerIdentifier.of(IdentifierName.MOBILE, "919822222222", Source.INSTORE);

    private final RegisterCustomerService service = new RegisterCustomerService(ledger);

    private Optional<Customer> customer(CustomerId id) {
        return registered(registry -> registry.customers().find(id));
    }

    @Test
    void a_new_customer_is_created_then_updated() {
        assertSaved(service.register(PARENT, Customer.register(NEW, PARENT, "Neha", "Iyer", List.of(NEW_MOBILE))), true);
        assertSaved(service.register(PARENT, Customer.register(NEW, PARENT, "Neha", "Menon", List.of(NEW_MOBILE))), false);
        assertThat(customer(NEW)).get().extracting(Customer::lastName).isEqualTo("Menon");
    }

    @Test
    void an_identifier_of_another_customer_of_the_org_is_a_conflict_for_each_such_identifier() {
        var ashasEmail = new CustomerIdentifier(IdentifierName.EMAIL, "ASHA@example.com", Source.WECHAT, AccountId.of(WECHAT_ACCOUNT));
        var ashasMobile = CustomerIdentifier.of(IdentifierName.MOBILE, MOBILE, Source.INSTORE);
        var outcome = service.register(PARENT, Customer.register(NEW, PARENT, "", "", List.of(NEW_MOBILE, ashasMobile, ashasEmail)));
        assertRefused(outcome, Refusal.CONFLICT, tuple("identifiers[1]", FieldProblem.TAKEN),
                tuple("identifiers[2]", FieldProblem.TAKEN));
        assertThat(((RegistrationOutcome.Refused) outcome).problems().get(0).message()).contains(ASHA.toString());
        assertThat(customer(NEW)).isEmpty();
    }

    @Test
    void the_same_value_on_another_source_or_account_is_free() {
        var onWeb = CustomerIdentifier.of(IdentifierName.MOBILE, MOBILE, Source.WEBSITE);
        var otherAccount = new CustomerIdentifier(IdentifierName.EMAIL, "asha@example.com", Source.WECHAT, AccountId.of("wx-2"));
        assertSaved(service.register(PARENT, Customer.register(NEW, PARENT, "", "", List.of(onWeb, otherAccount))), true);
    }

    @Test
    void a_customer_keeps_its_own_identifiers_when_updated() {
        var asha = customer(ASHA).orElseThrow();
        assertSaved(service.register(PARENT, Customer.register(ASHA, PARENT, "Asha", "Rao-Iyer", asha.identifiers())), false);
    }

    @Test
    void an_identifier_left_out_becomes_free_for_another_customer() {
        var ravisMobile = CustomerIdentifier.of(IdentifierName.MOBILE, "919811111111", Source.INSTORE);
        assertSaved(service.register(PARENT, Customer.register(RAVI, PARENT, "Ravi", "Rao", List.of())), false);
        assertSaved(service.register(PARENT, Customer.register(NEW, PARENT, "", "", List.of(ravisMobile))), true);
    }

    @Test
    void the_same_identifier_in_another_org_is_no_conflict() {
        var stranger = OrgId.of(300);
        assertSaved(service.register(stranger, Customer.register(NEW, stranger, "", "",
                List.of(CustomerIdentifier.of(IdentifierName.EXTERNAL_ID, "ASHA-1", Source.INSTORE)))), true);
    }

    @Test
    void another_orgs_customer_is_refused_and_left_as_it_was() {
        assertRefused(service.register(PARENT, Customer.register(STRANGERS_CUSTOMER, PARENT, "Taken", "Over", List.of())),
                Refusal.FORBIDDEN, tuple("customerId", FieldProblem.OTHER_ORG));
        assertThat(customer(STRANGERS_CUSTOMER)).get().extracting(Customer::firstName).isEqualTo("Marker");
    }

    @Test
    void a_customer_of_another_org_than_the_callers_is_refused() {
        assertRefused(service.register(PARENT, Customer.register(NEW, OrgId.of(300), "", "", List.of())),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.NOT_ALLOWED));
    }

    @Test
    void the_callers_org_must_be_registered_first() {
        var fresh = OrgId.of(4730);
        assertRefused(service.register(fresh, Customer.register(NEW, fresh, "", "", List.of())), Refusal.NOT_FOUND,
                tuple("", FieldProblem.NOT_FOUND));
    }

    @Test
    void a_store_that_cannot_answer_is_unavailable() {
        ledger.becomeUnavailable();
        assertThat(service.register(PARENT, Customer.register(NEW, PARENT, "", "", List.of())))
                .isInstanceOf(RegistrationOutcome.Unavailable.class);
    }

    @Test
    void in_a_batch_each_customer_is_held_to_the_ones_before_it_and_one_of_another_org_is_refused_alone() {
        var second = CustomerId.of(5102);
        var third = CustomerId.of(5103);
        var outcomes = service.registerAll(PARENT, List.of(
                Customer.register(NEW, PARENT, "Neha", "Iyer", List.of(NEW_MOBILE)),
                Customer.register(second, PARENT, "Nikhil", "Iyer", List.of(NEW_MOBILE)),
                Customer.register(CustomerId.of(5104), OrgId.of(999), "Elsewhere", "", List.of()),
                Customer.register(third, PARENT, "Nina", "Iyer", List.of())));
        assertSaved(outcomes.get(0), true);
        assertRefused(outcomes.get(1), Refusal.CONFLICT, tuple("identifiers[0]", FieldProblem.TAKEN));
        assertRefused(outcomes.get(2), Refusal.FORBIDDEN, tuple("orgId", FieldProblem.NOT_ALLOWED));
        assertSaved(outcomes.get(3), true);
        assertThat(customer(second)).isEmpty();
        assertThat(customer(third)).isPresent();
    }

    @Test
    void in_a_batch_an_identifier_a_customer_gives_up_is_free_for_the_customers_after_it() {
        var ashasMobile = CustomerIdentifier.of(IdentifierName.MOBILE, MOBILE, Source.INSTORE);
        var outcomes = service.registerAll(PARENT, List.of(
                Customer.register(ASHA, PARENT, "Asha", "Rao", List.of()),
                Customer.register(NEW, PARENT, "Neha", "Iyer", List.of(ashasMobile))));
        assertSaved(outcomes.get(0), false);
        assertSaved(outcomes.get(1), true);
        assertThat(customer(NEW)).get().extracting(Customer::identifiers).isEqualTo(List.of(ashasMobile));
    }

    @Test
    void a_registration_waits_only_for_those_naming_the_same_customer_or_one_of_its_identifiers() {
        var named = new java.util.ArrayList<java.util.Set<String>>();
        var keyed = new RegisterCustomerService(new io.ledgerlens.application.port.out.registration.RegistrationPort() {
            @Override
            public <T> T inOrg(OrgId org, java.util.function.Function<io.ledgerlens.application.port.out.registration.Registry, T> work) {
                throw new AssertionError("a customer's registration names its keys");
            }

            @Override
            public <T> T inOrg(OrgId org, java.util.Set<String> keys,
                    java.util.function.Function<io.ledgerlens.application.port.out.registration.Registry, T> work) {
                named.add(keys);
                return ledger.inOrg(org, keys, work);
            }
        });
        var email = new CustomerIdentifier(IdentifierName.EMAIL, "neha@example.com", Source.WECHAT, AccountId.of(WECHAT_ACCOUNT));
        assertSaved(keyed.register(PARENT, Customer.register(NEW, PARENT, "Neha", "Iyer", List.of(NEW_MOBILE, email))), true);
        var other = CustomerIdentifier.of(IdentifierName.MOBILE, "919822222223", Source.INSTORE);
        assertSaved(keyed.register(PARENT, Customer.register(CustomerId.of(5102), PARENT, "", "", List.of(other))), true);

        assertThat(named).hasSize(2);
        assertThat(named.get(0)).hasSize(3).contains("customer 5101");
        assertThat(named.get(0)).as("each identifier by name, source, account and value").anyMatch(key -> key.contains("919822222222"))
                .anyMatch(key -> key.contains("neha@example.com") && key.contains(WECHAT_ACCOUNT));
        assertThat(named.get(1)).as("nothing in common with the first").doesNotContainAnyElementsOf(named.get(0));
        assertThat(RegisterCustomerService.keysOf(List.of(Customer.register(CustomerId.of(5103), PARENT, "", "", List.of(NEW_MOBILE)))))
                .as("another customer claiming the same mobile names its key").containsAnyElementsOf(named.get(0));
    }
}
