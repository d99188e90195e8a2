package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Sequences.EVENT_LOG_ID_SEQ;
import static org.jooq.impl.DSL.generateSeries;
import static org.jooq.impl.DSL.select;

import io.ledgerlens.adapter.persistence.database.LedgerStatistics;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.recording.LedgerEventRepository;
import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.function.Function;

/**
 * The ledger's unit of work: one transaction, fenced to one org, in which the application reads what it decides
 * on (under the locks that keep it true) and appends what it decided ({@link JooqLedgerEventRepository}).
 */
public final class JooqRecordLedger implements RecordLedgerPort {

    private final LedgerStore store;
    private final LedgerStatistics statistics;

    public JooqRecordLedger(LedgerStore store) {
        this.store = store;
        this.statistics = new LedgerStatistics(store);
    }

    @Override
    public EventLogId nextEventLogId() {
        return nextEventLogIds(1).get(0);
    }

    @Override
    public List<EventLogId> nextEventLogIds(int count) {
        // A sequence holds no tenant's rows: no fence, and one round trip.
        return store.fetch(TenantFence.none(), select(EVENT_LOG_ID_SEQ.nextval()).from(generateSeries(1, count)),
                r -> EventLogId.of(r.value1()));
    }

    @Override
    public <T> T inLedgerOf(OrgId org, Function<LedgerEventRepository, T> work) {
        var appended = new long[1];
        var result = store.write(TenantFence.of(org), dsl -> {
            var events = new JooqLedgerEventRepository(dsl, org);
            var answer = work.apply(events);
            appended[0] = events.appended();
            return answer;
        });
        statistics.afterWriting(appended[0]);
        return result;
    }
}
