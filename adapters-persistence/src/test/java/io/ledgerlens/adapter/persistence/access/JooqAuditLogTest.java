package io.ledgerlens.adapter.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.AuditLogPortContract;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditOutcome;
import io.ledgerlens.domain.audit.AuditRecord;
import io.ledgerlens.domain.org.OrgId;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit log on PostgreSQL, held to the contract: the service's pool appends and the owner's connections read,
 * as in production. Beyond the contract: the service may not read it, and nobody may rewrite it.
 */
class JooqAuditLogTest extends AuditLogPortContract {

    private PostgresDatabase.Ledger ledger;

    @Override
    protected AuditLogPort freshLog() {
        ledger = PostgresDatabase.freshLedger();
        var appends = new JooqAuditLog(PostgresDatabase.storeOn(ledger.service()));
        var reads = new JooqAuditLog(PostgresDatabase.storeOn(ledger.owner()));
        return new AuditLogPort() {
            @Override
            public void record(AuditRecord record) {
                appends.record(record);
            }

            @Override
            public List<AuditRecord> newestFirst(AuditFilter filter) {
                return reads.newestFirst(filter);
            }
        };
    }

    private void recordOne() {
        log.record(new AuditRecord(Instant.parse("2026-12-04T10:00:00Z"), AuditActor.operator(), Optional.of(OrgId.of(1)),
                AuditAction.ORG_CREATED, "org 1 as a root", AuditOutcome.DONE, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"select * from audit_record", "update audit_record set detail = 'rewritten'",
            "delete from audit_record", "truncate audit_record"})
    void the_services_role_may_append_to_the_log_and_do_nothing_else_with_it(String sql) {
        recordOne();
        var service = PostgresDatabase.storeOn(ledger.service());
        assertThatThrownBy(() -> service.write(io.ledgerlens.adapter.persistence.database.TenantFence.none(), dsl -> dsl.execute(sql)))
                .isInstanceOf(LedgerUnavailableException.class).cause().hasMessageContaining("permission denied");
        assertThat(log.newestFirst(AuditFilter.newest(10))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"update audit_record set detail = 'rewritten'", "delete from audit_record", "truncate audit_record"})
    void not_even_the_owner_rewrites_the_log(String sql) throws SQLException {
        recordOne();
        try (var connection = ledger.owner().getConnection(); var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(sql)).hasMessageContaining("the audit log is append-only");
        }
        assertThat(log.newestFirst(AuditFilter.newest(10))).singleElement().extracting(AuditRecord::detail).isEqualTo("");
    }
}
