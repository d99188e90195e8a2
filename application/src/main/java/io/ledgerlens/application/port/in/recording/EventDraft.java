package io.ledgerlens.application.port.in.recording;

import io.ledgerlens.domain.event.EventFingerprint;
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
 * route or group drafts without building them; so is what it says
 * ({@link #fingerprint()}), which the id is no part of.
 */
public final class EventDraft {

    /** The id a draft is built under to be checked or fingerprinted before it has its own. */
    private static final EventLogId PLACEHOLDER = EventLogId.of(1);

    private final OrgId org;
    private final EventSubject subject;
    private final Function<EventLogId, LedgerEvent> builder;
    /** Computed once, by whichever thread asks first; two threads asking at once compute the same value. */
    private volatile String fingerprint;

    /**
     * Refuses a missing org, subject or builder.
     *
     * @param org     the org whose ledger the event goes on
     * @param subject the customer or user group the event is of
     * @param builder makes the event once its id is known; it must make one of {@code org} and {@code subject}
     */
    public EventDraft(OrgId org, EventSubject subject, Function<EventLogId, LedgerEvent> builder) {
        this.org = Objects.requireNonNull(org, "org");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /**
     * The org whose ledger the event goes on.
     *
     * @return the org
     */
    public OrgId org() {
        return org;
    }

    /**
     * The customer or user group the event is of.
     *
     * @return the subject
     */
    public EventSubject subject() {
        return subject;
    }

    /**
     * What makes the event once its id is known.
     *
     * @return the builder
     */
    public Function<EventLogId, LedgerEvent> builder() {
        return builder;
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

    /**
     * What the event says, as {@link EventFingerprint#of} computes it: the same under any id, so it is computed once,
     * from the draft, by the first caller. A writer that computes it before it queues for its org's ledger (the group
     * commit does) spares the group's transaction the work, and the check that the draft builds at all comes with it.
     *
     * @return the event's fingerprint
     * @throws RuntimeException whatever the builder throws for an event that breaks the domain's rules
     */
    public String fingerprint() {
        var known = fingerprint;
        if (known == null) {
            known = EventFingerprint.of(withId(PLACEHOLDER));
            fingerprint = known;
        }
        return known;
    }

    @Override
    public String toString() {
        return "EventDraft[org=" + org + ", subject=" + subject + "]";
    }
}
