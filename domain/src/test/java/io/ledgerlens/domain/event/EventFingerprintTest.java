package io.ledgerlens.domain.event;

import static io.ledgerlens.domain.testdata.LedgerEventBuilder.aTransactionAdd;
import static io.ledgerlens.domain.testdata.LedgerEventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.EventDetails;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import io.ledgerlens.domain.event.detail.ManualAdjustmentDetail;
import io.ledgerlens.domain.event.detail.ProgramPoints;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A fingerprint tells a retry (same content) from another event reusing a unique id (other content). */
class EventFingerprintTest {

    private static String fingerprintOf(UnaryOperator<LedgerEventBuilder> change) {
        return EventFingerprint.of(change.apply(aTransactionAdd().customField("zone", "north").paidBy("CASH", "10.0")).build());
    }

    @Test
    void the_same_content_has_the_same_fingerprint_whatever_its_event_log_id() {
        assertThat(fingerprintOf(e -> e.id(1))).isEqualTo(fingerprintOf(e -> e.id(2)));
    }

    @Test
    void any_difference_in_content_gives_another_fingerprint() {
        var original = fingerprintOf(e -> e);
        assertThat(fingerprintOf(e -> e.uniqueId("other"))).isNotEqualTo(original);
        assertThat(fingerprintOf(e -> e.tillId(42))).isNotEqualTo(original);
        assertThat(fingerprintOf(e -> e.customField("zone", "south"))).isNotEqualTo(original);
        assertThat(fingerprintOf(e -> e.bill(io.ledgerlens.domain.testdata.BillBuilder.aBill().note("other note"))))
                .isNotEqualTo(original);
        assertThat(fingerprintOf(e -> e.bill(io.ledgerlens.domain.testdata.BillBuilder.aBill()
                .allocations(Allocations.regular("29.6"))))).isNotEqualTo(original);
    }

    @Test
    void no_character_inside_a_value_can_pass_for_a_boundary_between_values() {
        assertThat(fingerprintOf(e -> e.customField("a", "b,c")))
                .isNotEqualTo(fingerprintOf(e -> e.customField("a,b", "c")));
        assertThat(fingerprintOf(e -> e.customField("a", "b\"1:c")))
                .isNotEqualTo(fingerprintOf(e -> e.customField("a", "b").customField("c", "")));
    }

    @Test
    void every_kind_with_its_block_has_a_fingerprint_that_is_stable_across_builds() {
        for (var name : EventName.values()) {
            var builder = anEvent(name);
            if (!name.isBillEvent()) {
                builder.allocations(Allocations.regular("4.0"));
                EventDetails.forKind(name).ifPresent(builder::detail);
            }
            assertThat(EventFingerprint.of(builder.build())).as(name.wireName()).hasSize(64)
                    .isEqualTo(EventFingerprint.of(builder.build()));
        }
    }

    @Test
    void the_format_is_pinned_so_that_stored_fingerprints_keep_matching_their_retries() {
        // Changing how content is written changes every stored fingerprint: a retry would then be refused as a reuse.
        assertThat(EventFingerprint.of(aTransactionAdd().build()))
                .isEqualTo("2c9e76770b54f4318068db2b9dc4f4867713c88766d83264fe853a948e6d0156");
        assertThat(EventFingerprint.scaleKeptOf(aTransactionAdd().build())).as("the format of 2026-11-26")
                .isEqualTo("7a9771a5503003a1c432c5b4ed855599fd21cc5e77b7de97175a28b6ca3be558");
    }

    @Test
    void amounts_count_by_value_so_an_event_read_back_at_six_decimals_has_the_fingerprint_it_was_appended_with() {
        var written = io.ledgerlens.domain.testdata.LedgerEventBuilder.aGoodwillAllocation().withoutAllocations().allocations(io.ledgerlens.domain.testdata.Allocations.regular("4.0")).build();
        var readBack = io.ledgerlens.domain.testdata.LedgerEventBuilder.aGoodwillAllocation().withoutAllocations().allocations(io.ledgerlens.domain.testdata.Allocations.regular("4.000000")).build();
        var other = io.ledgerlens.domain.testdata.LedgerEventBuilder.aGoodwillAllocation().withoutAllocations().allocations(io.ledgerlens.domain.testdata.Allocations.regular("4.000001")).build();
        assertThat(EventFingerprint.of(readBack)).isEqualTo(EventFingerprint.of(written)).isNotEqualTo(EventFingerprint.of(other));
    }

    @Test
    void an_event_recorded_with_the_older_fingerprint_format_is_still_recognised() {
        var event = aTransactionAdd().build();
        var fingerprint = EventFingerprint.of(event);
        assertThat(EventFingerprint.sameContent(event, fingerprint, EventFingerprint.legacyOf(event))).isTrue();
        assertThat(EventFingerprint.sameContent(event, fingerprint, EventFingerprint.scaleKeptOf(event))).isTrue();
        assertThat(EventFingerprint.sameContent(event, fingerprint, EventFingerprint.of(aTransactionAdd().tillId(1).build())))
                .isFalse();
    }

    @Test
    void an_adjustment_recorded_before_its_deduction_breakup_existed_keeps_its_fingerprint() {
        // Pinned before the breakup (§7.5.2) was added to the detail: a component added later is left out of the
        // canonical text while it is empty, so the chains of ledgers recorded earlier still verify.
        var adjustment = anEvent(EventName.MANUAL_POINTS_ADJUSTMENT).detail(new ManualAdjustmentDetail(
                new BigDecimal("30"), Instant.parse("2024-05-01T00:10:00Z"), "duplicate award reversed",
                List.of(new ProgramPoints(new BigDecimal("30"), Allocations.DEFAULT_PROGRAM))));
        assertThat(EventFingerprint.of(adjustment.build())).isEqualTo("47a9a4ad33ac4931d430aa660a1c4a3e3221f029cbabc394d56083f7d8aa2a88");
    }
}
