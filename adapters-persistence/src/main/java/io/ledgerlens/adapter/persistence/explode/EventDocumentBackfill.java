package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.EVENT_SECTIONS;
import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.domain.event.EventName;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the documents (V24) of the events recorded before there were any, in batches, in the owner's name: an
 * upgraded ledger reads its older events from their rows until then, correctly but at the old cost. Each document is
 * what the rows' own statement aggregates ({@link EventColumns#asDocument()}), so it reads back as they do. Events
 * appended meanwhile bring their own; two instances doing this at once only skip each other's ({@code on conflict
 * do nothing}). A batch's documents are written org by org: on Citus (V24_1) each org's insert then runs on its
 * shard, its subqueries correlated as that database's reads are ({@link Correlation}).
 */
public final class EventDocumentBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(EventDocumentBackfill.class);
    /** A batch takes about 40 ms of PostgreSQL's time (measured: 4 s per 10⁵ events): short transactions. */
    static final int BATCH = 1_000;
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    private final LedgerStore owner;
    private final EventColumns rows;
    private final String[] everyKind = Arrays.stream(EventName.values()).map(EventName::wireName).toArray(String[]::new);

    /**
     * Over the owner's store, which row-level security does not fence: every org's events.
     *
     * @param owner the store on the owner's connections
     */
    public EventDocumentBackfill(LedgerStore owner) {
        this.owner = owner;
        this.rows = new EventColumns(SectionShape.ALL, Correlation.of(owner.kind()));
    }

    /** Where a pass stands: the last event looked at, by org and id, and how many were documented. */
    record Position(long org, long event, long documented) {
    }

    private static Condition withoutDocument() {
        return notExists(selectOne().from(EVENT_SECTIONS).where(EVENT_SECTIONS.ORG_ID.eq(LEDGER_EVENT.ORG_ID))
                .and(EVENT_SECTIONS.EVENT_LOG_ID.eq(LEDGER_EVENT.EVENT_LOG_ID)));
    }

    /**
     * How many events have no document.
     *
     * @return their number
     */
    public long eventsWithoutDocument() {
        return owner.read(TenantFence.none(),
                dsl -> dsl.fetchValue(selectCount().from(LEDGER_EVENT).where(withoutDocument())));
    }

    /**
     * Documents the next batch of events without one after {@code after}, in the order of their key.
     *
     * @return where the pass stands after the batch; {@code after} itself when no event was left
     */
    Position next(Position after) {
        return owner.write(TenantFence.none(), dsl -> {
            // The planner sees a thousand keys' range as tens of thousands of rows, costs the insert's subqueries past
            // jit_above_cost, and compiled it for 0.7 of each batch's 0.8 s (EXPLAIN ANALYZE, 10⁵ events).
            dsl.execute("set local jit = off");
            var batch = dsl.select(LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_LOG_ID).from(LEDGER_EVENT)
                    .where(row(LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_LOG_ID).gt(after.org(), after.event()))
                    .and(withoutDocument())
                    .orderBy(LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_LOG_ID)
                    .limit(BATCH)
                    .fetch();
            if (batch.isEmpty()) {
                return after;
            }
            var last = batch.get(batch.size() - 1);
            long written = 0;
            for (var org : batch.intoGroups(LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_LOG_ID).entrySet()) {
                var ids = org.getValue();
                written += documentEvents(dsl, org.getKey(), ids.get(0), ids.get(ids.size() - 1));
            }
            return new Position(last.value1(), last.value2(), after.documented() + written);
        });
    }

    /** Writes the documents of {@code org}'s events from {@code first} to {@code last} that have none. */
    private int documentEvents(DSLContext dsl, long org, long first, long last) {
        var insert = dsl.insertInto(EVENT_SECTIONS, EVENT_SECTIONS.ORG_ID, EVENT_SECTIONS.EVENT_LOG_ID,
                        EVENT_SECTIONS.SECTIONS)
                .select(select(LEDGER_EVENT.ORG_ID, LEDGER_EVENT.EVENT_LOG_ID, rows.asDocument())
                        .from(LEDGER_EVENT)
                        .where(LEDGER_EVENT.ORG_ID.eq(org))
                        .and(LEDGER_EVENT.EVENT_LOG_ID.between(first, last))
                        .and(withoutDocument()))
                .onConflictDoNothing();
        insert.bind(EventColumns.CUSTOM_FIELD_KINDS.getName(), everyKind);
        if (owner.kind() == DatabaseKind.CITUS) {
            insert.bind(CustomerLookup.ORGS.getParamName(), new Long[] {org});
        }
        return insert.execute();
    }

    /**
     * Documents every event without one, batch by batch, logging how far it got every ten seconds; stops early when
     * {@code stop} says so (the service is closing), to go on at the next start.
     *
     * @param stop asked between batches
     * @return how many documents were written
     */
    public long run(BooleanSupplier stop) {
        long missing = eventsWithoutDocument();
        if (missing == 0) {
            return 0;
        }
        LOG.info("read model: {} events recorded before it have no document yet; writing them in the background"
                + " (they are read from their rows meanwhile)", missing);
        var position = new Position(Long.MIN_VALUE, Long.MIN_VALUE, 0);
        long started = System.nanoTime();
        long reported = started;
        while (!stop.getAsBoolean()) {
            var next = next(position);
            if (next == position) {
                break;
            }
            position = next;
            if (System.nanoTime() - reported >= REPORT_EVERY.toNanos()) {
                reported = System.nanoTime();
                LOG.info("read model: {} of {} documents written ({}%), {} a second", position.documented(), missing,
                        Math.min(100, position.documented() * 100 / missing),
                        position.documented() * 1_000_000_000L / Math.max(1, reported - started));
            }
        }
        if (stop.getAsBoolean()) {
            LOG.info("read model: stopped after {} of {} documents; the rest at the next start", position.documented(),
                    missing);
        } else {
            LOG.info("read model: every event has its document ({} written in {} s)", position.documented(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
        return position.documented();
    }
}
