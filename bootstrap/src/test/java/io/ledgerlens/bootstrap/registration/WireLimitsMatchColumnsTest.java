package io.ledgerlens.bootstrap.registration;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Accepted means storable: every limit the OpenAPI document states for a field
 * of a write (its {@code maxLength}, its {@code maximum}) is the limit of the
 * column it lands in, as a migrated PostgreSQL's catalog says. A field the
 * document does not limit, a column it does not name, a length or a scale that
 * differs, and a field not placed in a column here all fail this test. What the
 * API accepts up to its limits {@link WritesNeverAnswerA5xxTest} sends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireLimitsMatchColumnsTest {

    /** Where each field of a write lands: by its definition in the document, the table.column of every place. */
    private static final Map<String, List<String>> COLUMNS = Map.ofEntries(
            entry("Org.orgId", List.of("org.org_id")),
            entry("Org.name", List.of("org.name")),
            entry("Org.parentOrgId", List.of("org.parent_org_id")),
            entry("Org.timeZone", List.of("org.time_zone")),
            entry("Org.sourceValueCapturing", List.of("org.source_value_capturing")),
            entry("Program.orgId", List.of("program.org_id")),
            entry("Program.programId", List.of("program.program_id")),
            entry("Program.name", List.of("program.name")),
            entry("Program.isDefault", List.of("program.is_default")),
            entry("Tier.orgId", List.of("tier.org_id")),
            entry("Tier.programId", List.of("tier.program_id")),
            entry("Tier.slabNumber", List.of("tier.slab_number")),
            entry("Tier.name", List.of("tier.name")),
            entry("PointsCategory.orgId", List.of("points_category.org_id")),
            entry("PointsCategory.pointsCategoryId", List.of("points_category.points_category_id")),
            entry("PointsCategory.name", List.of("points_category.name")),
            entry("AllocationStrategy.orgId", List.of("allocation_strategy.org_id")),
            entry("AllocationStrategy.allocationStrategyId", List.of("allocation_strategy.allocation_strategy_id")),
            entry("AllocationStrategy.name", List.of("allocation_strategy.name")),
            entry("ExpiryStrategy.orgId", List.of("expiry_strategy.org_id")),
            entry("ExpiryStrategy.expiryStrategyId", List.of("expiry_strategy.expiry_strategy_id")),
            entry("ExpiryStrategy.name", List.of("expiry_strategy.name")),
            entry("ExpiryStrategy.type", List.of("expiry_strategy.expiry_type")),
            entry("Promotion.orgId", List.of("promotion.org_id")),
            entry("Promotion.promotionId", List.of("promotion.promotion_id")),
            entry("Promotion.name", List.of("promotion.name")),
            entry("Promotion.startDate", List.of("promotion.start_date")),
            entry("Promotion.endDate", List.of("promotion.end_date")),
            entry("AlternateCurrency.orgId", List.of("alternate_currency.org_id")),
            entry("AlternateCurrency.alternateCurrencyId", List.of("alternate_currency.alternate_currency_id")),
            entry("AlternateCurrency.name", List.of("alternate_currency.name")),
            entry("AlternateCurrency.identifier", List.of("alternate_currency.identifier")),
            entry("Till.orgId", List.of("till.org_id")),
            entry("Till.tillId", List.of("till.till_id")),
            entry("Till.code", List.of("till.code")),
            entry("Customer.customerId", List.of("customer.customer_id", "customer_identifier.customer_id")),
            entry("Customer.firstName", List.of("customer.first_name")),
            entry("Customer.lastName", List.of("customer.last_name")),
            entry("Identifier.name", List.of("customer_identifier.identifier_name")),
            entry("Identifier.value", List.of("customer_identifier.identifier_value")),
            entry("Identifier.source", List.of("customer_identifier.source")),
            entry("Identifier.accountId", List.of("customer_identifier.account_id")),
            entry("UserGroup.userGroupId", List.of("user_group.user_group_id", "user_group_member.user_group_id")),
            entry("UserGroup.externalId", List.of("user_group.external_id")),
            entry("UserGroup.name", List.of("user_group.name")),
            entry("UserGroup.members[].customerId", List.of("user_group_member.customer_id")),
            entry("UserGroup.members[].primary", List.of("user_group_member.is_primary")),
            entry("issueCredential.kind", List.of("credential.kind")),
            entry("issueCredential.name", List.of("credential.name")),
            entry("issueCredential.rights[]", List.of("credential.points_read", "credential.ledger_write", "credential.org_admin")),
            entry("EventInput.uniqueId", List.of("ledger_event.unique_id")),
            entry("EventInput.eventName", List.of("ledger_event.event_name")),
            entry("EventInput.customerId", List.of("ledger_event.customer_id")),
            entry("EventInput.userGroupId", List.of("ledger_event.user_group_id")),
            entry("EventInput.eventReferenceId", List.of("ledger_event.event_reference_id")),
            entry("EventInput.eventTime", List.of("ledger_event.event_time")),
            entry("EventInput.tillId", List.of("ledger_event.till_id")),
            entry("EventInput.paymentModes[].name", List.of("payment_mode.mode")),
            entry("EventInput.paymentModes[].amount", List.of("payment_mode.amount")),
            entry("EventInput.pointInTimeSlabs[].slabNumber", List.of("event_tier.slab_number")),
            entry("EventInput.pointInTimeSlabs[].slabName", List.of("event_tier.slab_name")),
            entry("EventInput.pointInTimeSlabs[].programId", List.of("event_tier.program_id")),
            entry("EventInput.pointInTimeSlabs[].defaultProgram", List.of("event_tier.is_default_program")),
            entry("EventInput.behavioralEvent.eventDisplayName", List.of("generic_event_detail.event_display_name")),
            entry("EventInput.behavioralEvent.displayName", List.of("generic_event_detail.display_name")),
            entry("EventInput.behavioralEvent.label", List.of("generic_event_detail.label")),
            entry("EventInput.behavioralEvent.fields[].fieldName", List.of("behavioral_field.field_name")),
            entry("EventInput.behavioralEvent.fields[].fieldType", List.of("behavioral_field.field_type")),
            entry("EventInput.behavioralEvent.fields[].attributes{}#name", List.of("behavioral_attribute.name")),
            entry("EventInput.behavioralEvent.fields[].attributes{}.valueType", List.of("behavioral_attribute.value_type")),
            entry("EventInput.behavioralEvent.fields[].attributes{}.value", List.of("behavioral_attribute.value")),
            entry("EventInput.goodwill.reason", List.of("goodwill_detail.reason")),
            entry("EventInput.goodwill.comments", List.of("goodwill_detail.comments")),
            entry("EventInput.goodwill.assocId", List.of("goodwill_detail.assoc_id")),
            entry("EventInput.goodwill.requestId", List.of("goodwill_detail.request_id")),
            entry("EventInput.redemption.pointsRedeemed", List.of("redemption_detail.points_redeemed")),
            entry("EventInput.redemption.redemptionPurpose", List.of("redemption_detail.redemption_purpose")),
            entry("EventInput.redemption.transactionNumber", List.of("redemption_detail.transaction_number")),
            entry("EventInput.redemption.billingTime", List.of("redemption_detail.billing_time")),
            entry("EventInput.redemption.externalReferenceNumber", List.of("redemption_detail.external_reference_number")),
            entry("EventInput.redemption.redemptionId", List.of("redemption_detail.redemption_id")),
            entry("EventInput.redemption.notes", List.of("redemption_detail.notes")),
            entry("EventInput.redemption.groupRedemption", List.of("redemption_detail.group_redemption")),
            entry("EventInput.transfer.notes", List.of("transfer_detail.notes")),
            entry("EventInput.target.targetGroupId", List.of("target_completed_detail.target_group_id")),
            entry("EventInput.target.targetGroupName", List.of("target_completed_detail.target_group_name")),
            entry("EventInput.target.targetId", List.of("target_completed_detail.target_id")),
            entry("EventInput.target.targetName", List.of("target_completed_detail.target_name")),
            entry("EventInput.target.targetDescription", List.of("target_completed_detail.target_description")),
            entry("EventInput.target.targetPeriodId", List.of("target_completed_detail.target_period_id")),
            entry("EventInput.target.targetPeriodName", List.of("target_completed_detail.target_period_name")),
            entry("EventInput.target.targetValue", List.of("target_completed_detail.target_value")),
            entry("EventInput.target.achievedValue", List.of("target_completed_detail.achieved_value")),
            entry("EventInput.target.triggerValue", List.of("target_completed_detail.trigger_value")),
            entry("EventInput.target.sourceId", List.of("target_completed_detail.source_id")),
            entry("EventInput.target.sourceType", List.of("target_completed_detail.source_type")),
            entry("EventInput.target.milestoneName", List.of("target_completed_detail.milestone_name")),
            entry("EventInput.target.pointsEarned", List.of("target_completed_detail.points_earned")),
            entry("EventInput.voucher.voucherIssuedId", List.of("voucher_redemption_detail.voucher_issued_id")),
            entry("EventInput.voucher.voucherSeriesId", List.of("voucher_redemption_detail.voucher_series_id")),
            entry("EventInput.voucher.redeemedVoucherCode", List.of("voucher_redemption_detail.redeemed_voucher_code")),
            entry("EventInput.voucher.redeemDate", List.of("voucher_redemption_detail.redeem_date")),
            entry("EventInput.adjustment.totalPointsDeducted", List.of("manual_adjustment_detail.total_points_deducted")),
            entry("EventInput.adjustment.createdOn", List.of("manual_adjustment_detail.created_on")),
            entry("EventInput.adjustment.reason", List.of("manual_adjustment_detail.reason")),
            entry("EventInput.importMeta.eventDisplayName", List.of("import_detail.event_display_name")),
            entry("EventInput.importMeta.fileName", List.of("import_detail.file_name")),
            entry("EventInput.importMeta.importStartTime", List.of("import_detail.import_start_time")),
            entry("EventInput.importMeta.importEndTime", List.of("import_detail.import_end_time")),
            entry("EventInput.importMeta.profileName", List.of("import_detail.profile_name")),
            entry("EventInput.importMeta.profileType", List.of("import_detail.profile_type")),
            entry("BillInput.billNumber", List.of("bill.bill_number")),
            entry("BillInput.grossAmount", List.of("bill.gross_amount")),
            entry("BillInput.discount", List.of("bill.discount")),
            entry("BillInput.billAmount", List.of("bill.bill_amount")),
            entry("BillInput.note", List.of("bill.note")),
            entry("BillInput.source", List.of("bill.source")),
            entry("BillInput.billDate", List.of("bill.bill_date")),
            entry("BillInput.return.returnDate", List.of("bill.return_date")),
            entry("BillInput.return.returnAmount", List.of("bill.return_amount")),
            entry("BillInput.return.returnType", List.of("bill.return_type")),
            entry("BillInput.return.returnBillId", List.of("bill.return_bill_id")),
            entry("BillInput.lineItems[].id", List.of("line_item.line_item_id")),
            entry("BillInput.lineItems[].itemCode", List.of("line_item.item_code")),
            entry("BillInput.lineItems[].grossAmount", List.of("line_item.gross_amount")),
            entry("BillInput.lineItems[].discount", List.of("line_item.discount")),
            entry("BillInput.lineItems[].amount", List.of("line_item.amount")),
            entry("BillInput.lineItems[].rate", List.of("line_item.rate")),
            entry("BillInput.lineItems[].qty", List.of("line_item.qty")),
            entry("BillInput.lineItems[].return.returnAmount", List.of("line_item.return_amount")),
            entry("BillInput.lineItems[].return.returnRate", List.of("line_item.return_rate")),
            entry("BillInput.lineItems[].return.returnQty", List.of("line_item.return_qty")),
            entry("BillInput.lineItems[].return.returnValue", List.of("line_item.return_value")),
            entry("BillInput.lineItems[].return.serialNumber", List.of("line_item.serial_number")),
            entry("AllocationInput.kind", List.of("points_allocation.kind")),
            entry("AllocationInput.value", List.of("points_allocation.value")),
            entry("AllocationInput.sourceValue", List.of("points_allocation.source_value")),
            entry("AllocationInput.awardedOn", List.of("points_allocation.awarded_on")),
            entry("AllocationInput.expiresOn", List.of("points_allocation.expires_on")),
            entry("AllocationInput.conversionDate", List.of("points_allocation.conversion_date")),
            entry("AllocationInput.returnedPoints", List.of("points_allocation.returned_points")),
            entry("AllocationInput.awardAction.id", List.of("points_allocation.award_action_id")),
            entry("AllocationInput.awardAction.name", List.of("points_allocation.award_action_name")),
            entry("AllocationInput.awardAction.rulesetId", List.of("points_allocation.ruleset_id")),
            entry("AllocationInput.awardAction.rulesetName", List.of("points_allocation.ruleset_name")),
            entry("ReferenceInput.id", List.of("program.program_id", "points_category.points_category_id",
                    "allocation_strategy.allocation_strategy_id", "expiry_strategy.expiry_strategy_id", "promotion.promotion_id",
                    "alternate_currency.alternate_currency_id", "points_allocation.program_id",
                    "points_allocation.points_category_id", "points_allocation.allocation_strategy_id",
                    "points_allocation.expiry_strategy_id", "points_allocation.promotion_id",
                    "points_allocation.alternate_currency_id", "event_program_points.program_id")),
            entry("ReferenceInput.name", List.of("program.name", "points_category.name", "allocation_strategy.name",
                    "expiry_strategy.name", "promotion.name", "alternate_currency.name")),
            entry("ReferenceInput.isDefault", List.of("program.is_default")),
            entry("ReferenceInput.type", List.of("expiry_strategy.expiry_type")),
            entry("ReferenceInput.startDate", List.of("promotion.start_date")),
            entry("ReferenceInput.endDate", List.of("promotion.end_date")),
            entry("ReferenceInput.identifier", List.of("alternate_currency.identifier")),
            entry("NamedValueInput.name", List.of("custom_field.name", "extended_field.name")),
            entry("NamedValueInput.value", List.of("custom_field.value", "extended_field.value")),
            entry("ProgramPointsInput.points", List.of("event_program_points.points")),
            entry("DeductionInput.loyaltyId", List.of("adjustment_deduction.loyalty_id")),
            entry("DeductionInput.points", List.of("adjustment_deduction.points")),
            entry("DeductionInput.currencyValue", List.of("adjustment_deduction.currency_value")),
            entry("DeductionInput.promotion.id", List.of("adjustment_deduction.promotion_id")),
            entry("DeductionInput.promotion.name", List.of("adjustment_deduction.promotion_name")),
            entry("DeductionInput.pointAwardedRefType", List.of("adjustment_deduction.awarded_ref_type")),
            entry("DeductionInput.pointAwardedRefId", List.of("adjustment_deduction.awarded_ref_id")),
            entry("DeductionInput.pointsDeductedOn", List.of("adjustment_deduction.deducted_on")),
            entry("DeductionInput.pointsDeductedBy", List.of("adjustment_deduction.deducted_by")),
            entry("DeductionInput.pointsDeductedById", List.of("adjustment_deduction.deducted_by_id")),
            entry("DeductionInput.sourceType", List.of("adjustment_deduction.source_type")),
            entry("DeductionInput.awardedTillId", List.of("adjustment_deduction.awarded_till_id")),
            entry("DeductionInput.awardedTillDate", List.of("adjustment_deduction.awarded_till_date")),
            entry("PartyInput.userId", List.of("transfer_party.user_id")),
            entry("PartyInput.firstName", List.of("transfer_party.first_name")),
            entry("PartyInput.lastName", List.of("transfer_party.last_name")),
            entry("PartyInput.transferType", List.of("transfer_party.transfer_type")));

    /**
     * The fields whose limit is narrower than their column, each for a rule of its own (the contract's, or a
     * standard's); the column holds more, so the database never refuses them. Every other limit equals its column.
     */
    private static final Map<String, String> NARROWER_BY_RULE = Map.of(
            "Org.timeZone", "an id of the IANA time zone database, checked against the JDK's list",
            "Identifier.value", "a mobile of 8 to 15 digits, an email of at most 254 characters (RFC 5321) once in lower "
                    + "case, or an external id of 1 to 100 characters (the contract's §4)",
            "Identifier.accountId", "an account of a source: at most 100 printable characters, as the contract's externalId",
            "UserGroup.externalId", "the contract's externalId (§4): 1 to 100 printable characters");

    /**
     * Ids the write takes as 64-bit integers and stores as their digits: events recorded before revision 2 of the
     * contract hold free text in these columns, and their fingerprints must not change. The column holds any of them.
     */
    private static final Set<String> IDS_KEPT_AS_TEXT = Set.of("EventInput.goodwill.requestId",
            "EventInput.redemption.redemptionId");

    private record Column(String type, Integer length, Integer precision, Integer scale) {
    }

    private final Map<String, Column> catalog = new HashMap<>();
    private final List<WriteApiDocument.Field> fields = new ArrayList<>();

    @BeforeAll
    void readTheCatalogOfAMigratedLedgerAndTheDocument() throws SQLException {
        try (var connection = PostgresDatabase.freshLedger().owner().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select table_name, column_name, data_type, character_maximum_length,"
                     + " numeric_precision, numeric_scale from information_schema.columns where table_schema = 'public'")) {
            while (rows.next()) {
                catalog.put(rows.getString(1) + "." + rows.getString(2), new Column(rows.getString(3),
                        (Integer) rows.getObject(4), (Integer) rows.getObject(5), (Integer) rows.getObject(6)));
            }
        }
        WriteApiDocument.shipped().writes().forEach(write -> fields.addAll(write.fields()));
        assertThat(fields).hasSizeGreaterThan(300);
    }

    @Test
    void every_field_of_every_write_lands_in_a_column_named_here_and_every_column_named_here_exists() {
        var definitions = new TreeSet<String>();
        fields.forEach(field -> definitions.add(field.definition()));
        assertThat(definitions).as("fields of the document no column is named for").isSubsetOf(COLUMNS.keySet());
        assertThat(COLUMNS.keySet()).as("fields named here the document no longer has").isSubsetOf(definitions);
        assertThat(COLUMNS.values().stream().flatMap(List::stream).toList())
                .as("columns named here the migrated database does not have").allMatch(catalog::containsKey);
    }

    @Test
    void every_limit_of_the_document_is_the_limit_of_the_column_its_field_lands_in() {
        var mismatches = new LinkedHashSet<String>();
        for (var field : fields) {
            for (var place : COLUMNS.getOrDefault(field.definition(), List.of())) {
                var column = catalog.get(place);
                if (column != null) {
                    mismatch(field, place, column).ifPresent(mismatches::add);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** What is wrong with {@code field} landing in {@code column}, if anything. */
    private static Optional<String> mismatch(WriteApiDocument.Field field, String place, Column column) {
        var schema = field.schema();
        var type = schema.path("type").asText();
        var at = field.definition() + " -> " + place + " (" + column + "): ";
        var named = field.named().orElse("");
        if (field.isEnum()) {
            int longest = 0;
            for (var value : schema.get("enum")) {
                longest = Math.max(longest, value.asText().length());
            }
            return column.type().equals("boolean") || column.type().equals("character varying") && column.length() >= longest
                    ? Optional.empty() : Optional.of(at + "an enum needs a text column that holds " + longest);
        }
        if (IDS_KEPT_AS_TEXT.contains(field.definition())) {
            var digits = String.valueOf(Long.MAX_VALUE).length();
            return column.type().equals("character varying") && column.length() >= digits ? Optional.empty()
                    : Optional.of(at + "an id kept as its digits needs a text column of " + digits);
        }
        if (named.equals("Instant")) {
            return expect(at, column, "timestamp with time zone");
        }
        if (named.equals("Date")) {
            return expect(at, column, "date");
        }
        switch (type) {
            case "string":
                return text(field, at, column);
            case "integer":
                var int64 = "int64".equals(schema.path("format").asText());
                var maximum = BigDecimal.valueOf(int64 ? Long.MAX_VALUE : Integer.MAX_VALUE);
                if (field.maximum().map(m -> m.compareTo(maximum) != 0).orElse(true)) {
                    return Optional.of(at + "an integer of " + schema.path("format").asText() + " states maximum " + maximum);
                }
                return expect(at, column, int64 ? "bigint" : "integer");
            case "number":
                if (!column.type().equals("numeric") || column.precision() == null) {
                    return Optional.of(at + "a number lands in a numeric column of fixed precision");
                }
                var largest = BigDecimal.TEN.pow(column.precision() - column.scale()).subtract(BigDecimal.ONE.movePointLeft(column.scale()));
                return field.maximum().filter(m -> m.compareTo(largest) == 0 && m.scale() == column.scale()).isPresent()
                        ? Optional.empty() : Optional.of(at + "maximum must be " + largest.toPlainString());
            case "boolean":
                return expect(at, column, "boolean");
            default:
                return Optional.of(at + "a field of type '" + type + "' is not checked here");
        }
    }

    private static Optional<String> text(WriteApiDocument.Field field, String at, Column column) {
        if (!column.type().equals("character varying")) {
            return Optional.of(at + "text lands in a varchar column");
        }
        var rule = NARROWER_BY_RULE.get(field.definition());
        var limit = field.maxLength();
        if (rule != null) {
            if (field.definition().equals("Org.timeZone")) {
                var longest = ZoneId.getAvailableZoneIds().stream().mapToInt(String::length).max().orElseThrow();
                return longest <= column.length() ? Optional.empty() : Optional.of(at + "a zone id of " + longest);
            }
            return limit.filter(l -> l < column.length()).isPresent() ? Optional.empty()
                    : Optional.of(at + "narrower by rule (" + rule + "), so maxLength below the column's");
        }
        if (limit.isEmpty()) {
            return Optional.of(at + "text without maxLength");
        }
        return limit.get().equals(column.length()) ? Optional.empty()
                : Optional.of(at + "maxLength " + limit.get() + " but the column holds " + column.length());
    }

    private static Optional<String> expect(String at, Column column, String type) {
        return column.type().equals(type) ? Optional.empty() : Optional.of(at + "expected a column of " + type);
    }
}
