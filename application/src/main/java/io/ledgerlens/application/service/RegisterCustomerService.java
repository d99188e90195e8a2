package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.application.port.in.RegisterCustomerUseCase;
import io.ledgerlens.application.port.in.RegistrationOutcome;
import io.ledgerlens.application.port.in.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.in.RegistrationOutcome.Refused;
import io.ledgerlens.application.port.out.CustomerRepository;
import io.ledgerlens.application.port.out.RegistrationPort;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Registers customers of the caller's org with their identifiers, one registration of the org at a time. */
public final class RegisterCustomerService implements RegisterCustomerUseCase {

    private final RegistrationPort registration;

    public RegisterCustomerService(RegistrationPort registration) {
        this.registration = Objects.requireNonNull(registration, "registration");
    }

    @Override
    public RegistrationOutcome register(OrgId caller, Customer customer) {
        return registerAll(caller, List.of(customer)).get(0);
    }

    /** One transaction for the batch: each customer sees the ones before it, as if registered one after the other. */
    @Override
    public List<RegistrationOutcome> registerAll(OrgId caller, List<Customer> customers) {
        return Registrations.inCallersOrg(registration, caller, customers, Customer::orgId,
                Refused.because(Refusal.FORBIDDEN, "orgId", FieldProblem.NOT_ALLOWED, "customers are registered in the caller's org " + caller),
                (registry, customer) -> register(registry.customers(), caller, customer));
    }

    private static RegistrationOutcome register(CustomerRepository customers, OrgId caller, Customer customer) {
        var holder = customers.orgOf(customer.id());
        if (holder.isPresent() && !holder.get().equals(caller)) {
            return otherOrgs(customer);
        }
        var owners = customers.ownersOf(caller, customer.identifiers());
        var taken = new ArrayList<FieldProblem>();
        var identifiers = customer.identifiers();
        for (int i = 0; i < identifiers.size(); i++) {
            var owner = owners.get(identifiers.get(i));
            if (owner != null && !owner.equals(customer.id())) {
                taken.add(new FieldProblem("identifiers[" + i + "]", FieldProblem.TAKEN,
                        describe(identifiers.get(i)) + " is registered to customer " + owner));
            }
        }
        if (!taken.isEmpty()) {
            return new Refused(Refusal.CONFLICT, taken);
        }
        // false only when another org registered this id since orgOf() above: it is theirs now
        return customers.save(customer) ? new RegistrationOutcome.Saved(holder.isEmpty()) : otherOrgs(customer);
    }

    private static Refused otherOrgs(Customer customer) {
        return Refused.because(Refusal.FORBIDDEN, "customerId", FieldProblem.OTHER_ORG,
                "customer " + customer.id() + " belongs to another org");
    }

    private static String describe(CustomerIdentifier identifier) {
        return identifier.name().name().toLowerCase(java.util.Locale.ROOT) + " " + identifier.value() + " on "
                + identifier.source() + (identifier.account().isDefault() ? "" : " account " + identifier.account().value());
    }
}
