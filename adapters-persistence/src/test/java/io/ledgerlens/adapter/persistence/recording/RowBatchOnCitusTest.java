package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_SECTIONS;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static io.ledgerlens.adapter.persistence.schema.Tables.PAYMENT_MODE;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A batch of rows as each kind of database is sent it: column arrays unnested on one PostgreSQL (the measured
 * form), rows of values on Citus, which refuses the unnest's insert under row-level security (it would copy the rows
 * into the shards). The rows reach PostgreSQL the same either way: the write suites on one PostgreSQL, the local
 * cluster for Citus (README, "Scaling out on Citus").
 */
class RowBatchOnCitusTest {

    private static RowBatch twoPaymentModes() {
        return new RowBatch(PAYMENT_MODE, PAYMENT_MODE.ORG_ID, PAYMENT_MODE.EVENT_LOG_ID, PAYMENT_MODE.POSITION,
                PAYMENT_MODE.MODE, PAYMENT_MODE.AMOUNT)
                .add(7L, 10L, 0, "CASH", new BigDecimal("12.50"))
                .add(7L, 10L, 1, "CARD", new BigDecimal("3"));
    }

    @Test
    void onCitusABatchIsRowsOfValuesEachCastToItsColumn() {
        var statements = twoPaymentModes().queued().statements(DatabaseKind.CITUS);

        assertThat(statements).singleElement().satisfies(statement -> {
            assertThat(statement.text()).isEqualTo("insert into payment_mode"
                    + " (org_id, event_log_id, position, mode, amount) values"
                    + " (?::bigint, ?::bigint, ?::integer, ?::text, ?::numeric), (?::bigint, ?::bigint, ?::integer, ?::text, ?::numeric)");
            assertThat(statement.binds()).containsExactly(7L, 10L, 0, "CASH", "12.50", 7L, 10L, 1, "CARD", "3");
        });
    }

    @Test
    void eventDocumentsAreWrittenAsJsonOnBothKindsOfDatabase() {
        var documents = new RowBatch(EVENT_SECTIONS, EVENT_SECTIONS.ORG_ID, EVENT_SECTIONS.EVENT_LOG_ID,
                EVENT_SECTIONS.SECTIONS).add(7L, 10L, "[[],[],[],[],[],[]]");

        assertThat(documents.queued().statements(DatabaseKind.CITUS)).singleElement().satisfies(statement -> {
            assertThat(statement.text()).isEqualTo("insert into event_sections (org_id, event_log_id, sections)"
                    + " values (?::bigint, ?::bigint, ?::json)");
            assertThat(statement.binds()).containsExactly(7L, 10L, "[[],[],[],[],[],[]]");
        });
        assertThat(documents.queued().statements(DatabaseKind.POSTGRESQL)).singleElement()
                .satisfies(statement -> assertThat(statement.text()).contains("c2::json from unnest("));
    }

    @Test
    void onOnePostgresqlTheSameBatchIsItsColumnArraysUnnested() {
        var statements = twoPaymentModes().queued().statements(DatabaseKind.POSTGRESQL);

        assertThat(statements).singleElement().satisfies(statement -> {
            assertThat(statement.text()).startsWith("insert into payment_mode").contains(" from unnest(");
            assertThat(statement.binds()).hasSize(5);
        });
    }

    @Test
    void anInstantTravelsAsTheInstantItIsOnCitus() {
        var at = Instant.parse("2026-12-06T08:00:00.123456Z");

        var statements = new RowBatch(LEDGER_EVENT, LEDGER_EVENT.EVENT_LOG_ID, LEDGER_EVENT.EVENT_TIME).add(5L, at).queued()
                .statements(DatabaseKind.CITUS);

        assertThat(statements.get(0).binds()).containsExactly(5L, at.atOffset(ZoneOffset.UTC));
    }

    @Test
    void anEmptyBatchSendsNothingToCitusButItsConstantStatementToOnePostgresql() {
        var empty = new RowBatch(PAYMENT_MODE, PAYMENT_MODE.ORG_ID, PAYMENT_MODE.EVENT_LOG_ID).queued();

        assertThat(empty.statements(DatabaseKind.CITUS)).isEmpty();
        assertThat(empty.statements(DatabaseKind.POSTGRESQL)).hasSize(1);
    }

    @Test
    void onCitusABatchOfMoreValuesThanAStatementCarriesTravelsInSeveral() {
        var batch = new RowBatch(PAYMENT_MODE, PAYMENT_MODE.ORG_ID, PAYMENT_MODE.EVENT_LOG_ID, PAYMENT_MODE.POSITION,
                PAYMENT_MODE.MODE, PAYMENT_MODE.AMOUNT);
        int rows = RowBatch.MOST_BINDS / 5 * 2 + 3;
        for (int i = 0; i < rows; i++) {
            batch.add(7L, 10L, i, "CASH", BigDecimal.ONE);
        }

        var statements = batch.queued().statements(DatabaseKind.CITUS);

        assertThat(statements).hasSize(3).allSatisfy(statement ->
                assertThat(statement.binds().size()).isLessThanOrEqualTo(RowBatch.MOST_BINDS));
        assertThat(statements.stream().mapToInt(statement -> statement.binds().size()).sum()).isEqualTo(rows * 5);
        var lastRows = statements.get(2).binds();
        assertThat(lastRows.get(lastRows.size() - 3)).as("the last row's position").isEqualTo(rows - 1);
    }
}
