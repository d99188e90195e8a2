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

    /**
     * One bit per component, so that equal shapes have equal hashes and unequal ones do not. Written out because each
     * request looks its statements up by shape, and the record's generated hashCode and equals (a chain of method
     * handles six components long) took 1.2% of explode's JVM samples in that lookup.
     */
    @Override
    public int hashCode() {
        return (billContents ? 1 : 0) | (customFields ? 2 : 0) | (extendedFields ? 4 : 0) | (paymentModes ? 8 : 0)
                | (tiers ? 16 : 0) | (joinedNames ? 32 : 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SectionShape shape && shape.hashCode() == hashCode();
    }
}
