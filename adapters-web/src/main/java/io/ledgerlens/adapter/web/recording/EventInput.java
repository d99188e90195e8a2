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

    public record BillInput(String billNumber, BigDecimal grossAmount, BigDecimal discount, BigDecimal billAmount,
                            String note, String source, String billDate, @JsonProperty("return") ReturnInput returned,
                            List<LineItemInput> lineItems, List<AllocationInput> allocations) {
    }

    public record ReturnInput(String returnDate, BigDecimal returnAmount, String returnType, String returnBillId) {
    }

    public record LineItemInput(Long id, String itemCode, BigDecimal grossAmount, BigDecimal discount, BigDecimal amount,
                                BigDecimal rate, BigDecimal qty, @JsonProperty("return") LineReturnInput returned,
                                List<AllocationInput> allocations) {
    }

    public record LineReturnInput(BigDecimal returnAmount, BigDecimal returnRate, BigDecimal returnQty,
                                  BigDecimal returnValue, String serialNumber) {
    }

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

    public record AwardActionInput(Long id, String name, Long rulesetId, String rulesetName) {
    }

    public record NamedValueInput(String name, String value) {
    }

    public record PaymentModeInput(String name, BigDecimal amount) {
    }

    public record SlabInput(Integer slabNumber, String slabName, Long programId, Boolean defaultProgram) {
    }

    public record ProgramPointsInput(BigDecimal points, ReferenceInput program) {
    }

    public record GenericInput(String eventDisplayName, String displayName, String label, List<GenericFieldInput> fields) {
    }

    public record GenericFieldInput(String fieldName, String fieldType, Map<String, AttributeInput> attributes) {
    }

    public record AttributeInput(String valueType, String value) {
    }

    public record GoodwillInput(String reason, String comments, Long assocId,
                                @JsonDeserialize(using = IdDigitsDeserializer.class) String requestId) {
    }

    public record RedemptionInput(BigDecimal pointsRedeemed, String redemptionPurpose, String transactionNumber,
                                  String billingTime, String externalReferenceNumber,
                                  @JsonDeserialize(using = IdDigitsDeserializer.class) String redemptionId, String notes,
                                  Boolean groupRedemption, List<ProgramPointsInput> pointsBreakup) {
    }

    public record TransferInput(PartyInput transferredFrom, PartyInput transferredTo, String notes) {
    }

    public record PartyInput(Long userId, String firstName, String lastName, String transferType,
                             List<ProgramPointsInput> points) {
    }

    public record TargetInput(Long targetGroupId, String targetGroupName, Long targetId, String targetName,
                              String targetDescription, Long targetPeriodId, String targetPeriodName,
                              BigDecimal targetValue, BigDecimal achievedValue, BigDecimal triggerValue, Long sourceId,
                              String sourceType, String milestoneName, BigDecimal pointsEarned) {
    }

    public record VoucherInput(Long voucherIssuedId, Long voucherSeriesId, String redeemedVoucherCode, String redeemDate) {
    }

    public record AdjustmentInput(BigDecimal totalPointsDeducted, String createdOn, String reason,
                                  List<ProgramPointsInput> deductions, List<DeductionInput> deductionBreakup) {
    }

    /** An allocation an adjustment consumed (§7.5.2), under the names the explode answer shows it with. */
    public record DeductionInput(Long loyaltyId, ReferenceInput program, BigDecimal points, BigDecimal currencyValue,
                                 ReferenceInput promotion, String pointAwardedRefType, Long pointAwardedRefId,
                                 String pointsDeductedOn, String pointsDeductedBy, Long pointsDeductedById,
                                 String sourceType, Long awardedTillId, String awardedTillDate) {
    }

    public record ImportInput(String eventDisplayName, String fileName, String importStartTime, String importEndTime,
                              String profileName, String profileType) {
    }
}
