package io.ledgerlens.adapter.persistence.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The return check reads its bills on generic plans, and leaves the transaction's plan cache mode as it found it: the
 * statements after it (the chain's head) are planned as they were before.
 */
class ReturnCheckPlansTest {

    private static final OrgId ORG = OrgId.of(73);

    @ParameterizedTest
    @EnumSource(Pipeline.Sending.class)
    void a_return_check_leaves_the_plan_cache_mode_it_found(Pipeline.Sending sending) {
        var store = LedgerStore.on(PostgresDatabase.freshLedger().service());
        var key = new ReturnableBills.BillKey(ORG.value(), EventSubject.customer(CustomerId.of(7301)), "B-1");
        var modeAfter = store.write(TenantFence.of(ORG), dsl -> {
            dsl.execute("select set_config('plan_cache_mode', 'force_custom_plan', true)");
            var pipeline = new Pipeline(sending);
            var bills = ReturnableBills.queue(pipeline, List.of(key));
            assertThat(bills.read(pipeline.send(dsl))).containsOnlyKeys(key);
            return dsl.fetchValue("select current_setting('plan_cache_mode')", String.class);
        });
        assertThat(modeAfter).isEqualTo("force_custom_plan");
    }
}
