package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegisterCustomerUseCase;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refused;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.out.registration.CustomerRepository;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Registers customers of the caller's org with their identifiers, one at a time for each id and identifier. */
public final class RegisterCustomerService implements RegisterCustomerUseCase {

    private final RegistrationPort registration;

    /**
     * A service that registers customers through {@code registration}.
     *
     * @param registration runs each registration, or each batch, as one registration in the caller's org
     */
    public RegisterCustomerService(RegistrationPort registration) {
        this.registration = Objects.requireNonNull(registration, "registration");
    }

    @Override
    public RegistrationOutcome register(OrgId caller, Customer customer) {
        return registerAll(caller, List.of(customer)).get(0);
    }

    /**
     * One transaction for the batch, and a few statements whatever its size: the ids' orgs and the identifiers'
     * owners are read at once, then each customer is checked as if the ones before it were registered already.
     */
    @Override
    public List<RegistrationOutcome> registerAll(OrgId caller, List<Customer> customers) {
        return Registrations.inCallersOrg(registration, caller, customers, Customer::orgId,
                Refused.because(Refusal.FORBIDDEN, "orgId", FieldProblem.NOT_ALLOWED, "customers are registered in the caller's org " + caller),
                Optional.of(RegisterCustomerService::keysOf),
                (registry, ours) -> new Batch(registry.customers(), caller, ours).register());
    }

    /**
     * What a registration of {@code customers} decides on: their ids and every identifier they claim. Two
     * registrations with none of these in common need not wait for each other: customers are never deleted, an
     * identifier is taken only by a registration that names it and given up only by one that names its customer,
     * so each decides as it would have one after the other, in the order they commit.
     */
    static Set<String> keysOf(List<Customer> customers) {
        var keys = new LinkedHashSet<String>();
        for (var customer : customers) {
            keys.add("customer " + customer.id().value());
            customer.identifiers().forEach(identifier -> keys.add("identifier " + identifier.name().name() + " "
                    + identifier.source().name() + " " + identifier.account().value() + " " + identifier.value()));
        }
        return keys;
    }

    /** The decisions of one batch, over what the org holds and what the batch registered before each customer. */
    private static final class Batch {

        private final CustomerRepository customers;
        private final OrgId caller;
        private final List<Customer> batch;
        private final Map<CustomerId, OrgId> holders;
        private final Map<CustomerIdentifier, CustomerId> owners;

        Batch(CustomerRepository customers, OrgId caller, List<Customer> batch) {
            this.customers = customers;
            this.caller = caller;
            this.batch = batch;
            this.holders = new HashMap<>(customers.orgsOf(batch.stream().map(Customer::id).distinct().toList()));
            this.owners = new HashMap<>(customers.ownersOf(caller,
                    batch.stream().flatMap(customer -> customer.identifiers().stream()).distinct().toList()));
        }

        List<RegistrationOutcome> register() {
            var outcomes = new ArrayList<RegistrationOutcome>(batch.size());
            var saving = new LinkedHashMap<CustomerId, Customer>();
            for (var customer : batch) {
                var outcome = decide(customer);
                outcomes.add(outcome);
                if (outcome instanceof RegistrationOutcome.Saved) {
                    // What the ones after it see: its id is the caller's, its identifiers are its own and no others.
                    holders.put(customer.id(), caller);
                    owners.values().removeIf(customer.id()::equals);
                    customer.identifiers().forEach(identifier -> owners.put(identifier, customer.id()));
                    saving.remove(customer.id());
                    saving.put(customer.id(), customer);
                }
            }
            // Only when another org registered one of these ids since orgsOf() above: it is theirs now.
            var theirs = customers.saveAll(List.copyOf(saving.values()));
            for (int i = 0; i < batch.size(); i++) {
                if (theirs.contains(batch.get(i).id()) && outcomes.get(i) instanceof RegistrationOutcome.Saved) {
                    outcomes.set(i, otherOrgs(batch.get(i)));
                }
            }
            return outcomes;
        }

        private RegistrationOutcome decide(Customer customer) {
            var holder = Optional.ofNullable(holders.get(customer.id()));
            if (holder.isPresent() && !holder.get().equals(caller)) {
                return otherOrgs(customer);
            }
            var taken = new ArrayList<FieldProblem>();
            var identifiers = customer.identifiers();
            for (int i = 0; i < identifiers.size(); i++) {
                var owner = owners.get(identifiers.get(i));
                if (owner != null && !owner.equals(customer.id())) {
                    taken.add(new FieldProblem("identifiers[" + i + "]", FieldProblem.TAKEN,
                            describe(identifiers.get(i)) + " is registered to customer " + owner));
                }
            }
            return taken.isEmpty() ? new RegistrationOutcome.Saved(holder.isEmpty()) : new Refused(Refusal.CONFLICT, taken);
        }
    }

    private static Refused otherOrgs(Customer customer) {
        return Refused.because(Refusal.FORBIDDEN, "customerId", FieldProblem.OTHER_ORG,
                "customer " + customer.id() + " belongs to another org");
    }

    private static String describe(CustomerIdentifier identifier) {
        return identifier.name().name().toLowerCase(Locale.ROOT) + " " + identifier.value() + " on "
                + identifier.source() + (identifier.account().isDefault() ? "" : " account " + identifier.account().value());
    }
}
