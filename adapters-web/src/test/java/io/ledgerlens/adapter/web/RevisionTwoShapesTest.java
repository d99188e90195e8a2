package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.MOBILE;
import static io.ledgerlens.adapter.web.ServedWrites.keysOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlens.domain.event.EventName;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes revision 2 of the contract changed, checked against the
 * contract's own tables (§7.1, §7.2, §7.3) rather than against our earlier
 * answers: which keys {@code eventDetails} holds per kind, which kinds carry
 * event-level {@code pointsEarned}, and what a bill shows with the breakup flag.
 */
class RevisionTwoShapesTest extends ServedWorld {

    private static final Set<String> TIMED_AT_A_TILL = Set.of("eventTime", "eventTimeISO", "tillId");

    /** §7.1, the table: the keys of {@code eventDetails} of each kind, asked without flags. */
    private static final Map<EventName, Set<String>> EVENT_DETAILS_KEYS = new EnumMap<>(EventName.class);

    static {
        for (var kind : List.of(EventName.TRANSACTION_ADD, EventName.NEW_BILL, EventName.GROUP_TRANSACTION_ADD,
                EventName.RETURN_BILL, EventName.CUSTOMER_REGISTRATION, EventName.CUSTOMER_UPDATE,
                EventName.TARGET_COMPLETED, EventName.VOUCHER_REDEMPTION, EventName.MANUAL_POINTS_ADJUSTMENT)) {
            EVENT_DETAILS_KEYS.put(kind, TIMED_AT_A_TILL);
        }
        EVENT_DETAILS_KEYS.put(EventName.POINTS_REDEMPTION, Set.of("eventTime", "eventTimeISO", "tillId", "redemptionDetails"));
        EVENT_DETAILS_KEYS.put(EventName.ALLOCATE_GOODWILL_POINTS,
                Set.of("eventTime", "eventTimeISO", "reason", "comments", "assocId", "requestId"));
        EVENT_DETAILS_KEYS.put(EventName.POINTS_TRANSFER, Set.of("eventTime", "eventTimeISO"));
        EVENT_DETAILS_KEYS.put(EventName.GENERIC_EVENT, Set.of("eventDisplayName", "tillId", "displayName"));
        for (var kind : List.of(EventName.CUSTOMER_PROMOTION_IMPORT, EventName.LINE_ITEMS_POINTS_PROMOTION_IMPORT,
                EventName.BILL_POINTS_PROMOTION_IMPORT)) {
            EVENT_DETAILS_KEYS.put(kind, Set.of("eventDisplayName", "tillId"));
        }
    }

    /** §7.2, the placement table: kinds whose points sit in a block of their own or in the bill. */
    private static final Set<EventName> WITHOUT_EVENT_LEVEL_POINTS = Set.of(EventName.TARGET_COMPLETED,
            EventName.POINTS_REDEMPTION, EventName.POINTS_TRANSFER, EventName.MANUAL_POINTS_ADJUSTMENT,
            EventName.TRANSACTION_ADD, EventName.NEW_BILL, EventName.GROUP_TRANSACTION_ADD, EventName.RETURN_BILL);

    static List<EventName> explodableKinds() {
        return EVENT_DETAILS_KEYS.keySet().stream().toList();
    }

    private JsonNode explode(EventName kind, String flags) {
        var reply = web.get("/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=" + MOBILE
                + "&source=INSTORE&eventIds=" + world.everyKind.get(kind) + flags);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().at("/events/0");
    }

    @Test
    void the_tables_name_every_kind_the_world_records() {
        assertThat(EVENT_DETAILS_KEYS.keySet()).containsExactlyInAnyOrderElementsOf(
                world.everyKind.keySet().stream().filter(EventName::hasExplodeDetail).toList());
    }

    @ParameterizedTest(name = "{0}: eventDetails holds the keys of its row")
    @MethodSource("explodableKinds")
    void event_details_hold_the_keys_of_their_kinds_row(EventName kind) {
        assertThat(keysOf(explode(kind, "").get("eventDetails"))).isEqualTo(EVENT_DETAILS_KEYS.get(kind));
    }

    @ParameterizedTest(name = "{0}: event-level pointsEarned as the placement table says")
    @MethodSource("explodableKinds")
    void event_level_points_sit_only_where_the_placement_table_puts_them(EventName kind) {
        var event = explode(kind, "");
        assertThat(event.has("pointsEarned")).isEqualTo(!WITHOUT_EVENT_LEVEL_POINTS.contains(kind));
        if (event.has("pointsEarned")) {
            assertThat(keysOf(event.get("pointsEarned"))).containsExactlyInAnyOrder("regular", "promo", "promised");
        }
    }

    @Test
    void a_bill_asked_for_its_breakup_alone_has_empty_line_items_after_the_breakup_and_neither_points_nor_slabs() {
        var event = explode(EventName.TRANSACTION_ADD, "&getPointsEarnedBreakup=true");
        var bill = event.get("billDetails");
        assertThat(bill.get("lineItems").isArray()).isTrue();
        assertThat(bill.get("lineItems")).isEmpty();
        var keys = new ArrayList<String>();
        bill.fieldNames().forEachRemaining(keys::add);
        assertThat(keys.subList(keys.size() - 2, keys.size())).containsExactly("pointsEarnedBreakup", "lineItems");
        assertThat(bill.has("pointsEarned")).isFalse();
        assertThat(event.has("pointInTimeSlabs")).isFalse();
    }

    @Test
    void with_bill_details_and_breakup_each_line_that_earned_points_has_its_own_breakup() {
        var lines = explode(EventName.TRANSACTION_ADD, "&getBillDetails=true&getPointsEarnedBreakup=true")
                .at("/billDetails/lineItems");
        assertThat(lines).isNotEmpty();
        for (var line : lines) {
            assertThat(line.has("pointsEarnedBreakup")).as(line.toString()).isEqualTo(line.has("pointsEarned"));
            if (line.has("pointsEarnedBreakup")) {
                assertThat(keysOf(line.get("pointsEarnedBreakup"))).containsExactlyInAnyOrder("regular", "promised");
            }
        }
        assertThat(lines.findParents("pointsEarnedBreakup")).isNotEmpty();
    }

    @Test
    void with_bill_details_alone_no_line_has_a_breakup() {
        var lines = explode(EventName.TRANSACTION_ADD, "&getBillDetails=true").at("/billDetails/lineItems");
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.has("pointsEarnedBreakup")).isFalse());
    }
}
