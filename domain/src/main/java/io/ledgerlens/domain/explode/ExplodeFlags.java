package io.ledgerlens.domain.explode;

import io.ledgerlens.domain.event.EventName;

/**
 * Which optional sections the caller asked for; each absent flag is off.
 *
 * @param billDetails {@code getBillDetails}: the bill, its lines and the point-in-time slabs of bill events
 * @param pointsEarnedBreakup {@code getPointsEarnedBreakup}: each allocation's category and strategies
 * @param customFields {@code getCustomFields}: the org-defined fields
 * @param extendedFields {@code getExtendedFields}: the platform-defined fields
 * @param maxConversionDetails {@code getMaxConversionDetails}: when a bill event's promised points convert
 * @param paymentModes {@code getPaymentModes} or {@code getPaymentMode}: how bills were paid
 */
public record ExplodeFlags(boolean billDetails, boolean pointsEarnedBreakup, boolean customFields,
                           boolean extendedFields, boolean maxConversionDetails, boolean paymentModes) {

    /** {@return the flags of a request that asked for no optional section} */
    public static ExplodeFlags none() {
        return new ExplodeFlags(false, false, false, false, false, false);
    }

    static ExplodeFlags from(ExplodeParameters p) {
        return new ExplodeFlags(
                p.flag(ExplodeParameters.GET_BILL_DETAILS),
                p.flag(ExplodeParameters.GET_POINTS_EARNED_BREAKUP),
                p.flag(ExplodeParameters.GET_CUSTOM_FIELDS),
                p.flag(ExplodeParameters.GET_EXTENDED_FIELDS),
                p.flag(ExplodeParameters.GET_MAX_CONVERSION_DETAILS),
                p.flag(ExplodeParameters.GET_PAYMENT_MODES) || p.flag(ExplodeParameters.GET_PAYMENT_MODE));
    }

    /**
     * Bill details exist on a bill event when either the details or the breakup were asked for.
     *
     * @return true when {@code getBillDetails} or {@code getPointsEarnedBreakup} was set
     */
    public boolean billSection() {
        return billDetails || pointsEarnedBreakup;
    }

    /**
     * A redemption shows its custom fields without being asked (§7.5); any other event when they are asked for.
     *
     * @param name the event's name
     * @return whether the event's {@code customFields} are shown
     */
    public boolean showsCustomFieldsOf(EventName name) {
        return customFields || name == EventName.POINTS_REDEMPTION;
    }
}
