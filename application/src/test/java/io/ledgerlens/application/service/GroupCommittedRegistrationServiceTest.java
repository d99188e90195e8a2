package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegisterCustomerUseCase;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.out.LedgerRefusedException;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.port.out.registration.Registry;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommittedRegistrationServiceTest extends RegistrationServicesFixture {

    /** A customer holding a value the store refuses: any transaction that registers it is refused whole. */
    private static final CustomerId REFUSED_BY_THE_STORE = CustomerId.of(6666);

    /** The store's all-or-nothing refusal, as PostgreSQL's: the transaction naming the customer writes nothing. */
    private final RegistrationPort refusingStore = new RegistrationPort() {
        @Override
        public <T> T inOrg(OrgId org, Function<Registry, T> work) {
            return ledger.inOrg(org, work);
        }

        @Override
        public <T> T inOrg(OrgId org, Set<String> keys, Function<Registry, T> work) {
            if (keys.contains("customer " + REFUSED_BY_THE_STORE.value())) {
                throw new LedgerRefusedException(LedgerRefusedException.Part.IDENTIFIERS, null);
            }
            return ledger.inOrg(org, keys, work);
        }
    };
    /** The batches handed to the registration service, by size. */
    private final List<Integer> groups = new CopyOnWriteArrayList<>();
    /** Lets the first group stand until the test opens it, so that others queue behind it. */
    private final CountDownLatch firstGroupMayGo = new CountDownLatch(1);
    private final RegisterCustomerService alone = new RegisterCustomerService(refusingStore);
    private final GroupCommittedRegistrationService service = new GroupCommittedRegistrationService(new RegisterCustomerUseCase() {
        @Override
        public RegistrationOutcome register(OrgId caller, Customer customer) {
            throw new AssertionError("single registrations are registered as groups");
        }

        @Override
        public List<RegistrationOutcome> registerAll(OrgId caller, List<Customer> customers) {
            groups.add(customers.size());
            if (groups.size() == 1) {
                TillsAtOnce.await(firstGroupMayGo);
            }
            return alone.registerAll(caller, customers);
        }
    }, 200, 1);
    private final TillsAtOnce tills = new TillsAtOnce();

    @AfterEach
    void stopSending() {
        firstGroupMayGo.countDown();
        tills.close();
    }

    private static Customer withMobile(long id, String mobile) {
        return Customer.register(CustomerId.of(id), PARENT, "New", "Customer",
                List.of(CustomerIdentifier.of(IdentifierName.MOBILE, mobile, Source.INSTORE)));
    }

    private boolean isRegistered(long id) {
        return registered(registry -> registry.customers().find(CustomerId.of(id))).isPresent();
    }

    @Test
    void a_customer_alone_is_registered_at_once_as_a_group_of_one() {
        firstGroupMayGo.countDown();
        assertSaved(service.register(PARENT, withMobile(7001, "917000000001")), true);
        assertThat(groups).containsExactly(1);
        assertThat(isRegistered(7001)).isTrue();
    }

    @Test
    void customers_arriving_while_a_group_is_registered_are_registered_together_next_each_with_its_own_outcome()
            throws Exception {
        var queued = new ArrayList<Customer>();
        for (int i = 1; i <= 6; i++) {
            queued.add(withMobile(7100 + i, "91710000000" + i));
        }
        queued.add(withMobile(7107, "917100000003"));

        var answered = behindAStandingGroup(withMobile(7100, "917100000000"), queued);
        assertThat(groups).containsExactly(1, 7);
        answered.subList(0, 6).forEach(outcome -> assertSaved(outcome, true));
        assertRefused(answered.get(6), Refusal.CONFLICT, tuple("identifiers[0]", FieldProblem.TAKEN));
        assertThat(isRegistered(7107)).isFalse();
    }

    @Test
    void a_value_the_store_refuses_is_refused_for_its_own_customer_only_and_the_rest_of_its_group_is_registered()
            throws Exception {
        var queued = new ArrayList<Customer>();
        for (int i = 1; i <= 6; i++) {
            queued.add(i == 4 ? withMobile(REFUSED_BY_THE_STORE.value(), "917200000004") : withMobile(7200 + i, "91720000000" + i));
        }

        var answered = behindAStandingGroup(withMobile(7200, "917200000000"), queued);
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                assertRefused(answered.get(i), Refusal.INVALID, tuple("identifiers", FieldProblem.INVALID));
            } else {
                assertSaved(answered.get(i), true);
                assertThat(isRegistered(7201 + i)).isTrue();
            }
        }
        assertThat(isRegistered(REFUSED_BY_THE_STORE.value())).isFalse();
        assertThat(groups.get(1)).as("the whole group was tried first").isEqualTo(6);
    }

    @Test
    void a_batch_keeps_its_own_rule_a_value_the_store_refuses_refuses_all_of_it() {
        firstGroupMayGo.countDown();
        var outcomes = service.registerAll(PARENT, List.of(withMobile(7301, "917300000001"),
                withMobile(REFUSED_BY_THE_STORE.value(), "917300000002")));
        assertThat(outcomes).allSatisfy(outcome -> assertRefused(outcome, Refusal.INVALID,
                tuple("identifiers", FieldProblem.INVALID)));
        assertThat(isRegistered(7301)).isFalse();
        assertThat(groups).containsExactly(2);
    }

    private List<Future<RegistrationOutcome>> sendAll(List<Customer> customers) {
        return tills.sendAll(registering(customers));
    }

    /** Each customer's single registration in the parent org, to send from a till. */
    private List<Callable<RegistrationOutcome>> registering(List<Customer> customers) {
        return customers.stream().<Callable<RegistrationOutcome>>map(customer -> () -> service.register(PARENT, customer)).toList();
    }

    /**
     * Registers {@code first} as a group the test holds, queues {@code queued} behind it in their order, lets it go,
     * and answers the queued customers' outcomes once the first is saved.
     */
    private List<RegistrationOutcome> behindAStandingGroup(Customer first, List<Customer> queued) throws Exception {
        var standing = sendAll(List.of(first));
        awaitGroups(1);
        var outcomes = tills.queueInOrder(registering(queued), () -> service.waiting(PARENT));
        firstGroupMayGo.countDown();
        assertSaved(TillsAtOnce.outcomesOf(standing).get(0), true);
        return TillsAtOnce.outcomesOf(outcomes);
    }

    private void awaitGroups(int count) throws InterruptedException {
        TillsAtOnce.eventually(groups::size, count);
    }
}
