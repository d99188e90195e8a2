package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static io.ledgerlens.domain.testdata.BillBuilder.aLineItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.contract.Subjects;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The return check reads its bills on plans made for their values, by the bills' indexes, and leaves the transaction's
 * plan cache mode as it found it: the statements after it (the chain's head) are planned as they were before.
 */
class ReturnCheckPlansTest {

    private static final OrgId ORG = OrgId.of(73);
    private static final CustomerId CUSTOMER = CustomerId.of(7301);

    @ParameterizedTest
    @EnumSource(Pipeline.Sending.class)
    void a_return_check_leaves_the_plan_cache_mode_it_found(Pipeline.Sending sending) {
        var store = PostgresDatabase.storeOn(PostgresDatabase.freshLedger().service());
        var key = new ReturnableBills.BillKey(ORG.value(), EventSubject.customer(CustomerId.of(7301)), "B-1");
        var modeAfter = store.write(TenantFence.of(ORG), dsl -> {
            dsl.execute("select set_config('plan_cache_mode', 'force_generic_plan', true)");
            var pipeline = new Pipeline(sending);
            var bills = ReturnableBills.queue(pipeline, List.of(key));
            assertThat(bills.read(pipeline.send(dsl))).containsOnlyKeys(key);
            return dsl.fetchValue("select current_setting('plan_cache_mode')", String.class);
        });
        assertThat(modeAfter).isEqualTo("force_generic_plan");
    }

    /**
     * Their generic plans scanned the bill table or the org's events (this ledger's generic plan for the purchases:
     * a scan of {@code ledger_event}); planned for their values, both go by the bills' indexes.
     */
    @Test
    void on_a_ledger_of_two_thousand_bills_both_reads_go_by_the_bills_indexes() {
        var ledger = PostgresDatabase.freshLedger();
        var recorder = new JooqRecordLedger(PostgresDatabase.storeOn(ledger.service()));
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(ORG, "Plans", ZoneId.of("UTC"), true));
        new Subjects(new JooqRegistration(PostgresDatabase.storeOn(ledger.service())))
                .register(Customer.register(CUSTOMER, ORG, "P", "L", List.of()));
        var ids = recorder.nextEventLogIds(2000);
        var purchases = new ArrayList<LedgerEvent>();
        for (int i = 0; i < ids.size(); i++) {
            purchases.add(LedgerEventBuilder.aTransactionAdd().id(ids.get(i).value()).org(ORG)
                    .subject(EventSubject.customer(CUSTOMER)).uniqueId("p" + i).referenceId("B-" + i)
                    .bill(aBill().number("B-" + i).lineItems(aLineItem(1)).allocations(regular("1.0"))).build());
        }
        new EventAppends(recorder).appendAll(purchases);
        PostgresDatabase.storeOn(ledger.owner()).write(TenantFence.none(), dsl -> dsl.execute("analyze"));

        var plans = PostgresDatabase.storeOn(ledger.service()).write(TenantFence.of(ORG), dsl -> {
            dsl.execute("set local plan_cache_mode = force_custom_plan");
            dsl.execute("prepare purchases as " + numbered(ReturnableBills.PURCHASES));
            dsl.execute("prepare returns as " + numbered(ReturnableBills.RETURNS));
            var purchasesPlan = dsl.fetch("explain execute purchases(" + ORG.value() + ", '{B-7}', 'ReturnBill')").format();
            var returnsPlan = dsl.fetch("explain execute returns(" + ORG.value() + ", '{B-7}', 'ReturnBill')").format();
            dsl.execute("deallocate purchases");
            dsl.execute("deallocate returns");
            return List.of(purchasesPlan, returnsPlan);
        });
        assertThat(plans.get(0)).contains("bill_number_idx").doesNotContain("Seq Scan on bill");
        assertThat(plans.get(1)).contains("bill_returned_idx").doesNotContain("Seq Scan on bill");
    }

    private static String numbered(String sql) {
        var numbered = new StringBuilder();
        int next = 1;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                numbered.append('$').append(next++);
            } else {
                numbered.append(c);
            }
        }
        return numbered.toString();
    }
}
