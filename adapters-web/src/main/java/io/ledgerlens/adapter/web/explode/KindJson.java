package io.ledgerlens.adapter.web.explode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The per-kind blocks of §7.5 on the wire. Redemption, transfer and
 * adjustment blocks show points as strings with three decimals and program
 * ids as strings, as the original API does.
 */
final class KindJson {

    private KindJson() {
    }

    /** Keys a kind adds at event level; unwrapped into the event, {@code null} ones absent. */
    record EventKeys(BehavioralMetadata behavioralEventMetadata, List<ProgramPoints> pointsBreakup,
                     TransferParty transferredFrom, TransferParty transferredTo, String notes,
                     TargetCompleted targetCompletedDetails, VoucherRedemption voucherRedemptionDetails,
                     ManualAdjustment manualPointsAdjustmentDetails, ImportMeta importMeta) {

        static final EventKeys NONE = new EventKeys(null, null, null, null, null, null, null, null, null);
    }

    /** Keys a kind adds inside {@code eventDetails}; unwrapped there. */
    record DetailKeys(String eventDisplayName, String displayName, String reason, String comments, Long assocId,
                      Long requestId, Redemption redemptionDetails) {

        static final DetailKeys NONE = new DetailKeys(null, null, null, null, null, null, null);
    }

    record BehavioralMetadata(String label, List<BehavioralField> fields) {
    }

    record BehavioralField(String fieldName, String fieldType, Map<String, Attribute> attributes) {
    }

    record Attribute(String valueType, String value) {
    }

    record Redemption(String pointsRedeemed, String redemptionPurpose, String transactionNumber, String billingTime,
                      String billingTimeISO, String externalReferenceNumber, Long redemptionId, String notes,
                      boolean groupRedemption) {
    }

    record ProgramPoints(String points, String programId, String programName) {
    }

    /** {@code userId} is the customer's id as a string (§7.5). */
    record TransferParty(String userId, String firstName, String lastName, String transferType,
                         List<ProgramPoints> pointsTransferDetails) {
    }

    /**
     * §7.5.1: a milestone shows its trigger value and name, every other target its target and achieved values; the
     * values as strings with three decimals; the points as promo and promised only.
     */
    record TargetCompleted(long targetGroupID, String targetGroupName, long targetId, String targetName,
                           String targetDescription, long targetPeriodID, String targetPeriodName,
                           String targetValue, String achievedValue, String triggerValue, Long sourceId,
                           String sourceType, TargetPoints pointsEarned, String mileStoneName) {
    }

    /** A target's {@code pointsEarned}: both keys always present, no {@code regular} key (§7.5.1). */
    record TargetPoints(List<PointsJson.Promo> promo, List<PointsJson.Promised> promised) {
    }

    record VoucherRedemption(long voucherIssuedId, long voucherSeriesId, String redeemedVoucherCode, String redeemDate) {
    }

    record ManualAdjustment(long orgId, Long customerId, String totalPointsDeducted, String createdOn,
                            String createdOnISO, String reason, List<Deduction> pointsDeductionBreakUpDetails) {
    }

    /**
     * One allocation an adjustment consumed (§7.5.2). Of an adjustment recorded before revision 2 only the per-program
     * totals are known: its entries leave out every key from {@code promotionId} to {@code awardedTillDateISO} but
     * {@code deductionType} and the points and their dates.
     */
    record Deduction(Long customerId, Long loyaltyId, long programId, String programName, Long promotionId,
                     String promotionName, String pointAwardedRefType, Long pointAwardedRefId, String deductionType,
                     BigDecimal pointsDeducted, String pointsDeductedStr, BigDecimal pointsDeductedCurrencyValue,
                     String pointsDeductedCurrencyValueStr, String pointsDeductedOn, String pointsDeductedOnISO,
                     String pointsDeductedBy, Long pointsDeductedById, String sourceType, Long awardedTillId,
                     String awardedTillDate, String awardedTillDateISO) {
    }

    record ImportMeta(String fileName, String importStartTime, String importEndTime, String profileName,
                      String profileType) {
    }
}
