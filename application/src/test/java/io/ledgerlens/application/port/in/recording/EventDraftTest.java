package io.ledgerlens.application.port.in.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventFingerprint;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import org.junit.jupiter.api.Test;

class EventDraftTest {

    private static final OrgId ORG = OrgId.of(41);
    private static final EventSubject ASHA = EventSubject.customer(CustomerId.of(7));

    @Test
    void a_draft_says_whose_ledger_its_event_goes_on_before_it_has_an_id() {
        var draft = new EventDraft(ORG, ASHA, id -> LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(ORG)
                .subject(ASHA).build());

        assertThat(draft.org()).isEqualTo(ORG);
        assertThat(draft.subject()).isEqualTo(ASHA);
        assertThat(draft.withId(EventLogId.of(9)).subject()).isEqualTo(ASHA);
    }

    @Test
    void a_draft_that_builds_an_event_for_another_ledger_is_a_bug_not_an_event() {
        var draft = new EventDraft(ORG, ASHA, id -> LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(ORG)
                .subject(EventSubject.customer(CustomerId.of(8))).build());

        assertThatThrownBy(() -> draft.withId(EventLogId.of(9))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_drafts_fingerprint_is_the_one_its_event_has_under_the_id_the_ledger_gives_it() {
        var draft = new EventDraft(ORG, ASHA, id -> LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(ORG)
                .subject(ASHA).uniqueId("fp-1").build());

        // A retry of an event recorded before drafts kept their fingerprint must still be known as a retry.
        assertThat(draft.fingerprint()).isEqualTo(EventFingerprint.of(draft.withId(EventLogId.of(912_345))));
    }

    @Test
    void a_draft_that_breaks_the_domains_rules_says_so_when_asked_its_fingerprint() {
        var draft = new EventDraft(ORG, ASHA, id -> {
            throw new IllegalArgumentException("a bill event needs a bill");
        });

        assertThatThrownBy(draft::fingerprint).isInstanceOf(IllegalArgumentException.class);
    }
}
