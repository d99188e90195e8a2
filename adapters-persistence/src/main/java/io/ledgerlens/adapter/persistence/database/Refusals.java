package io.ledgerlens.adapter.persistence.database;

import io.ledgerlens.application.port.out.LedgerRefusedException;
import io.ledgerlens.application.port.out.LedgerRefusedException.Part;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;

/** Which part of a write a refused value was in, from the table PostgreSQL refused it in. */
final class Refusals {

    /** The table a statement jOOQ ran writes, as its exception quotes the statement. */
    private static final Pattern WRITTEN_TABLE = Pattern.compile("SQL \\[(?:insert into|update) \"?(\\w+)\"?");

    private static final Map<String, Part> PARTS = Map.ofEntries(
            Map.entry("ledger_event", Part.EVENT),
            Map.entry("bill", Part.BILL),
            Map.entry("line_item", Part.LINE_ITEMS),
            Map.entry("points_allocation", Part.AWARDS),
            Map.entry("custom_field", Part.CUSTOM_FIELDS),
            Map.entry("extended_field", Part.EXTENDED_FIELDS),
            Map.entry("payment_mode", Part.PAYMENT_MODES),
            Map.entry("event_tier", Part.TIERS),
            Map.entry("generic_event_detail", Part.EVENT_DETAIL),
            Map.entry("behavioral_field", Part.EVENT_DETAIL),
            Map.entry("behavioral_attribute", Part.EVENT_DETAIL),
            Map.entry("goodwill_detail", Part.EVENT_DETAIL),
            Map.entry("redemption_detail", Part.EVENT_DETAIL),
            Map.entry("event_program_points", Part.EVENT_DETAIL),
            Map.entry("transfer_detail", Part.EVENT_DETAIL),
            Map.entry("transfer_party", Part.EVENT_DETAIL),
            Map.entry("target_completed_detail", Part.EVENT_DETAIL),
            Map.entry("voucher_redemption_detail", Part.EVENT_DETAIL),
            Map.entry("manual_adjustment_detail", Part.EVENT_DETAIL),
            Map.entry("adjustment_deduction", Part.EVENT_DETAIL),
            Map.entry("import_detail", Part.EVENT_DETAIL),
            // The call that writes the thirteen detail tables above on one PostgreSQL (V26).
            Map.entry("ledger_write_details", Part.EVENT_DETAIL),
            Map.entry("program", Part.REFERENCE_DATA),
            Map.entry("points_category", Part.REFERENCE_DATA),
            Map.entry("allocation_strategy", Part.REFERENCE_DATA),
            Map.entry("expiry_strategy", Part.REFERENCE_DATA),
            Map.entry("promotion", Part.REFERENCE_DATA),
            Map.entry("alternate_currency", Part.REFERENCE_DATA),
            Map.entry("till", Part.REFERENCE_DATA),
            Map.entry("tier", Part.REFERENCE_DATA),
            Map.entry("customer", Part.CUSTOMER),
            Map.entry("customer_id_registry", Part.CUSTOMER),
            Map.entry("customer_identifier", Part.IDENTIFIERS),
            Map.entry("user_group", Part.USER_GROUP),
            Map.entry("user_group_id_registry", Part.USER_GROUP),
            Map.entry("user_group_member", Part.MEMBERS),
            Map.entry("org", Part.ORG));

    private Refusals() {
    }

    /** The refusal {@code failure} is, if PostgreSQL refused a value it was given. */
    static Optional<LedgerRefusedException> of(DataAccessException failure) {
        var refused = failure instanceof RefusedRows rows ? rows : failure.getCause(RefusedRows.class);
        if (refused != null) {
            return Optional.of(new LedgerRefusedException(partOf(refused.table()), failure));
        }
        if (!RefusedRows.isRefusedValue(failure)) {
            return Optional.empty();
        }
        return Optional.of(new LedgerRefusedException(partOf(tableOf(failure)), failure));
    }

    private static String tableOf(DataAccessException failure) {
        var postgres = failure.getCause(PSQLException.class);
        var said = postgres == null || postgres.getServerErrorMessage() == null ? null
                : postgres.getServerErrorMessage().getTable();
        if (said != null) {
            return said;
        }
        var statement = failure.getMessage() == null ? null : WRITTEN_TABLE.matcher(failure.getMessage());
        return statement != null && statement.find() ? statement.group(1) : "";
    }

    private static Part partOf(String table) {
        return PARTS.getOrDefault(table, Part.UNKNOWN);
    }
}
