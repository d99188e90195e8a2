package io.ledgerlens.application.contract;

import static io.ledgerlens.application.contract.LedgerWorld.ASHA;
import static io.ledgerlens.application.contract.LedgerWorld.ASHA_IN_CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.BILL_NUMBER;
import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.HOUSEHOLD;
import static io.ledgerlens.application.contract.LedgerWorld.MOBILE;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static io.ledgerlens.application.contract.LedgerWorld.WECHAT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.out.explode.CustomerEventLookup;
import io.ledgerlens.application.port.out.explode.CustomerEvents;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.EventSections;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.LoadCustomerEventsPort;
import io.ledgerlens.application.port.out.explode.ReferenceLookup;
import io.ledgerlens.application.port.out.explode.ReferencedEvents;
import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.explode.Page;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.org.OrgId;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every implementation of {@code LoadLedgerEventsPort} (and the recording that feeds it) must do. */
public abstract class LoadLedgerEventsPortContract extends RecordedWorldSuite {

    private static final LedgerOwner ASHA_IN_PARENT = new LedgerOwner(PARENT, EventSubject.customer(ASHA));

    private List<LedgerEvent> byIds(List<LedgerOwner> owners, EventLogId... ids) {
        return ports.events().load(new EventLookup(owners, new EventSelector.ByEventIds(List.of(ids))));
    }

    /** Stored decimals may come back with another scale (29.5 as 29.500000); the value is what counts. */
    private void assertSameEvent(LedgerEvent loaded, LedgerEvent recorded) {
        assertThat(loaded).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(recorded);
    }

    @Test
    void a_bill_event_comes_back_whole_with_line_items_allocations_fields_and_tiers() {
        var loaded = byIds(List.of(ASHA_IN_PARENT), world.purchase);
        assertThat(loaded).hasSize(1);
        assertSameEvent(loaded.get(0), world.recorded(world.purchase));
    }

    @Test
    void an_event_without_a_bill_comes_back_with_its_event_level_points() {
        var loaded = byIds(List.of(ASHA_IN_PARENT), world.registration);
        assertThat(loaded).hasSize(1);
        assertSameEvent(loaded.get(0), world.recorded(world.registration));
    }

    @Test
    void every_kind_of_event_comes_back_whole_with_its_own_block() {
        assertThat(world.everyKind).hasSize(16);
        world.everyKind.forEach((name, id) -> {
            var loaded = byIds(List.of(ASHA_IN_PARENT), id);
            assertThat(loaded).as(name.wireName()).hasSize(1);
            assertSameEvent(loaded.get(0), world.recorded(id));
        });
    }

    @Test
    void events_of_kinds_without_explode_detail_are_loaded_too() {
        assertThat(byIds(List.of(ASHA_IN_PARENT), world.expiry)).extracting(LedgerEvent::name)
                .containsExactly(EventName.POINTS_EXPIRY);
    }

    @Test
    void events_come_in_event_time_order() {
        assertThat(byIds(List.of(ASHA_IN_PARENT), world.purchase, world.registration, world.laterPurchaseOfSameBill))
                .extracting(LedgerEvent::id)
                .containsExactly(world.registration, world.purchase, world.laterPurchaseOfSameBill);
    }

    @Test
    void an_event_of_another_owner_is_not_loaded_even_by_its_id() {
        assertThat(byIds(List.of(ASHA_IN_PARENT), world.childPurchase, world.strangersPurchase, world.householdPurchase))
                .isEmpty();
    }

    @Test
    void each_owner_is_read_in_its_own_org() {
        var ashaEverywhere = List.of(ASHA_IN_PARENT, new LedgerOwner(CHILD, EventSubject.customer(ASHA_IN_CHILD)));
        assertThat(byIds(ashaEverywhere, world.purchase, world.childPurchase, world.strangersPurchase))
                .extracting(LedgerEvent::id).containsExactlyInAnyOrder(world.purchase, world.childPurchase);
        var ashaAsIfInChild = List.of(new LedgerOwner(CHILD, EventSubject.customer(ASHA)));
        assertThat(byIds(ashaAsIfInChild, world.purchase)).isEmpty();
    }

