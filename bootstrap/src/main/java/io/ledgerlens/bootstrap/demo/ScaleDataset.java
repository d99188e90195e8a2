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

    /**
     * {@code orgs} orgs numbered from {@code firstOrg} (the root; the others are its children).
     *
     * @param firstOrg the root org's id; the children take the ids after it
     * @param orgs how many orgs, at least one
     * @param customers how many customers in all, shared equally among the orgs (the remainder is dropped)
     * @param seed chooses the events; the same seed gives the same dataset
     * @throws IllegalArgumentException if {@code firstOrg} or {@code orgs} is below one, or there are fewer customers
     *         than orgs
     */
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

    /**
     * The id of one of the dataset's orgs.
     *
     * @param index the org's place in the dataset, from 0 (the root) to {@link #orgCount()} minus one
     * @return {@code firstOrg} plus {@code index}
     */
    public OrgId org(int index) {
        return OrgId.of(firstOrg + index);
    }

    /**
     * How many orgs the dataset spreads its customers and events over.
     *
     * @return the number of orgs, the root included
     */
    public int orgCount() {
        return orgs;
    }

    private long customerId(int org, int index) {
        return CUSTOMER_BASE + (long) org * 100_000_000L + index;
    }

    /**
     * The orgs of the dataset: the first a root, the others its children.
     *
     * @return the orgs to create, the root first, all in India's time zone
     */
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
     *
     * @param customers registers each org's customers, a thousand per call
     * @param groups forms each org's households, a thousand per call
     * @return how many of each were registered, and how long each kind took
     * @throws IllegalStateException at the first profile refused, naming it and why
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

    /**
     * How many customers and households {@link #recordProfiles} registered, and in how many seconds each.
     *
     * @param customers the customers registered
     * @param customerSeconds the time spent registering them
     * @param households the households formed
     * @param householdSeconds the time spent forming them
     */
    public record ProfilesRecorded(long customers, double customerSeconds, long households, double householdSeconds) {

        /**
         * The customers' registration rate, for the generator's report.
         *
         * @return customers per second
         */
        public double customersPerSecond() {
            return customers / Math.max(customerSeconds, 1e-9);
        }

        /**
         * The households' registration rate, for the generator's report.
         *
         * @return households per second
         */
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

    /**
     * The mobile number registered for a customer: 91 and ten digits of its id.
     *
     * @param customerId the customer's id, as {@link #sampleCustomers()} gives it
     * @return the number, by which explode finds her
     */
    public static String mobileOf(long customerId) {
        return "91" + String.format("%010d", customerId % 10_000_000_000L);
    }

    /**
     * One generated event and the org it belongs to.
     *
     * @param orgIndex the org's place in the dataset (see {@link ScaleDataset#org(int)})
     * @param input the event as the API and the import read it
     */
    public record GeneratedEvent(int orgIndex, EventInput input) {
    }

    /**
     * The {@code n}th event of the dataset: same seed, same event.
     *
     * @param n the event's number, from 0; events are drawn from one random sequence, so the same seed gives the
     *          same events when they are asked for in order, as the generator does
     * @return the event, on one customer's ledger or, for a group purchase, on her household's
     */
    public GeneratedEvent event(long n) {
        int o = (int) (n % orgs);
        int c = random.nextInt(customersPerOrg);
        Long group = c % HOUSEHOLD_EVERY == 0 && c + 1 < customersPerOrg ? customerId(o, c) : null;
        return new GeneratedEvent(o, events.next(n, customerId(o, c), group));
    }

    /**
     * The ids of the first customers of each org, for examples.
     *
     * @return one customer id per org, in the orgs' order
     */
    public List<Long> sampleCustomers() {
        var sample = new ArrayList<Long>();
        for (int o = 0; o < orgs; o++) {
            sample.add(customerId(o, 0));
        }
        return sample;
    }
}
