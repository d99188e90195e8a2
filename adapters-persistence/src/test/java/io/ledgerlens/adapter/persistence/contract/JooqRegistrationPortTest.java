package io.ledgerlens.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.contract.RegistrationPortContract;
import io.ledgerlens.application.contract.RegistryPorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The jOOQ registration adapter on a real PostgreSQL, held to the same contract as the in-memory fake. */
class JooqRegistrationPortTest extends RegistrationPortContract {

    @Override
    protected RegistryPorts freshRegistry() {
        return JooqRegistry.onFreshDatabase();
    }

    /** Each registration waits inside for all the others to be inside too: it can only if none waits for another. */
    @Test
    void registrations_of_one_org_naming_no_common_key_run_side_by_side() throws InterruptedException, ExecutionException {
        var org = aRegisteredOrg();
        var inside = new CountDownLatch(4);
        var attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 1; i <= 4; i++) {
            var keys = Set.of("customer " + (org.value() * 100 + i), "mobile 49153" + i);
            attempts.add(() -> ports.registration().inOrg(org, keys, registry -> {
                inside.countDown();
                return await(inside);
            }));
        }
        assertThat(runTogether(attempts)).containsOnly(true).hasSize(4);
    }

    @Test
    void a_registration_naming_more_keys_than_locks_allow_takes_the_whole_org() throws InterruptedException, ExecutionException {
        var org = aRegisteredOrg();
        var bulk = IntStream.rangeClosed(1, 65).mapToObj(i -> "customer " + (org.value() * 1000 + i))
                .collect(java.util.stream.Collectors.toSet());
        var inside = new CountDownLatch(2);
        List<Callable<Boolean>> attempts = List.of(
                () -> ports.registration().inOrg(org, bulk, registry -> {
                    inside.countDown();
                    return await(inside);
                }),
                () -> ports.registration().inOrg(org, Set.of("customer " + (org.value() * 1000 + 999)), registry -> {
                    inside.countDown();
                    return await(inside);
                }));
        assertThat(runTogether(attempts)).as("one of the two waited for the other").containsOnlyOnce(true);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(3, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
