package io.ledgerlens.adapter.persistence.access;

import static io.ledgerlens.adapter.persistence.schema.Tables.AUDIT_RECORD;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.adapter.persistence.schema.tables.records.AuditRecordRecord;
import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditOutcome;
import io.ledgerlens.domain.audit.AuditRecord;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The audit log in PostgreSQL (V14). Over the service's pool it only appends;
 * the operator's commands read it over the owner's connections, since the
 * service's role may not select from it.
 */
public final class JooqAuditLog implements AuditLogPort {

    private final LedgerStore store;

    /**
     * Over the service's store, to append; over the owner's, to read as well.
     *
     * @param store the store whose role decides whether this log may be read
     */
    public JooqAuditLog(LedgerStore store) {
        this.store = store;
    }

    @Override
    public void record(AuditRecord record) {
        recordAll(List.of(record));
    }

    /**
     * Appends {@code records} in one statement, in order.
     *
     * @param records the records to append, all or none
     */
    public void recordAll(List<AuditRecord> records) {
        store.write(TenantFence.none(), dsl -> {
            var insert = dsl.insertInto(AUDIT_RECORD, AUDIT_RECORD.RECORDED_AT, AUDIT_RECORD.ACTOR_KIND,
                    AUDIT_RECORD.ACTOR_CREDENTIAL_ID, AUDIT_RECORD.ACTOR_NAME, AUDIT_RECORD.CLIENT_ADDRESS, AUDIT_RECORD.ORG_ID,
                    AUDIT_RECORD.ACTION, AUDIT_RECORD.TARGET, AUDIT_RECORD.OUTCOME, AUDIT_RECORD.DETAIL);
            for (var record : records) {
                var actor = record.actor();
                insert = insert.values(record.at(), actor.kind().name(), actor.credential().map(CredentialId::value).orElse(null),
                        actor.name().orElse(null), actor.clientAddress().orElse(null), record.org().map(OrgId::value).orElse(null),
                        record.action().name(), record.target(), record.outcome().name(), record.detail());
            }
            return insert.execute();
        });
    }

    @Override
    public List<AuditRecord> newestFirst(AuditFilter filter) {
        var conditions = new ArrayList<Condition>();
        filter.org().ifPresent(org -> conditions.add(AUDIT_RECORD.ORG_ID.eq(org.value())));
        filter.action().ifPresent(action -> conditions.add(AUDIT_RECORD.ACTION.eq(action.name())));
        filter.since().ifPresent(since -> conditions.add(AUDIT_RECORD.RECORDED_AT.ge(since)));
        return store.read(TenantFence.none(), dsl -> dsl.selectFrom(AUDIT_RECORD)
                .where(DSL.and(conditions))
                .orderBy(AUDIT_RECORD.AUDIT_ID.desc())
                .limit(filter.limit())
                .fetch(JooqAuditLog::recordOf));
    }

    private static AuditRecord recordOf(AuditRecordRecord row) {
        var actor = new AuditActor(AuditActor.Kind.valueOf(row.getActorKind()),
                Optional.ofNullable(row.getActorCredentialId()).map(CredentialId::of), Optional.ofNullable(row.getActorName()),
                Optional.ofNullable(row.getClientAddress()));
        return new AuditRecord(row.getRecordedAt(), actor, Optional.ofNullable(row.getOrgId()).map(OrgId::of),
                AuditAction.valueOf(row.getAction()), row.getTarget(), AuditOutcome.valueOf(row.getOutcome()), row.getDetail());
    }
}