    @Test
    void a_groups_events_are_read_by_the_group() {
        var household = new LedgerOwner(PARENT, EventSubject.userGroup(HOUSEHOLD));
        assertThat(byIds(List.of(household), world.householdPurchase, world.purchase)).extracting(LedgerEvent::id)
                .containsExactly(world.householdPurchase);
    }

    private ReferencedEvents byReferences(EventName name, Page page, String... references) {
        return ports.events().loadPage(new ReferenceLookup(List.of(ASHA_IN_PARENT),
                new EventSelector.ByReferences(name, List.of(references)), page));
    }

    @Test
    void events_are_selected_by_name_and_reference_within_the_owner() {
        var loaded = byReferences(EventName.TRANSACTION_ADD, new Page(0, 100), BILL_NUMBER, "NO-SUCH-BILL");
        assertThat(loaded.page()).extracting(LedgerEvent::id).containsExactly(world.purchase, world.laterPurchaseOfSameBill);
        assertThat(loaded.matchedReferences()).containsExactly(BILL_NUMBER);
    }

    @Test
    void events_by_reference_come_in_reference_order_then_event_time() {
        var bills = byReferences(EventName.TRANSACTION_ADD, new Page(0, 100), "K-TransactionAdd", BILL_NUMBER);
        assertThat(bills.page()).extracting(LedgerEvent::id)
                .containsExactly(world.everyKind.get(EventName.TRANSACTION_ADD), world.purchase, world.laterPurchaseOfSameBill);
        var reversed = byReferences(EventName.TRANSACTION_ADD, new Page(0, 100), BILL_NUMBER, "K-TransactionAdd");
        assertThat(reversed.page()).extracting(LedgerEvent::id)
                .containsExactly(world.purchase, world.laterPurchaseOfSameBill, world.everyKind.get(EventName.TRANSACTION_ADD));
    }

    @Test
    void a_page_by_reference_holds_only_its_events_and_still_says_every_reference_that_matched() {
        var second = byReferences(EventName.TRANSACTION_ADD, new Page(1, 1), BILL_NUMBER, "K-TransactionAdd");
        assertThat(second.page()).extracting(LedgerEvent::id).containsExactly(world.laterPurchaseOfSameBill);
        assertSameEvent(second.page().get(0), world.recorded(world.laterPurchaseOfSameBill));
        assertThat(second.matchedReferences()).containsExactlyInAnyOrder(BILL_NUMBER, "K-TransactionAdd");
        var third = byReferences(EventName.TRANSACTION_ADD, new Page(2, 1), BILL_NUMBER, "K-TransactionAdd");
        assertThat(third.page()).extracting(LedgerEvent::id).containsExactly(world.everyKind.get(EventName.TRANSACTION_ADD));
    }

    @Test
    void a_page_past_the_end_is_empty_and_still_says_which_references_matched() {
        var beyond = byReferences(EventName.TRANSACTION_ADD, new Page(5, 2), BILL_NUMBER, "NO-SUCH-BILL");
        assertThat(beyond.page()).isEmpty();
        assertThat(beyond.matchedReferences()).containsExactly(BILL_NUMBER);
        var nothing = byReferences(EventName.TRANSACTION_ADD, new Page(3, 100), "NO-SUCH-BILL");
        assertThat(nothing.page()).isEmpty();
        assertThat(nothing.matchedReferences()).isEmpty();
    }

    @Test
    void events_recorded_without_a_reference_are_paged_by_minus_one() {
        var registrations = byReferences(EventName.CUSTOMER_REGISTRATION, new Page(0, 1), "-1");
        assertThat(registrations.page()).extracting(LedgerEvent::id).containsExactly(world.registration);
        assertThat(registrations.matchedReferences()).containsExactly("-1");
        assertThat(byReferences(EventName.CUSTOMER_REGISTRATION, new Page(1, 1), "-1").page()).extracting(LedgerEvent::id)
                .containsExactly(world.everyKind.get(EventName.CUSTOMER_REGISTRATION));
    }

