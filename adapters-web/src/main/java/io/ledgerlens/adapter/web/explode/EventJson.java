package io.ledgerlens.adapter.web.explode;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;

/** One exploded event on the wire (§7). A {@code null} component is an absent key. */
record EventJson(long eventLogId, String eventName, Details eventDetails, BillDetails billDetails,
                 PointsJson.Earned pointsEarned, PointsJson.Breakup pointsEarnedBreakup,
                 List<PointsJson.CurrencyEarned> alternateCurrencyValueEarned,
                 List<PointsJson.CurrencyBreakup> alternateCurrencyValueEarnedBreakup,
                 List<NameValue> customFields, List<NameValue> extendedFields, List<String> paymentModes,
                 List<Slab> pointInTimeSlabs, @JsonUnwrapped KindJson.EventKeys kindKeys,
                 String eventReferenceId, String uniqueId, Long orgId) {

    /** §7.1: the keys depend on the kind; an absent one is {@code null}. */
    record Details(String eventTime, String eventTimeISO, Long tillId, String maxConversionDate,
                   @JsonUnwrapped KindJson.DetailKeys kindKeys) {
    }

    record BillDetails(String type, String billNumber, BigDecimal grossAmount, BigDecimal discount, BigDecimal billAmount,
                       String note, String source, String billDate, String billDateISO,
                       String returnDate, String returnDateISO, BigDecimal returnAmount, String returnType,
                       Long returnBillId,
                       PointsJson.Earned pointsEarned, PointsJson.Breakup pointsEarnedBreakup,
                       List<PointsJson.CurrencyEarned> alternateCurrencyValueEarned,
                       List<PointsJson.CurrencyBreakup> alternateCurrencyValueEarnedBreakup,
                       List<LineItem> lineItems) {
    }

    record LineItem(long id, String itemCode, String source, BigDecimal grossAmount, BigDecimal discount,
                    BigDecimal amount, BigDecimal rate, BigDecimal qty, BigDecimal returnAmount, BigDecimal returnRate,
                    BigDecimal returnQty, BigDecimal returnValue, String serialNumber, PointsJson.Earned pointsEarned,
                    PointsJson.Breakup pointsEarnedBreakup) {

        /** The same line with its own breakup (§7.3: with both flags, on a line that earned points). */
        LineItem withBreakup(PointsJson.Breakup breakup) {
            return new LineItem(id, itemCode, source, grossAmount, discount, amount, rate, qty, returnAmount, returnRate,
                    returnQty, returnValue, serialNumber, pointsEarned, breakup);
        }
    }

    record NameValue(String name, String value) {
    }

    record Slab(int pointInTimeSlabNumber, String pointInTimeSlabName, long programId, boolean isDefaultProgram) {
    }
}
