package io.ledgerlens.adapter.persistence.recording;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.application.port.out.recording.BatchFacts;
import io.ledgerlens.application.port.out.recording.BatchQuestions;
import io.ledgerlens.application.port.out.recording.LedgerEventRepository;
import io.ledgerlens.application.port.out.recording.NewEvent;
import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Appends as {@code stored} does, and forgets this instance's alternate currencies once events that earned one
 * are committed: an event may name a currency the org did not have (it is added with the event), and the next
 * explode on this instance must know it. Other instances hear of it through {@link ChangeNotices} (V19).
 */
public final class NotifyingRecordLedger implements RecordLedgerPort {

    private final RecordLedgerPort stored;
    private final ChangeNotices notices;

    /**
     * Over the ledger's own unit of work.
     *
     * @param stored appends the events
     * @param notices told of this instance's change of the alternate_currency table once the events commit
     */
    public NotifyingRecordLedger(RecordLedgerPort stored, ChangeNotices notices) {
        this.stored = stored;
        this.notices = notices;
    }

    @Override
    public EventLogId nextEventLogId() {
        return stored.nextEventLogId();
    }

    @Override
    public List<EventLogId> nextEventLogIds(int count) {
        return stored.nextEventLogIds(count);
    }

    @Override
    public <T> T inLedgerOf(OrgId org, Function<LedgerEventRepository, T> work) {
        var earnedCurrency = new AtomicBoolean();
        try {
            return stored.inLedgerOf(org, events -> work.apply(new NotifyingLedgerEventRepository(events, earnedCurrency)));
        } finally {
            if (earnedCurrency.get()) {
                notices.changedHere("alternate_currency");
            }
        }
    }

    private record NotifyingLedgerEventRepository(LedgerEventRepository stored, AtomicBoolean earnedCurrency)
            implements LedgerEventRepository {

        @Override
        public BatchFacts facts(BatchQuestions questions) {
            return stored.facts(questions);
        }

        @Override
        public void append(List<NewEvent> events) {
            stored.append(events);
            if (events.stream().anyMatch(event -> event.event().allAllocations().stream().anyMatch(a -> !a.isPoints()))) {
                earnedCurrency.set(true);
            }
        }
    }
}