    @Test
    void a_reference_holding_a_nul_character_matches_nothing_and_spoils_nothing() {
        var loaded = byReferences(EventName.TRANSACTION_ADD, new Page(0, 100), "BILL\u00001", BILL_NUMBER);
        assertThat(loaded.page()).extracting(LedgerEvent::id).containsExactly(world.purchase, world.laterPurchaseOfSameBill);
        assertThat(loaded.matchedReferences()).containsExactly(BILL_NUMBER);
    }

    @Test
    void a_reference_under_another_event_name_does_not_match() {
        var loaded = byReferences(EventName.RETURN_BILL, new Page(0, 100), BILL_NUMBER);
        assertThat(loaded.page()).isEmpty();
        assertThat(loaded.matchedReferences()).isEmpty();
    }

    @Test
    void a_reference_of_another_owner_neither_matches_nor_loads() {
        var loaded = ports.events().loadPage(new ReferenceLookup(List.of(new LedgerOwner(PARENT, EventSubject.customer(ASHA))),
                new EventSelector.ByReferences(EventName.TRANSACTION_ADD, List.of("BILL-C1", "BILL-G1")), new Page(0, 100)));
        assertThat(loaded.page()).isEmpty();
        assertThat(loaded.matchedReferences()).isEmpty();
    }

    /** Each optional section named or not, and custom fields of no kind, of redemptions only, of every kind. */
    static Stream<EventSections> everyChoiceOfSections() {
        var kinds = List.<Set<EventName>>of(Set.of(), Set.of(EventName.POINTS_REDEMPTION), EnumSet.allOf(EventName.class));
        return IntStream.range(0, 16).boxed().flatMap(bits -> kinds.stream().map(customFieldsOf -> new EventSections(
                (bits & 1) != 0, customFieldsOf, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0)));
    }

    @Test
    void a_lookup_brings_back_every_section_it_names_for_every_kind_of_event() {
        everyChoiceOfSections().forEach(sections -> world.everyKind.forEach((name, id) -> {
            var loaded = ports.events().load(new EventLookup(List.of(ASHA_IN_PARENT),
                    new EventSelector.ByEventIds(List.of(id)), sections));
            assertThat(loaded).as(name.wireName()).hasSize(1);
            assertSameEvent(sections.keptIn(loaded.get(0)), sections.keptIn(world.recorded(id)));
        }));
    }

    @Test
    void a_page_by_reference_brings_back_every_section_it_names() {
        everyChoiceOfSections().forEach(sections -> {
            var loaded = ports.events().loadPage(new ReferenceLookup(List.of(ASHA_IN_PARENT),
                    new EventSelector.ByReferences(EventName.TRANSACTION_ADD, List.of(BILL_NUMBER)), new Page(0, 1), sections));
            assertThat(loaded.page()).hasSize(1);
            assertSameEvent(sections.keptIn(loaded.page().get(0)), sections.keptIn(world.recorded(world.purchase)));
        });
    }

    @Test
    void no_owner_means_no_events() {
        assertThat(byIds(List.of(), world.purchase)).isEmpty();
    }

    /**
     * The store's way to find a customer with her events: in two steps through its ports, unless it has one of its
     * own (an implementation's suite then gives it here, over the same ledger).
     */
    protected LoadCustomerEventsPort customerEvents() {
        return LoadCustomerEventsPort.inTwoSteps(ports.subjects(), ports.events());
    }

    private CustomerEvents customerWithEvents(List<OrgId> orgs, SubjectIdentifier identifier, EventSections sections,
                                              EventLogId... ids) {
        return customerEvents().load(new CustomerEventLookup(orgs, identifier, new EventSelector.ByEventIds(List.of(ids)), sections));
    }

    private static SubjectIdentifier mobile(Source source) {
        return new SubjectIdentifier(IdentifierName.MOBILE, MOBILE, source, Optional.empty());
    }

    /** What finding the customers, then loading their events, answers. */
    private CustomerEvents inTwoSteps(List<OrgId> orgs, SubjectIdentifier identifier, EventSections sections, EventLogId... ids) {
        return LoadCustomerEventsPort.inTwoSteps(ports.subjects(), ports.events())
                .load(new CustomerEventLookup(orgs, identifier, new EventSelector.ByEventIds(List.of(ids)), sections));
    }

