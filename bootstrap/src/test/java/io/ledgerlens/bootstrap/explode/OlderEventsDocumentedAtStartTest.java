package io.ledgerlens.bootstrap.explode;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.testing.Eventually;
import io.ledgerlens.adapter.persistence.testing.PastTheLedgerGuards;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A ledger whose events have no documents (recorded before migration V24) gets them when the service starts, in the
 * background: explode reads those events from their rows until then.
 */
class OlderEventsDocumentedAtStartTest {

    @Test
    void the_service_writes_the_documents_of_events_recorded_before_them_when_it_starts() throws SQLException {
        var ledger = PostgresDatabase.freshLedger();
        try (var service = LedgerLensService.on(DemoLedgers.over(ledger), DemoLedgers.UNTHROTTLED)) {
            DemoDataset.load(service.orgTree(), service.registration(), service.recorder());
            long events = count(ledger.owner(), "select count(*) from ledger_event");
            assertThat(events).isPositive();
            assertThat(count(ledger.owner(), "select count(*) from event_sections")).isEqualTo(events);
            removeEveryDocument(ledger.owner());

            service.start("127.0.0.1", 0);

            Eventually.within(Duration.ofSeconds(30), "every event has its document again",
                    () -> uncheckedCount(ledger.owner(), "select count(*) from event_sections") == events);
        }
    }

    /** As the owner, past the append-only guard: what a ledger recorded before V24 looks like. */
    private static void removeEveryDocument(DataSource owner) throws SQLException {
        PastTheLedgerGuards.execute(owner, "delete from event_sections");
    }

    private static long uncheckedCount(DataSource owner, String sql) {
        try {
            return count(owner, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(DataSource owner, String sql) throws SQLException {
        try (var connection = owner.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
