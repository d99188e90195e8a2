package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.BILL;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static io.ledgerlens.adapter.persistence.schema.Tables.LINE_ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.StatementCounter;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.contract.Subjects;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On one PostgreSQL the inserts a transaction queues next to each other travel as one statement
 * ({@link Pipeline#insert}); the ledger's checks still see every row of it, and still refuse what they refused
 * one statement at a time.
 */
class InsertsAsOneStatementTest {

    private static final OrgId ORG = OrgId.of(73);
    private static final long CUSTOMER = 7301;

    private final StatementCounter counter = new StatementCounter();
    private LedgerStore store;

    @BeforeEach
    void openALedgerWithOneCustomer() {
        Assumptions.assumeTrue(PostgresDatabase.kind() == DatabaseKind.POSTGRESQL, "Citus gets a statement a table");
        var ledger = PostgresDatabase.freshLedger();
        store = PostgresDatabase.storeOn(counter.counting(ledger.service()));
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(ORG, "One statement", ZoneId.of("UTC"), true));
        new Subjects(new JooqRegistration(PostgresDatabase.storeOn(ledger.service())))
                .register(Customer.register(CustomerId.of(CUSTOMER), ORG, "O", "S", List.of()));
    }

    @Test
    void an_event_its_bill_and_its_lines_are_written_by_one_statement_and_all_stored() {
        var trips = counter.sentDuring(() -> write(Pipeline.Sending.TOGETHER, anEvent(1), aBill(1), aLine(1)));
        assertThat(trips).hasSize(2); // the fence, then the inserts
        assertThat(trips.get(1)).startsWith("with w0 as (insert into ledger_event").contains("w1 as (insert into bill")
                .doesNotContain(";");
        assertThat(count("select count(*) from line_item where org_id = 73 and event_log_id = 1")).isEqualTo(1);
    }

    @Test
    void a_line_whose_bill_is_in_no_part_of_the_statement_is_refused_and_nothing_is_written() {
        // The check of migration V11 runs when the whole statement ends: it sees the event, and no bill.
        assertThatThrownBy(() -> write(Pipeline.Sending.TOGETHER, anEvent(2), aLine(2)))
                .isInstanceOf(LedgerUnavailableException.class).hasStackTraceContaining("a line item names no bill of its org");
        assertThat(count("select count(*) from ledger_event where org_id = 73 and event_log_id = 2")).isZero();
    }

    @Test
    void sent_one_by_one_the_statements_stay_apart_so_that_a_refusal_can_name_its_table() {
        var trips = counter.sentDuring(() -> write(Pipeline.Sending.ONE_BY_ONE, anEvent(3), aBill(3), aLine(3)));
        assertThat(trips).hasSize(4).noneMatch(sql -> sql.startsWith("with"));
        assertThat(count("select count(*) from line_item where org_id = 73 and event_log_id = 3")).isEqualTo(1);
    }

    private void write(Pipeline.Sending sending, RowBatch... batches) {
        store.write(TenantFence.of(List.of(ORG)), dsl -> {
            var pipeline = new Pipeline(sending);
            for (var batch : batches) {
                batch.queueIn(pipeline);
            }
            return pipeline.send(dsl);
        });
    }

    private long count(String sql) {
        return store.read(TenantFence.of(List.of(ORG)), dsl -> (Long) Pipeline.readAlone(dsl, sql).get(0)[0]);
    }

    private static RowBatch anEvent(long id) {
        return new RowBatch(LEDGER_EVENT, LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_NAME,
                LEDGER_EVENT.CUSTOMER_ID, LEDGER_EVENT.EVENT_REFERENCE_ID, LEDGER_EVENT.UNIQUE_ID, LEDGER_EVENT.EVENT_TIME)
                .add(id, ORG.value(), "TransactionAdd", CUSTOMER, "B" + id, "u" + id, Instant.parse("2026-12-06T10:00:00Z"));
    }

    private static RowBatch aBill(long event) {
        var ten = new BigDecimal("10.00");
        return new RowBatch(BILL, BILL.ORG_ID, BILL.EVENT_LOG_ID, BILL.BILL_NUMBER, BILL.GROSS_AMOUNT, BILL.DISCOUNT,
                BILL.BILL_AMOUNT, BILL.SOURCE, BILL.BILL_DATE)
                .add(ORG.value(), event, "B" + event, ten, BigDecimal.ZERO, ten, "INSTORE", Instant.parse("2026-12-06T10:00:00Z"));
    }

    private static RowBatch aLine(long event) {
        return new RowBatch(LINE_ITEM, LINE_ITEM.ORG_ID, LINE_ITEM.LINE_ITEM_ID, LINE_ITEM.EVENT_LOG_ID,
                LINE_ITEM.POSITION, LINE_ITEM.ITEM_CODE, LINE_ITEM.GROSS_AMOUNT, LINE_ITEM.DISCOUNT, LINE_ITEM.AMOUNT,
                LINE_ITEM.RATE, LINE_ITEM.QTY)
                .add(ORG.value(), event * 10, event, 0, "SKU", BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN,
                        BigDecimal.ONE);
    }
}
