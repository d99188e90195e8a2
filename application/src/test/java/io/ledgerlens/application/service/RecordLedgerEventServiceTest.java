package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.ASHA;
import static io.ledgerlens.application.contract.LedgerWorld.HOUSEHOLD;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGERS_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.port.in.recording.EventDraft;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordLedgerEventServiceTest {

    private InMemoryLedger ledger;
    private RecordLedgerEventService service;

    @BeforeEach
    void openTheWorld() {
        ledger = new InMemoryLedger();
        LedgerWorld.recordedThrough(LedgerPorts.of(ledger));
        service = new RecordLedgerEventService(ledger);
    }

    private static EventDraft goodwillFor(OrgId org, EventSubject subject, String uniqueId, String points) {
        return new EventDraft(org, subject, id -> LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(org).subject(subject)
                .uniqueId(uniqueId).withoutAllocations().allocations(Allocations.regular(points)).build());
    }

    private boolean isInAshasLedger(EventLogId id) {
        return !ledger.load(new EventLookup(List.of(new LedgerOwner(PARENT, EventSubject.customer(ASHA))),
                new EventSelector.ByEventIds(List.of(id)))).isEmpty();
    }

    private static EventDraft withCustomField(String uniqueId, int characters) {
        return new EventDraft(PARENT, EventSubject.customer(ASHA), id -> LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(PARENT)
                .subject(EventSubject.customer(ASHA)).uniqueId(uniqueId).withoutAllocations()
                .allocations(Allocations.regular("1.0")).customField("note", "n".repeat(characters)).build());
    }

    @Test
    void a_value_the_store_refuses_is_a_refusal_at_its_field_not_a_store_that_cannot_answer() {
        assertThat(service.record(PARENT, withCustomField("too-long-1", 2001))).isEqualTo(new RecordOutcome.Refused(List.of(
                new FieldProblem("customFields", FieldProblem.INVALID,
                        "customFields holds a value the ledger cannot store (too long, out of range or not allowed);"
                                + " nothing was written"))));
    }

    @Test
    void in_a_batch_the_event_the_store_refuses_is_refused_alone_and_every_other_is_recorded() {
        var drafts = new java.util.ArrayList<EventDraft>();
        for (int i = 0; i < 37; i++) {
            drafts.add(withCustomField("batch-" + i, i == 5 || i == 30 ? 2001 : 10));
        }
        var outcomes = service.recordAll(PARENT, drafts);

        assertThat(outcomes).hasSize(37);
        for (int i = 0; i < 37; i++) {
            if (i == 5 || i == 30) {
                assertThat(outcomes.get(i)).as("event " + i).isInstanceOfSatisfying(RecordOutcome.Refused.class,
                        refused -> assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("customFields"));
            } else {
                assertThat(outcomes.get(i)).as("event " + i).isInstanceOfSatisfying(RecordOutcome.Recorded.class,
                        recorded -> assertThat(isInAshasLedger(recorded.eventLogId())).isTrue());
            }
        }
    }

    @Test
    void a_new_event_is_recorded_and_can_be_exploded() {
        var outcome = service.record(PARENT, goodwillFor(PARENT, EventSubject.customer(ASHA), "gw-1", "25.0"));
        assertThat(outcome).isInstanceOf(RecordOutcome.Recorded.class);
        var recorded = (RecordOutcome.Recorded) outcome;
        assertThat(recorded.created()).isTrue();
        assertThat(isInAshasLedger(recorded.eventLogId())).isTrue();
    }

    @Test
    void a_retry_is_answered_with_the_original_event_and_records_nothing_more() {
        var first = (RecordOutcome.Recorded) service.record(PARENT, goodwillFor(PARENT, EventSubject.customer(ASHA), "gw-2", "25.0"));
        var retry = service.record(PARENT, goodwillFor(PARENT, EventSubject.customer(ASHA), "gw-2", "25.0"));
        assertThat(retry).isEqualTo(new RecordOutcome.Recorded(first.eventLogId(), false));
    }

    @Test
    void a_reused_unique_id_with_other_content_is_refused_naming_the_original() {
        var first = (RecordOutcome.Recorded) service.record(PARENT, goodwillFor(PARENT, EventSubject.customer(ASHA), "gw-3", "25.0"));
        assertThat(service.record(PARENT, goodwillFor(PARENT, EventSubject.customer(ASHA), "gw-3", "2500.0")))
                .isEqualTo(new RecordOutcome.UniqueIdReused(first.eventLogId()));
    }

    @Test
    void an_event_cannot_be_written_into_another_orgs_ledger() {
        assertThat(service.record(PARENT, goodwillFor(LedgerWorld.STRANGER, EventSubject.customer(STRANGERS_CUSTOMER), "gw-4", "1.0")))
                .isEqualTo(new RecordOutcome.Refused(List.of(new FieldProblem("orgId", FieldProblem.NOT_ALLOWED,
                        "events are recorded in the caller's org 100"))));
    }

    @Test
    void another_orgs_customer_is_not_a_customer_of_the_callers_org() {
        var outcome = service.record(PARENT, goodwillFor(PARENT, EventSubject.customer(STRANGERS_CUSTOMER), "gw-5", "1.0"));
        assertThat(outcome).isInstanceOf(RecordOutcome.Refused.class);
        assertThat(((RecordOutcome.Refused) outcome).problems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customerId", FieldProblem.NOT_FOUND));
        assertThat(service.record(PARENT, goodwillFor(PARENT, EventSubject.customer(CustomerId.of(999999)), "gw-6", "1.0")))
                .isInstanceOf(RecordOutcome.Refused.class);
    }

    @Test
    void a_group_of_the_callers_org_can_earn() {
        var draft = new EventDraft(PARENT, EventSubject.userGroup(HOUSEHOLD), id -> LedgerEventBuilder.anEvent(EventName.GROUP_TRANSACTION_ADD).id(id.value()).org(PARENT)
                .subject(EventSubject.userGroup(HOUSEHOLD)).uniqueId("grp-1").referenceId("G-2")
                .bill(io.ledgerlens.domain.testdata.BillBuilder.aBill().number("G-2").lineItems()).build());
        assertThat(service.record(PARENT, draft)).isInstanceOf(RecordOutcome.Recorded.class);
    }

    @Test
    void a_batch_answers_each_event_in_order_as_one_by_one_recording_would() {
        var earlier = (RecordOutcome.Recorded) service.record(PARENT, goodwillFor(PARENT, EventSubject.customer(ASHA), "b-0", "1.0"));
        var outcomes = service.recordAll(PARENT, List.of(
                goodwillFor(PARENT, EventSubject.customer(ASHA), "b-1", "1.0"),
                goodwillFor(PARENT, EventSubject.customer(ASHA), "b-0", "1.0"),
                goodwillFor(PARENT, EventSubject.customer(ASHA), "b-0", "7.0"),
                goodwillFor(PARENT, EventSubject.customer(STRANGERS_CUSTOMER), "b-2", "1.0")));
        assertThat(outcomes).hasSize(4);
        assertThat(outcomes.get(0)).isInstanceOf(RecordOutcome.Recorded.class);
        assertThat(((RecordOutcome.Recorded) outcomes.get(0)).created()).isTrue();
        assertThat(outcomes.get(1)).isEqualTo(new RecordOutcome.Recorded(earlier.eventLogId(), false));
        assertThat(outcomes.get(2)).isEqualTo(new RecordOutcome.UniqueIdReused(earlier.eventLogId()));
        assertThat(outcomes.get(3)).isInstanceOf(RecordOutcome.Refused.class);
        assertThat(isInAshasLedger(((RecordOutcome.Recorded) outcomes.get(0)).eventLogId())).isTrue();
    }

    @Test
    void a_batch_the_store_cannot_take_is_unavailable_for_every_event() {
        ledger.becomeUnavailable();
        assertThat(service.recordAll(PARENT, List.of(goodwillFor(PARENT, EventSubject.customer(ASHA), "b-9", "1.0"),
                goodwillFor(PARENT, EventSubject.customer(ASHA), "b-10", "1.0"))))
                .containsExactly(new RecordOutcome.Unavailable(), new RecordOutcome.Unavailable());
    }

    @Test
    void a_store_that_cannot_answer_is_reported_and_nothing_is_recorded() {
        ledger.becomeUnavailable();
        assertThat(service.record(PARENT, goodwillFor(PARENT, EventSubject.customer(ASHA), "gw-7", "1.0")))
                .isEqualTo(new RecordOutcome.Unavailable());
        ledger.becomeAvailable();
        assertThat(service.record(PARENT, goodwillFor(PARENT, EventSubject.customer(ASHA), "gw-7", "1.0")))
                .isInstanceOf(RecordOutcome.Recorded.class);
    }
}
