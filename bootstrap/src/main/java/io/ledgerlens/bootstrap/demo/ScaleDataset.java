package io.ledgerlens.bootstrap.demo;

import io.ledgerlens.adapter.web.recording.EventInput;
import io.ledgerlens.application.port.in.registration.FormUserGroupUseCase;
import io.ledgerlens.application.port.in.registration.RegisterCustomerUseCase;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A reproducible dataset of any size: connected orgs (the first is the
 * parent of the others), their customers with mobile and email, households
 * of two, and events of every kind spread over them.
 */
public final class ScaleDataset {

    /** Every 20th customer forms a household with the next one. */
    private static final int HOUSEHOLD_EVERY = 20;
    private static final long CUSTOMER_BASE = 20_000_000_000L;
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final long firstOrg;
    private final int orgs;
    private final int customersPerOrg;
    private final Random random;
    private final GeneratedEvents events;

    /** {@code orgs} orgs numbered from {@code firstOrg} (the root; the others are its children). */
    public ScaleDataset(long firstOrg, int orgs, int customers, long seed) {
        if (firstOrg < 1 || orgs < 1 || customers < orgs) {
            throw new IllegalArgumentException("a positive first org id, at least one org, and at least one customer per org");
        }
        this.firstOrg = firstOrg;
        this.orgs = orgs;
        this.customersPerOrg = customers / orgs;
        this.random = new Random(seed ^ 0x5DEECE66DL);
        this.events = new GeneratedEvents(seed);
    }

    public OrgId org(int index) {
        return OrgId.of(firstOrg + index);
    }

    public int orgCount() {
        return orgs;
    }

    private long customerId(int org, int index) {
        return CUSTOMER_BASE + (long) org * 100_000_000L + index;
    }

    /** The orgs of the dataset: the first a root, the others its children. */
    public List<Org> orgsToCreate() {
        var created = new ArrayList<Org>();
        for (int o = 0; o < orgs; o++) {
            created.add(o == 0 ? Org.root(org(0), "Scale Retail", INDIA, true)
                    : Org.childOf(org(0), org(o), "Scale Outlet " + o, INDIA, true));
        }
        return created;
    }

    /** Registrations per transaction: a bulk load pays one commit and one org lock per batch, not per customer. */
    private static final int PROFILES_PER_BATCH = 1_000;

    /**
     * Registers the customers and households (the profiles events need) through the registration use cases, under
     * their rules (an identifier taken, a member of another org: refused, and reported); the orgs must exist.
     */
    public ProfilesRecorded recordProfiles(RegisterCustomerUseCase customers, FormUserGroupUseCase groups) {
        long customersWritten = 0;
        long householdsWritten = 0;
        long customerNanos = 0;
        long householdNanos = 0;
        for (int o = 0; o < orgs; o++) {
            var org = org(o);
            var profiles = new ArrayList<Customer>();
            for (int c = 0; c < customersPerOrg; c++) {
                var id = customerId(o, c);
                profiles.add(Customer.register(CustomerId.of(id), org, "Customer", Long.toString(id), List.of(
                        CustomerIdentifier.of(IdentifierName.MOBILE, mobileOf(id), Source.INSTORE),
                        CustomerIdentifier.of(IdentifierName.EMAIL, "c" + id + "@example.com", Source.WEBSITE))));
            }
            var households = new ArrayList<UserGroup>();
            for (int c = 0; c + 1 < customersPerOrg; c += HOUSEHOLD_EVERY) {
                var primary = CustomerId.of(customerId(o, c));
                households.add(UserGroup.form(UserGroupId.of(customerId(o, c)), org, "HH-" + customerId(o, c), "Household",
                        primary, List.of(primary, CustomerId.of(customerId(o, c + 1)))));
            }
            var started = System.nanoTime();
            inBatches(profiles, batch -> customers.registerAll(org, batch));
            var registered = System.nanoTime();
            inBatches(households, batch -> groups.formAll(org, batch));
            customerNanos += registered - started;
            householdNanos += System.nanoTime() - registered;
            customersWritten += profiles.size();
            householdsWritten += households.size();
        }
        return new ProfilesRecorded(customersWritten, customerNanos / 1e9, householdsWritten, householdNanos / 1e9);
    }

    /** How many customers and households {@link #recordProfiles} registered, and in how many seconds each. */
    public record ProfilesRecorded(long customers, double customerSeconds, long households, double householdSeconds) {

        public double customersPerSecond() {
            return customers / Math.max(customerSeconds, 1e-9);
        }

        public double householdsPerSecond() {
            return households / Math.max(householdSeconds, 1e-9);
        }
    }

    private static <T> void inBatches(List<T> items, Function<List<T>, List<RegistrationOutcome>> register) {
        for (int from = 0; from < items.size(); from += PROFILES_PER_BATCH) {
            var batch = items.subList(from, Math.min(items.size(), from + PROFILES_PER_BATCH));
            var outcomes = register.apply(batch);
            for (int i = 0; i < outcomes.size(); i++) {
                if (!(outcomes.get(i) instanceof RegistrationOutcome.Saved)) {
                    throw new IllegalStateException("the generator's " + batch.get(i) + " was not registered: " + outcomes.get(i));
                }
            }
        }
    }

    /** The mobile number registered for a customer: 91 and ten digits of its id. */
    public static String mobileOf(long customerId) {
        return "91" + String.format("%010d", customerId % 10_000_000_000L);
    }

    /** One generated event and the org it belongs to. */
    public record GeneratedEvent(int orgIndex, EventInput input) {
    }

    /** The {@code n}th event of the dataset: same seed, same event. */
    public GeneratedEvent event(long n) {
        int o = (int) (n % orgs);
        int c = random.nextInt(customersPerOrg);
        Long group = c % HOUSEHOLD_EVERY == 0 && c + 1 < customersPerOrg ? customerId(o, c) : null;
        return new GeneratedEvent(o, events.next(n, customerId(o, c), group));
    }

    /** The ids of the first customers of each org, for examples. */
    public List<Long> sampleCustomers() {
        var sample = new ArrayList<Long>();
        for (int o = 0; o < orgs; o++) {
            sample.add(customerId(o, 0));
        }
        return sample;
    }
}
