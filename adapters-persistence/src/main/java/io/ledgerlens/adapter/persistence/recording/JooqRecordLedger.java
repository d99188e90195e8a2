package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.adapter.persistence.schema.Sequences.EVENT_LOG_ID_SEQ;
import static org.jooq.impl.DSL.generateSeries;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import io.ledgerlens.adapter.persistence.database.LedgerStatistics;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.adapter.persistence.database.RenderedQuery;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.LedgerRefusedException;
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
    /** Rendered once: rendering it for every event written cost a tenth of the write's CPU in the JVM. */
    private final RenderedQuery nextIds;
    private final EventIdPool ids;

    /**
     * Over the service's store; renders the statement that draws event ids from their sequence once, and keeps the
     * ledger's statistics fresh as appends grow it.
     *
     * @param store the service's store
     */
    public JooqRecordLedger(LedgerStore store) {
        this.store = store;
        this.statistics = new LedgerStatistics(store);
        this.nextIds = RenderedQuery.of(store, select(EVENT_LOG_ID_SEQ.nextval()).from(generateSeries(inline(1), val(1))), 1);
        this.ids = new EventIdPool(this::drawFromSequence);
    }

    @Override
    public EventLogId nextEventLogId() {
        return nextEventLogIds(1).get(0);
    }

    @Override
    public List<EventLogId> nextEventLogIds(int count) {
        return ids.take(count);
    }

    private List<Long> drawFromSequence(int count) {
        // A sequence holds no tenant's rows: no fence, and one round trip. Sorted: nextval over a series need not rise.
        return nextIds.fetch(TenantFence.none(), count).stream().map(r -> r.get(0, Long.class)).sorted().toList();
    }

    /**
     * Runs {@code work} with its statements pipelined. If PostgreSQL refuses a value somewhere in a pipeline, which
     * it does not name, nothing was written: the same work runs once more with its statements sent one by one, which
     * names the part refused (or, if nothing is refused this time, records the events).
     */
    @Override
    public <T> T inLedgerOf(OrgId org, Function<LedgerEventRepository, T> work) {
        try {
            return inLedgerOf(org, work, Pipeline.Sending.TOGETHER);
        } catch (LedgerRefusedException refused) {
            if (refused.part() != LedgerRefusedException.Part.UNKNOWN) {
                throw refused;
            }
            return inLedgerOf(org, work, Pipeline.Sending.ONE_BY_ONE);
        }
    }

    private <T> T inLedgerOf(OrgId org, Function<LedgerEventRepository, T> work, Pipeline.Sending sending) {
        var appended = new long[1];
        var result = store.write(TenantFence.of(org), dsl -> {
            var events = new JooqLedgerEventRepository(dsl, org, sending);
            var answer = work.apply(events);
            appended[0] = events.appended();
            return answer;
        });
        statistics.afterWriting(appended[0]);
        return result;
    }
}
