package io.ledgerlens.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

    private static AuditRecord withDetail(String detail) {
        return new AuditRecord(Instant.EPOCH, AuditActor.signingIn(Optional.empty(), Optional.of("x\ty"), "203.0.113.9\n"),
                Optional.empty(), AuditAction.SIGN_IN_FAILED, "a token", AuditOutcome.REFUSED, detail);
    }

    @Test
    void a_line_break_or_tab_in_what_a_stranger_sent_cannot_forge_a_record_of_its_own() {
        var record = withDetail("bad\n2026-12-04T00:00:00Z\tDONE\tORG_CREATED");
        assertThat(record.detail()).doesNotContain("\n", "\t").isEqualTo("bad 2026-12-04T00:00:00Z DONE ORG_CREATED");
        assertThat(record.actor().name()).contains("x y");
        assertThat(record.actor().clientAddress()).contains("203.0.113.9 ");
    }

    @Test
    void text_longer_than_the_column_is_cut_to_fit_without_splitting_a_character() {
        assertThat(withDetail("x".repeat(300)).detail()).hasSize(AuditRecord.MAX_TEXT).endsWith("…");
        var emoji = withDetail("x".repeat(253) + "😀😀").detail();
        assertThat(emoji.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF)).as("no half of a pair").isEmpty();
        assertThat(emoji.length()).isLessThanOrEqualTo(AuditRecord.MAX_TEXT);
    }
}
