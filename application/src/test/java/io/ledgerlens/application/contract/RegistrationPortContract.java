package io.ledgerlens.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.application.port.out.registration.Registry;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@code RegistrationPort} must do: one transaction per registration, serialized; and of
 * the operator's {@code OrgTreePort}: one change of the tree at a time.
 */
public abstract class RegistrationPortContract extends RegistrySuite {

    @Test
    void what_one_registration_writes_is_there_together_afterwards() {
        var org = aRegisteredOrg();
        var customer = CustomerId.of(org.value() * 100 + 1);
        writeIn(org, registry -> {
            registry.orgs().changeSettings(Org.root(org, "Together", ZoneId.of("Asia/Tokyo"), true));
            registry.customers().save(Customer.register(customer, org, "A", "B", List.of()));
        });
        assertThat(this.<Optional<Org>>read(orgs -> orgs.find(org))).get().extracting(Org::name).isEqualTo("Together");
        assertThat(this.<Optional<Customer>>in(org, registry -> registry.customers().find(customer))).isPresent();
    }

    @Test
    void a_registration_whose_work_fails_writes_nothing() {
        var org = aRegisteredOrg();
        var customer = CustomerId.of(org.value() * 100 + 1);
        assertThatThrownBy(() -> ports.registration().inOrg(org, registry -> {
            registry.orgs().changeSettings(Org.root(org, "Half done", ZoneId.of("UTC"), false));
            registry.customers().save(Customer.register(customer, org, "A", "B", List.of()));
            throw new IllegalStateException("the work fails after writing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(this.<Optional<Org>>read(orgs -> orgs.find(org))).get().extracting(Org::name).isEqualTo("Org " + org);
        assertThat(this.<Optional<Customer>>in(org, registry -> registry.customers().find(customer))).isEmpty();
    }

    @Test
    void registrations_in_one_org_run_one_at_a_time_so_a_checked_identifier_stays_free_until_written()
            throws InterruptedException, ExecutionException {
        var org = aRegisteredOrg();
        assertThat(eightCustomersClaimingOneMobile(org, "4915100000", (customer, work) -> ports.registration().inOrg(org, work)))
                .containsOnlyOnce(true).hasSize(8);
    }

    @Test
    void registrations_naming_a_common_key_run_one_at_a_time_so_a_checked_identifier_stays_free_until_written()
            throws InterruptedException, ExecutionException {
        var org = aRegisteredOrg();
        assertThat(eightCustomersClaimingOneMobile(org, "4915200000", (customer, work) -> ports.registration()
                .inOrg(org, Set.of("customer " + customer.id(), "mobile " + customer.identifiers().get(0).value()), work)))
                .containsOnlyOnce(true).hasSize(8);
    }

    /** Whether each of eight customers got the mobile, each registered by {@code registering} if it was still free. */
    private List<Boolean> eightCustomersClaimingOneMobile(OrgId org, String prefix,
            BiFunction<Customer, Function<Registry, Boolean>, Boolean> registering) throws InterruptedException, ExecutionException {
        var mobile = CustomerIdentifier.of(IdentifierName.MOBILE, prefix + org.value() % 100, Source.INSTORE);
        var attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 1; i <= 8; i++) {
            var customer = Customer.register(CustomerId.of(org.value() * 100 + i), org, "", "", List.of(mobile));
            attempts.add(() -> registering.apply(customer, registry -> {
                if (!registry.customers().ownersOf(org, List.of(mobile)).isEmpty()) {
                    return false;
                }
                pause();
                return registry.customers().save(customer);
            }));
        }
        return runTogether(attempts);
    }

    @Test
    void a_registration_of_the_whole_org_never_runs_beside_one_naming_keys() throws InterruptedException, ExecutionException {
        var org = aRegisteredOrg();
        var keyedInside = new AtomicInteger();
        var attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 1; i <= 6; i++) {
            var key = Set.of("customer " + (org.value() * 100 + i));
            attempts.add(() -> ports.registration().inOrg(org, key, registry -> {
                keyedInside.incrementAndGet();
                pause();
                keyedInside.decrementAndGet();
                return true;
            }));
            attempts.add(() -> ports.registration().inOrg(org, registry -> {
                var aloneBefore = keyedInside.get() == 0;
                pause();
                return aloneBefore && keyedInside.get() == 0;
            }));
        }
        assertThat(runTogether(attempts)).containsOnly(true).hasSize(12);
    }

    @Test
    void org_tree_changes_run_one_at_a_time_so_two_orgs_never_become_each_others_parent()
            throws InterruptedException, ExecutionException {
        var attempts = new ArrayList<Callable<Boolean>>();
        var pairs = new ArrayList<List<OrgId>>();
        for (int pair = 0; pair < 4; pair++) {
            var first = aRegisteredOrg();
            var second = aRegisteredOrg();
            pairs.add(List.of(first, second));
            attempts.add(connecting(first, second));
            attempts.add(connecting(second, first));
        }
        assertThat(runTogether(attempts).stream().filter(connected -> connected)).hasSize(4);
        for (var pair : pairs) {
            var parents = pair.stream().map(org -> read(orgs -> orgs.find(org)).orElseThrow().parent())
                    .filter(java.util.Optional::isPresent).toList();
            assertThat(parents).as("exactly one of %s is the other's child", pair).hasSize(1);
        }
    }

    /** Connects {@code child} under {@code parent} unless that would make a cycle; says whether it did. */
    private Callable<Boolean> connecting(OrgId child, OrgId parent) {
        return () -> ports.tree().inOrgTree(orgs -> {
            var found = orgs.find(child).orElseThrow();
            if (found.parent().isPresent() || orgs.ancestorsOf(parent).contains(child)) {
                return false;
            }
            pause();
            orgs.moveInTree(found.connectedTo(parent));
            return true;
        });
    }

    protected static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    protected static List<Boolean> runTogether(List<Callable<Boolean>> attempts) throws InterruptedException, ExecutionException {
        var pool = Executors.newFixedThreadPool(attempts.size());
        try {
            var start = new CountDownLatch(1);
            var running = new ArrayList<Future<Boolean>>();
            for (var attempt : attempts) {
                running.add(pool.submit(() -> {
                    start.await();
                    return attempt.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<Boolean>();
            for (var result : running) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
