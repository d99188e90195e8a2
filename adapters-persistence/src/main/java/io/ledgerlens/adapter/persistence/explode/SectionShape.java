package io.ledgerlens.adapter.persistence.explode;

import io.ledgerlens.application.port.out.explode.EventSections;

/**
 * Which optional sections an event statement reads: one statement is rendered for each shape asked for, holding
 * the subqueries of those sections only. Bound off instead, as the sections were before, every subquery of every
 * section was still in each execution's plan, and PostgreSQL locks, opens and prepares all of a plan's tables,
 * indexes and subqueries before it runs it, so a bare explode paid for the sections it did not read.
 *
 * @param billContents   a bill's allocations and line items (its header is always read)
 * @param customFields   custom fields, of the event names {@link EventSections#customFieldsOf()} binds
 * @param extendedFields extended fields
 * @param paymentModes   payment modes
 * @param tiers          the tiers at the time of the event
 * @param joinedNames    the names of the reference data allocations name, joined to each allocation: for an
 *                       instance that does not remember them ({@link RememberedReferenceData#remembering()}), which
 *                       would otherwise read them in a round trip of their own
 */
record SectionShape(boolean billContents, boolean customFields, boolean extendedFields, boolean paymentModes,
                    boolean tiers, boolean joinedNames) {

    /** Every section, the reference data by id: the statement that reads events whole. */
    static final SectionShape ALL = new SectionShape(true, true, true, true, true, false);

    /**
     * The shape of the statement that reads {@code sections}.
     *
     * @param sections the sections an answer shows
     * @param joinedNames whether the reference data's names are joined to the allocations
     * @return the shape that reads those and no others
     */
    static SectionShape of(EventSections sections, boolean joinedNames) {
        return new SectionShape(sections.billContents(), !sections.customFieldsOf().isEmpty(), sections.extendedFields(),
                sections.paymentModes(), sections.tiers(), joinedNames);
    }
}
