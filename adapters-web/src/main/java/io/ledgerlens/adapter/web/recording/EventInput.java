package io.ledgerlens.adapter.web.recording;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.ledgerlens.adapter.web.http.IdDigitsDeserializer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /v1/ledger/events} (and one line of an import file):
 * an event with everything explode returns for it. Every field may be missing
 * here; {@link EventInputReader} says which are required and why.
 */
public record EventInput(String uniqueId, String eventName, Long customerId, Long userGroupId, String eventReferenceId,
                         String eventTime, Long tillId, BillInput bill, List<AllocationInput> allocations,
                         List<NamedValueInput> customFields, List<NamedValueInput> extendedFields,
                         List<PaymentModeInput> paymentModes, List<SlabInput> pointInTimeSlabs,
                         GenericInput behavioralEvent, GoodwillInput goodwill, RedemptionInput redemption,
                         TransferInput transfer, TargetInput target, VoucherInput voucher,
                         AdjustmentInput adjustment, ImportInput importMeta) {

    /**
     * A bill event's bill (§7.3): its header, its return if it is one, its line items, and the allocations earned
     * on the bill as a whole.
     *
     * @param returned the bill's return, sent as {@code return} (a Java keyword)
     */
    public record BillInput(String billNumber, BigDecimal grossAmount, BigDecimal discount, BigDecimal billAmount,
                            String note, String source, String billDate, @JsonProperty("return") ReturnInput returned,
                            List<LineItemInput> lineItems, List<AllocationInput> allocations) {
    }

    /**
     * What makes a bill a return (§7.3): when, how much, which kind, and the bill it returns.
     *
     * @param returnBillId the id of the bill being returned
     */
    public record ReturnInput(String returnDate, BigDecimal returnAmount, String returnType, String returnBillId) {
    }

    /**
     * One line of a bill (§7.3), with the allocations it earned; its return, if the line was returned.
     *
     * @param returned the line's return, sent as {@code return} (a Java keyword)
     */
    public record LineItemInput(Long id, String itemCode, BigDecimal grossAmount, BigDecimal discount, BigDecimal amount,
                                BigDecimal rate, BigDecimal qty, @JsonProperty("return") LineReturnInput returned,
                                List<AllocationInput> allocations) {
    }

    /** What of a line item was returned (§7.3): its amount, rate, quantity and value, and the item's serial number. */
    public record LineReturnInput(BigDecimal returnAmount, BigDecimal returnRate, BigDecimal returnQty,
                                  BigDecimal returnValue, String serialNumber) {
    }

    /**
     * One allocation of points (§7.2): its kind (regular, promotional, promised...), value, dates and the reference
     * data it was earned under, each named by id and name.
     */
    public record AllocationInput(String kind, BigDecimal value, BigDecimal sourceValue, String awardedOn,
                                  String expiresOn, String conversionDate, ReferenceInput program,
                                  ReferenceInput category, ReferenceInput allocationStrategy,
                                  ReferenceInput expiryStrategy, ReferenceInput promotion,
                                  ReferenceInput alternateCurrency, BigDecimal returnedPoints,
                                  AwardActionInput awardAction) {
    }

    /**
     * Reference data named by id and name; a program says whether it is the
     * org's default, an expiry strategy its type, a promotion its dates, a
     * currency its identifier.
     */
    public record ReferenceInput(Long id, String name, Boolean isDefault, String type, String startDate, String endDate,
                                 String identifier) {
    }

    /** The rule that awarded an allocation, and the ruleset it belongs to, each by id and name. */
    public record AwardActionInput(Long id, String name, Long rulesetId, String rulesetName) {
    }

    /** A custom or extended field of the event (§7.4): its name and its value as text. */
    public record NamedValueInput(String name, String value) {
    }

    /** How part of a bill was paid (§7.3): the mode's name and the amount paid that way. */
    public record PaymentModeInput(String name, BigDecimal amount) {
    }

    /** The customer's tier in a program at the event's time, shown as the event's point-in-time slab. */
    public record SlabInput(Integer slabNumber, String slabName, Long programId, Boolean defaultProgram) {
    }

    /** Points under one program: a redemption's, a transfer's or an adjustment's breakup by program. */
    public record ProgramPointsInput(BigDecimal points, ReferenceInput program) {
    }

    /** A behavioural event's own block (§7.5): how it is displayed, and its fields. */
    public record GenericInput(String eventDisplayName, String displayName, String label, List<GenericFieldInput> fields) {
    }

    /** One field of a behavioural event: its name, its type and its attributes by name. */
    public record GenericFieldInput(String fieldName, String fieldType, Map<String, AttributeInput> attributes) {
    }

    /** One attribute of a behavioural event's field: the type of its value, and the value as text. */
    public record AttributeInput(String valueType, String value) {
    }

    /**
     * A goodwill award's block (§7.5): why it was given, and the request it answered.
     *
     * @param requestId the goodwill request's id, sent as a JSON number or its digits and kept as its digits
     */
    public record GoodwillInput(String reason, String comments, Long assocId,
                                @JsonDeserialize(using = IdDigitsDeserializer.class) String requestId) {
    }

    /**
     * A redemption's block (§7.5): the points redeemed, for what, and their breakup by program.
     *
     * @param redemptionId the redemption's id, sent as a JSON number or its digits and kept as its digits
     */
    public record RedemptionInput(BigDecimal pointsRedeemed, String redemptionPurpose, String transactionNumber,
                                  String billingTime, String externalReferenceNumber,
                                  @JsonDeserialize(using = IdDigitsDeserializer.class) String redemptionId, String notes,
                                  Boolean groupRedemption, List<ProgramPointsInput> pointsBreakup) {
    }

    /** A transfer's block (§7.5): the party the points left and the one they reached. */
    public record TransferInput(PartyInput transferredFrom, PartyInput transferredTo, String notes) {
    }

    /** One side of a transfer: the customer, how the transfer counted for her, and the points by program. */
    public record PartyInput(Long userId, String firstName, String lastName, String transferType,
                             List<ProgramPointsInput> points) {
    }

    /** A target's block (§7.5.1): the target, its period and group, the values reached and what it earned. */
    public record TargetInput(Long targetGroupId, String targetGroupName, Long targetId, String targetName,
                              String targetDescription, Long targetPeriodId, String targetPeriodName,
                              BigDecimal targetValue, BigDecimal achievedValue, BigDecimal triggerValue, Long sourceId,
                              String sourceType, String milestoneName, BigDecimal pointsEarned) {
    }

    /** A voucher redemption's block (§7.5): the voucher issued, its series, its code and when it was redeemed. */
    public record VoucherInput(Long voucherIssuedId, Long voucherSeriesId, String redeemedVoucherCode, String redeemDate) {
    }

    /**
     * A manual points adjustment's block (§7.5.2): the points deducted, by program, and the allocations the
     * deduction consumed.
     */
    public record AdjustmentInput(BigDecimal totalPointsDeducted, String createdOn, String reason,
                                  List<ProgramPointsInput> deductions, List<DeductionInput> deductionBreakup) {
    }

    /** An allocation an adjustment consumed (§7.5.2), under the names the explode answer shows it with. */
    public record DeductionInput(Long loyaltyId, ReferenceInput program, BigDecimal points, BigDecimal currencyValue,
                                 ReferenceInput promotion, String pointAwardedRefType, Long pointAwardedRefId,
                                 String pointsDeductedOn, String pointsDeductedBy, Long pointsDeductedById,
                                 String sourceType, Long awardedTillId, String awardedTillDate) {
    }

    /** A promotion import's block (§7.5): the file it came from, when the import ran and under which profile. */
    public record ImportInput(String eventDisplayName, String fileName, String importStartTime, String importEndTime,
                              String profileName, String profileType) {
    }
}