    @Test
    void a_customer_is_found_with_her_events_by_id_in_one_step() {
        var found = customerWithEvents(List.of(PARENT), mobile(Source.INSTORE), EventSections.all(),
                world.purchase, world.registration, world.strangersPurchase, world.householdPurchase);
        assertThat(found.owners()).containsExactly(ASHA_IN_PARENT);
        assertThat(found.events()).extracting(LedgerEvent::id).containsExactly(world.registration, world.purchase);
        assertSameEvent(found.events().get(1), world.recorded(world.purchase));
    }

    @Test
    void a_customer_with_none_of_the_events_is_found_without_them() {
        var found = customerWithEvents(List.of(PARENT), mobile(Source.INSTORE), EventSections.all(), world.childPurchase);
        assertThat(found.owners()).containsExactly(ASHA_IN_PARENT);
        assertThat(found.events()).isEmpty();
    }

    @Test
    void an_identifier_nobody_has_finds_nobody_and_loads_nothing() {
        var nobody = new SubjectIdentifier(IdentifierName.MOBILE, "910000000000", Source.ALL, Optional.empty());
        var found = customerWithEvents(List.of(PARENT, CHILD), nobody, EventSections.all(), world.purchase);
        assertThat(found.owners()).isEmpty();
        assertThat(found.events()).isEmpty();
    }

    @Test
    void the_customers_of_every_target_org_come_in_org_order_each_with_her_own_events_only() {
        var found = customerWithEvents(List.of(CHILD, PARENT), mobile(Source.ALL), EventSections.all(),
                world.childPurchase, world.purchase, world.strangersPurchase);
        assertThat(found.owners()).containsExactly(ASHA_IN_PARENT, new LedgerOwner(CHILD, EventSubject.customer(ASHA_IN_CHILD)));
        assertThat(found.events()).extracting(LedgerEvent::id).containsExactlyInAnyOrder(world.purchase, world.childPurchase);
        assertThat(found.events()).extracting(LedgerEvent::orgId).doesNotContain(STRANGER);
    }

    @Test
    void one_step_answers_what_two_steps_answer_for_every_kind_of_identifier_and_every_choice_of_sections() {
        var identifiers = List.of(mobile(Source.INSTORE), mobile(Source.ALL), mobile(Source.WECHAT),
                new SubjectIdentifier(IdentifierName.ID, String.valueOf(ASHA.value()), Source.ALL, Optional.empty()),
                new SubjectIdentifier(IdentifierName.EMAIL, "asha@example.com", Source.WECHAT,
                        Optional.of(AccountId.of(WECHAT_ACCOUNT))),
                new SubjectIdentifier(IdentifierName.EMAIL, "asha@example.com", Source.ALL, Optional.of(AccountId.of("wx-other"))),
                new SubjectIdentifier(IdentifierName.EXTERNAL_ID, "ASHA-1", Source.INSTORE, Optional.empty()));
        var ids = world.everyKind.values().toArray(EventLogId[]::new);
        identifiers.forEach(identifier -> everyChoiceOfSections().forEach(sections -> {
            var oneStep = customerWithEvents(List.of(PARENT, CHILD), identifier, sections, ids);
            var twoSteps = inTwoSteps(List.of(PARENT, CHILD), identifier, sections, ids);
            assertThat(oneStep.owners()).as("%s", identifier).isEqualTo(twoSteps.owners());
            assertThat(oneStep.events()).as("%s", identifier).hasSameSizeAs(twoSteps.events());
            for (int i = 0; i < oneStep.events().size(); i++) {
                assertSameEvent(sections.keptIn(oneStep.events().get(i)), sections.keptIn(twoSteps.events().get(i)));
            }
        }));
        assertThat(customerWithEvents(List.of(PARENT), mobile(Source.INSTORE), EventSections.all(), ids).events())
                .as("the comparison covers every kind").hasSize(world.everyKind.size());
    }
}
