package io.ledgerlens.application.port.in.recording;

import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.OrgId;
import java.util.Objects;
import java.util.function.Function;

/**
 * A valid event waiting for the id the ledger assigns it: the writer says
 * everything but the id, the use case gives it one. Whose ledger it goes on
 * ({@code org}, {@code subject}) is known before the id, so that a caller can
 * route or group drafts without building them.
 *
 * @param org     the org whose ledger the event goes on
 * @param subject the customer or user group the event is of
 * @param builder makes the event once its id is known; it must make one of {@code org} and {@code subject}
 */
public record EventDraft(OrgId org, EventSubject subject, Function<EventLogId, LedgerEvent> builder) {

    /**
     * Refuses a missing org, subject or builder.
     *
     * @param org     the org whose ledger the event goes on
     * @param subject the customer or user group the event is of
     * @param builder makes the event once its id is known; it must make one of {@code org} and {@code subject}
     */
    public EventDraft {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(builder, "builder");
    }

    /**
     * The event under {@code id}; it is on the ledger this draft names, or the draft was built wrong.
     *
     * @param id the id the ledger assigned
     * @return the event the builder made under it
     * @throws IllegalStateException when the builder made an event of another org or subject
     */
    public LedgerEvent withId(EventLogId id) {
        var event = builder.apply(id);
        if (!event.orgId().equals(org) || !event.subject().equals(subject)) {
            throw new IllegalStateException("a draft for " + subject + " in " + org + " built an event for "
                    + event.subject() + " in " + event.orgId());
        }
        return event;
    }
}
