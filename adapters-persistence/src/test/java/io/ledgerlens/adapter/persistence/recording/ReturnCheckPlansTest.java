package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static io.ledgerlens.domain.testdata.BillBuilder.aLineItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The return check reads its bills on plans made once, by the bills' indexes and nested loops, once the ledger has been
 * analysed with a hundred bills or more (below that the bills' primary key may be walked for the org, a page or two, until
 * the next analyse remakes the plan), and leaves the transaction's planner settings as it found them: the statements
 * after it (the chain's head) are planned as they were before.
 */
class ReturnCheckPlansTest {

    private static final OrgId ORG = OrgId.of(73);
    private static final CustomerId CUSTOMER = CustomerId.of(7301);
    private static final String SETTINGS_NOW = "select current_setting('plan_cache_mode') || ' ' || current_setting('enable_seqscan')";

    @ParameterizedTest
    @EnumSource(Pipeline.Sending.class)
    void a_return_check_leaves_the_planner_settings_it_found(Pipeline.Sending sending) {
        var store = PostgresDatabase.storeOn(PostgresDatabase.freshLedger().service());
        var key = new ReturnableBills.BillKey(ORG.value(), EventSubject.customer(CUSTOMER), "B-1");
        var settingsAfter = store.write(TenantFence.of(ORG), dsl -> {
            dsl.execute("select set_config('plan_cache_mode', 'force_custom_plan', true)");
            var pipeline = new Pipeline(sending);
            var bills = ReturnableBills.queue(pipeline, List.of(key), DatabaseKind.POSTGRESQL);
            assertThat(bills.read(pipeline.send(dsl))).containsOnlyKeys(key);
            return dsl.fetchValue(SETTINGS_NOW, String.class);
        });
        assertThat(settingsAfter).isEqualTo("force_custom_plan on");
    }

    /**
     * A generic plan is made once and kept until an analyse of its tables (the service's first after 1,000 events,
     * then each time they double): made while the ledger is small, a scan looks cheapest, and stayed as the ledger
     * grew. Their generic plans, left to PostgreSQL's own settings, scanned the bill table or the org's events.
     */
    @ParameterizedTest(name = "{0} bills")
    @ValueSource(ints = {100, 2000})
    void on_an_analysed_ledger_both_reads_are_planned_by_the_bills_indexes(int bills) {
        var ledger = PostgresDatabase.freshLedger();
        var recorder = new JooqRecordLedger(PostgresDatabase.storeOn(ledger.service()));
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(ORG, "Plans", ZoneId.of("UTC"), true));
        new Subjects(new JooqRegistration(PostgresDatabase.storeOn(ledger.service())))
                .register(Customer.register(CUSTOMER, ORG, "P", "L", List.of()));
        var ids = recorder.nextEventLogIds(bills);
        var purchases = new ArrayList<LedgerEvent>();
        for (int i = 0; i < ids.size(); i++) {
            purchases.add(LedgerEventBuilder.aTransactionAdd().id(ids.get(i).value()).org(ORG)
                    .subject(EventSubject.customer(CUSTOMER)).uniqueId("p" + i).referenceId("B-" + i)
                    .bill(aBill().number("B-" + i).lineItems(aLineItem(1)).allocations(regular("1.0"))).build());
        }
        new EventAppends(recorder).appendAll(purchases);
        PostgresDatabase.storeOn(ledger.owner()).write(TenantFence.none(), dsl -> dsl.execute("analyze"));

        assertReadsGoByTheBillsIndexes(plansOfBothReads(ledger));
    }

    /** The plans the reads get under the settings the return check sends before them (generic: their values unseen). */
    private static List<String> plansOfBothReads(PostgresDatabase.Ledger ledger) {
        return PostgresDatabase.storeOn(ledger.service()).write(TenantFence.of(ORG), dsl -> {
            dsl.execute(ReturnableBills.Reads.ON_POSTGRESQL.plannedSo());
            dsl.execute("prepare purchases as " + numbered(ReturnableBills.Reads.ON_POSTGRESQL.purchases()));
            dsl.execute("prepare returns as " + numbered(ReturnableBills.Reads.ON_POSTGRESQL.returns()));
            var purchasesPlan = dsl.fetch("explain execute purchases('{B-7}', " + ORG.value() + ", 'ReturnBill')").format();
            var returnsPlan = dsl.fetch("explain execute returns('{B-7}', " + ORG.value() + ", 'ReturnBill')").format();
            dsl.execute("deallocate purchases");
            dsl.execute("deallocate returns");
            return List.of(purchasesPlan, returnsPlan);
        });
    }

    private static void assertReadsGoByTheBillsIndexes(List<String> plans) {
        assertThat(plans.get(0)).contains("bill_number_idx", "bill_number)::text = (n.bill_number)::text))")
                .doesNotContain("Seq Scan", "Hash", "Merge Join");
        assertThat(plans.get(1)).contains("bill_returned_idx", "return_bill_id)::text = (n.bill_number)::text))")
                .doesNotContain("Seq Scan", "Hash", "Merge Join");
        plans.forEach(plan -> assertThat(plan).containsPattern("Index Scan using \\w+ on ledger_event e")
                .containsPattern("Index Scan using \\w+ on line_item l"));
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
