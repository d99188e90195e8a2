package io.ledgerlens.bootstrap.exporting;

import io.ledgerlens.domain.org.Org;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What an export wrote, and the events it wrote that an import will not restore as they are. */
public final class ExportReport {

    /** How many unrestorable events the report names in full; the rest are counted. */
    static final int LISTED_UNRESTORABLE = 50;

    private long registrations;
    private long customers;
    private long userGroups;
    private long events;
    private long unrestorable;
    private final List<String> unrestorableEvents = new ArrayList<>();
    private long upToEventId;
    private Long resumedAfterEventId;
    private Org org;

    synchronized void registered(long referenceData, long customers, long userGroups) {
        this.registrations = referenceData;
        this.customers = customers;
        this.userGroups = userGroups;
    }

    synchronized void event() {
        events++;
    }

    synchronized void unrestorable(long eventId, String uniqueId, String reason) {
        unrestorable++;
        if (unrestorableEvents.size() < LISTED_UNRESTORABLE) {
            unrestorableEvents.add("event " + eventId + " (uniqueId " + uniqueId + "): " + reason);
        }
    }

    synchronized void of(Org exported) {
        org = exported;
    }

    /**
     * The org exported, as registered: a copy needs it registered the same way before the import.
     *
     * @return the org's settings as the export read them from the ledger; empty only before it has read them
     */
    public synchronized Optional<Org> org() {
        return Optional.ofNullable(org);
    }

    synchronized void upTo(long eventId) {
        upToEventId = eventId;
    }

    synchronized void resumedAfter(long eventId) {
        resumedAfterEventId = eventId;
    }

    /**
     * Event lines written by this run (a resumed run: those after the ones the file held).
     *
     * @return the number of event lines this run wrote
     */
    public synchronized long eventCount() {
        return events;
    }

    /**
     * Customers written as registration lines, each with her identifiers.
     *
     * @return the number of customer lines; 0 for a resumed run, whose profiles the file held already
     */
    public synchronized long customerCount() {
        return customers;
    }

    /**
     * User groups (households) written as registration lines, each with its members.
     *
     * @return the number of user group lines; 0 for a resumed run, whose profiles the file held already
     */
    public synchronized long userGroupCount() {
        return userGroups;
    }

    /**
     * Lines of reference data (programs, tiers, categories, strategies, promotions, currencies, tills).
     *
     * @return the number of reference data lines; 0 for a resumed run
     */
    public synchronized long referenceDataCount() {
        return registrations;
    }

    /**
     * Events written that the import will reject or read back as something else.
     *
     * @return how many such events this run wrote, listed or not
     */
    public synchronized long unrestorableCount() {
        return unrestorable;
    }

    /**
     * The first of the unrestorable events, each with its id, unique id and why the import would not restore it.
     *
     * @return at most 50 lines, in the order written; {@link #unrestorableCount()} counts them all
     */
    public synchronized List<String> unrestorableEvents() {
        return List.copyOf(unrestorableEvents);
    }

    /**
     * The last event id this export covers: the next export of later events starts {@code --since} it.
     *
     * @return the ledger's last event id when the export began, fixed for it and for every resumed run
     */
    public synchronized long upToEventId() {
        return upToEventId;
    }

    /**
     * Where a resumed run took up the export: the event of the last complete line the partial file held.
     *
     * @return that event's id; empty for an export written in one run
     */
    public synchronized Optional<Long> resumedAfterEventId() {
        return Optional.ofNullable(resumedAfterEventId);
    }

    /**
     * The closing summary, for people.
     *
     * @return what was written, the {@code --since} for the next export, and the unrestorable events, one per line
     */
    public synchronized String summary() {
        var text = new StringBuilder();
        resumedAfterEventId().ifPresentOrElse(
                after -> text.append(String.format("Resumed after event %d: exported %,d more events.", after, events)),
                () -> text.append(String.format("Exported %,d reference data, %,d customers, %,d user groups and %,d events.",
                        registrations, customers, userGroups, events)));
        text.append(String.format(" The export covers events up to %d; export what is recorded later with --since %d.",
                upToEventId, upToEventId));
        if (unrestorable > 0) {
            text.append(String.format("%n%,d events were written as they are stored, but the write API refuses them,"
                    + " so an import will reject them (or read them back as something else):", unrestorable));
            unrestorableEvents.forEach(event -> text.append("\n  ").append(event));
            if (unrestorable > unrestorableEvents.size()) {
                text.append(String.format("%n  ... and %,d more", unrestorable - unrestorableEvents.size()));
            }
        }
        return text.toString();
    }
}
