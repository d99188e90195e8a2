package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.explode.CurrencySelection;
import io.ledgerlens.domain.explode.ExplodeFlags;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which optional sections of its events an answer will show. An event's own
 * row, its bill's header, its own allocations and its kind-specific detail are
 * always loaded; a section named here as not shown may be left empty by the
 * store (or loaded all the same: an adapter that loads everything is correct).
 *
 * @param billContents   a bill's line items and every allocation on the bill and its lines
 * @param customFieldsOf the kinds of event whose custom fields are shown
 * @param extendedFields the events' extended fields
 * @param paymentModes   the events' payment modes
 * @param tiers          the events' point-in-time tiers
 */
public record EventSections(boolean billContents, Set<EventName> customFieldsOf, boolean extendedFields,
                            boolean paymentModes, boolean tiers) {

    /**
     * Copies the kinds of event whose custom fields are shown.
     *
     * @param billContents   a bill's line items and every allocation on the bill and its lines
     * @param customFieldsOf the kinds of event whose custom fields are shown
     * @param extendedFields the events' extended fields
     * @param paymentModes   the events' payment modes
     * @param tiers          the events' point-in-time tiers
     */
    public EventSections {
        customFieldsOf = Set.copyOf(customFieldsOf);
    }

    /**
     * Every section: for a reader that shows or checks the whole event (a verification, a port's contract).
     *
     * @return the sections of a whole event
     */
    public static EventSections all() {
        return new EventSections(true, EnumSet.allOf(EventName.class), true, true, true);
    }

    /**
     * What an explode answer with {@code flags} and {@code currencies} shows (§7): a bill's contents for its
     * details, its breakup, its alternate currencies or the latest conversion date among its allocations.
     *
     * @param flags      the sections the caller asked to see
     * @param currencies the alternate currencies the caller asked to see points in
     * @return the sections that answer shows, and no more
     */
    public static EventSections shownFor(ExplodeFlags flags, CurrencySelection currencies) {
        var customFieldsOf = EnumSet.noneOf(EventName.class);
        Arrays.stream(EventName.values()).filter(flags::showsCustomFieldsOf).forEach(customFieldsOf::add);
        return new EventSections(flags.billSection() || flags.maxConversionDetails() || currencies.isRequested(),
                customFieldsOf, flags.extendedFields(), flags.paymentModes(), flags.billDetails());
    }

    /**
     * {@code event} as a store that leaves out the sections not shown answers it: the least an implementation
     * of {@link LoadLedgerEventsPort} may load, and what the in-memory ledger answers.
     *
     * @param event the whole event
     * @return the event with the sections not shown left empty
     */
    public LedgerEvent keptIn(LedgerEvent event) {
        return LedgerEvent.builder(event.id(), event.orgId(), event.name(), event.subject())
                .referenceId(event.referenceId())
                .uniqueId(event.uniqueId())
                .eventTime(event.eventTime())
                .tillId(event.tillId())
                .bill(event.bill().map(bill -> billContents ? bill : withoutContents(bill)).orElse(null))
                .allocations(event.allocations())
                .customFields(customFieldsOf.contains(event.name()) ? event.customFields() : List.of())
                .extendedFields(extendedFields ? event.extendedFields() : List.of())
                .paymentModes(paymentModes ? event.paymentModes() : List.of())
                .pointInTimeSlabs(tiers ? event.pointInTimeSlabs() : List.of())
                .detail(event.detail().orElse(null))
                .build();
    }

    private static Bill withoutContents(Bill bill) {
        return new Bill(bill.billNumber(), bill.amounts(), bill.note(), bill.source(), bill.billDate(), List.of(), List.of(),
                bill.returned());
    }
}
