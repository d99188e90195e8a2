package io.ledgerlens.adapter.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditOutcome;
import io.ledgerlens.domain.audit.AuditRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Failed sign-ins reach the audit log without a transaction each, and a flood the log cannot keep is counted. */
class BufferedAuditLogTest {

    private final PostgresDatabase.Ledger ledger = PostgresDatabase.freshLedger();
    private final JooqAuditLog owners = new JooqAuditLog(PostgresDatabase.storeOn(ledger.owner()));

    private static AuditRecord aFailedSignIn(int n) {
        return new AuditRecord(Instant.parse("2026-12-04T10:00:00Z").plusMillis(n),
                AuditActor.signingIn(Optional.empty(), Optional.empty(), "203.0.113." + (n % 250)), Optional.empty(),
                AuditAction.SIGN_IN_FAILED, "a till user", AuditOutcome.REFUSED, "no such credential");
    }

    @Test
    void queued_records_are_written_in_order_and_all_of_them_by_the_time_it_closes() {
        try (var buffered = new BufferedAuditLog(new JooqAuditLog(PostgresDatabase.storeOn(ledger.service())), 10_000, Clock.systemUTC())) {
            for (int n = 0; n < 1_200; n++) {
                buffered.record(aFailedSignIn(n));
            }
        }
        var written = owners.newestFirst(AuditFilter.newest(5_000));
        assertThat(written).hasSize(1_200);
        assertThat(written.get(0)).isEqualTo(aFailedSignIn(1_199));
        assertThat(written.get(1_199)).isEqualTo(aFailedSignIn(0));
    }

    @Test
    void a_flood_the_queue_cannot_hold_is_counted_and_the_count_is_written_as_a_record_of_its_own() {
        try (var buffered = new BufferedAuditLog(new JooqAuditLog(PostgresDatabase.storeOn(ledger.service())), 2, Clock.systemUTC())) {
            for (int n = 0; n < 1_000; n++) {
                buffered.record(aFailedSignIn(n));
            }
        }
        var written = owners.newestFirst(AuditFilter.newest(5_000));
        var kept = written.stream().filter(record -> record.actor().kind() == AuditActor.Kind.SIGNING_IN).count();
        var counted = written.stream().filter(record -> record.actor().kind() == AuditActor.Kind.SERVICE)
                .mapToLong(record -> Long.parseLong(Pattern.compile("^(\\d+) ").matcher(record.detail()).results()
                        .findFirst().orElseThrow().group(1)))
                .sum();
        assertThat(counted).as("some of a burst of 1,000 into a queue of 2 were counted, not kept").isPositive();
        assertThat(kept + counted).as("every failed sign-in is either in the log or in a count").isEqualTo(1_000);
    }
}
