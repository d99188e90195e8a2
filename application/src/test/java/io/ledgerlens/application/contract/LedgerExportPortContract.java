package io.ledgerlens.application.contract;

import static io.ledgerlens.application.contract.LedgerWorld.ASHA;
import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.HOUSEHOLD;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.RAVI;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGERS_CUSTOMER;
import static io.ledgerlens.application.contract.LedgerWorld.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.out.export.LedgerExportPort;
import io.ledgerlens.application.port.out.export.PlacedEvent;
import io.ledgerlens.application.port.out.export.RecordedPlace;
import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.EventFingerprint;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every ledger must answer an export (see {@link LedgerExportPort}): one org's reference data, customers,
 * groups and whole events, a page at a time after a key, events in the order of record (the chain's, not the ids'),
 * and never anything of another org, though the stranger shares a mobile number, a bill number and unique ids with
 * ours. In the child org an event with a higher id was recorded before one with a lower id, as two writers can, and
 * its first event has lost its link, as an event from before the chain began (V16) never had one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LedgerExportPortContract {

    private static final Till PARENTS_TILL = new Till(61, "STORE-61");
    private static final Till STRANGERS_TILL = new Till(62, "STRANGER-SECRET");
    private static final Tier GOLD = new Tier(4401, 3, "GOLD");

    private LedgerExportPort export;
    private LedgerWorld world;

    private EventLogId higherIdRecordedFirst;
    private EventLogId lowerIdRecordedSecond;

    /** A fresh, empty ledger for this suite. */
    protected abstract LedgerPorts freshLedger();

    /** Removes {@code event}'s link from its org's chain behind the ledger's back, leaving it as a pre-chain event. */
    protected abstract void unlinkBehindItsBack(EventLogId event);

    private LedgerEvent goodwillInChild(EventLogId id, String uniqueId) {
        return LedgerEventBuilder.aGoodwillAllocation().id(id.value()).org(CHILD)
                .subject(EventSubject.customer(LedgerWorld.ASHA_IN_CHILD)).uniqueId(uniqueId).withoutAllocations()
                .allocations(Allocations.regular("1.0")).build();
    }

    @BeforeAll
    void recordTheWorld() {
        var ports = freshLedger();
        world = LedgerWorld.recordedThrough(ports);
        ports.registration().inOrg(PARENT, registry -> {
            registry.referenceData().save(PARENT, new Program(4401, "Club", false));
            registry.referenceData().save(PARENT, GOLD);
            registry.referenceData().save(PARENT, new ExpiryStrategy(4402, "ROLLING_12", ExpiryType.ROLLING));
            registry.referenceData().save(PARENT, new Promotion(4403, "Diwali", Optional.of(LocalDate.parse("2024-10-20")),
                    Optional.empty()));
            registry.referenceData().save(PARENT, PARENTS_TILL);
            return null;
        });
        ports.registration().inOrg(STRANGER, registry -> {
            registry.referenceData().save(STRANGER, STRANGERS_TILL);
            registry.referenceData().save(STRANGER, new Program(4401, "Stranger's club", false));
            return null;
        });
        export = ports.export();
        lowerIdRecordedSecond = ports.recorder().nextEventLogId();
        higherIdRecordedFirst = ports.recorder().nextEventLogId();
        var appends = ports.appends();
        appends.append(goodwillInChild(higherIdRecordedFirst, "higher-id-recorded-first"));
        appends.append(goodwillInChild(lowerIdRecordedSecond, "lower-id-recorded-second"));
        unlinkBehindItsBack(world.childPurchase);
    }

    private RecordedPlace placeOf(OrgId org, EventLogId event) {
        return export.placeOf(org, event).orElseThrow(() -> new AssertionError(event + " has a place in org " + org));
    }

    private static List<EventLogId> ids(List<PlacedEvent> page) {
        return page.stream().map(placed -> placed.event().id()).toList();
    }

    private List<LedgerEvent> recordedIn(OrgId org) {
        return world.everyRecorded().values().stream().filter(event -> event.orgId().equals(org))
                .sorted(Comparator.comparingLong(event -> event.id().value())).toList();
    }

    @Test
    void an_org_is_found_by_its_id_and_an_unknown_one_is_not() {
        assertThat(export.org(PARENT)).hasValueSatisfying(org -> assertThat(org.name()).isEqualTo("Fashion Retail"));
        assertThat(export.org(CHILD)).hasValueSatisfying(org -> assertThat(org.parent()).contains(PARENT));
        assertThat(export.org(UNKNOWN)).isEmpty();
    }

    @Test
    void reference_data_is_the_orgs_own_whether_registered_or_first_used_by_an_event() {
        var data = export.referenceDataOf(PARENT);
        assertThat(data.programs()).contains(new Program(4401, "Club", false));
        assertThat(data.programs()).as("the events' program, registered on first use").hasSizeGreaterThan(1);
        assertThat(data.tiers()).containsExactly(GOLD);
        assertThat(data.expiryStrategies()).contains(new ExpiryStrategy(4402, "ROLLING_12", ExpiryType.ROLLING));
        assertThat(data.promotions()).extracting(Promotion::id).contains(4403L);
        assertThat(data.pointsCategories()).isNotEmpty();
        assertThat(data.allocationStrategies()).isNotEmpty();
        assertThat(data.alternateCurrencies()).as("stars and miles, awarded by the events").hasSizeGreaterThanOrEqualTo(2);
        assertThat(data.tills()).containsExactly(PARENTS_TILL);
        assertThat(data.programs()).isSortedAccordingTo(Comparator.comparingLong(Program::id));
    }

    @Test
    void no_reference_data_of_another_org_is_exported_even_under_the_same_id() {
        assertThat(export.referenceDataOf(PARENT).tills()).doesNotContain(STRANGERS_TILL);
        assertThat(export.referenceDataOf(PARENT).programs()).extracting(Program::name).doesNotContain("Stranger's club");
        assertThat(export.referenceDataOf(STRANGER).tills()).containsExactly(STRANGERS_TILL);
        assertThat(export.referenceDataOf(UNKNOWN).size()).isZero();
    }

    @Test
    void customers_come_by_id_a_page_at_a_time_with_their_identifiers() {
        var all = export.customersAfter(PARENT, 0, 100);
        assertThat(all).extracting(Customer::id).containsExactly(ASHA, RAVI);
        assertThat(all.get(0).identifiers()).hasSize(3).contains(
                        CustomerIdentifier.of(IdentifierName.MOBILE, LedgerWorld.MOBILE, Source.INSTORE),
                        CustomerIdentifier.of(IdentifierName.EXTERNAL_ID, "ASHA-1", Source.INSTORE))
                .anySatisfy(email -> assertThat(email.account()).isEqualTo(AccountId.of(LedgerWorld.WECHAT_ACCOUNT)));
        assertThat(all.get(0).firstName()).isEqualTo("Asha");
        assertThat(export.customersAfter(PARENT, 0, 1)).extracting(Customer::id).containsExactly(ASHA);
        assertThat(export.customersAfter(PARENT, ASHA.value(), 1)).extracting(Customer::id).containsExactly(RAVI);
        assertThat(export.customersAfter(PARENT, RAVI.value(), 10)).isEmpty();
    }

    @Test
    void another_orgs_customers_are_never_exported_though_one_shares_our_mobile() {
        assertThat(export.customersAfter(PARENT, 0, 100)).extracting(Customer::id)
                .doesNotContain(STRANGERS_CUSTOMER, LedgerWorld.ASHA_IN_CHILD);
        assertThat(export.customersAfter(STRANGER, 0, 100)).extracting(Customer::id).containsExactly(STRANGERS_CUSTOMER);
        assertThat(export.userGroupsAfter(STRANGER, 0, 100)).isEmpty();
    }

    @Test
    void user_groups_come_by_id_with_their_members_and_primary_member() {
        var groups = export.userGroupsAfter(PARENT, 0, 100);
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.id()).isEqualTo(HOUSEHOLD);
            assertThat(group.externalId()).isEqualTo(LedgerWorld.HOUSEHOLD_EXTERNAL_ID);
            assertThat(group.members()).containsExactly(ASHA, RAVI);
            assertThat(group.primaryMember()).isEqualTo(ASHA);
        });
        assertThat(export.userGroupsAfter(PARENT, HOUSEHOLD.value(), 100)).isEmpty();
    }

    @Test
    void events_come_whole_in_the_order_they_were_recorded() {
        var recorded = recordedIn(PARENT);
        var exported = export.eventsAfter(PARENT, RecordedPlace.START, export.lastPlace(PARENT), 10_000);
        assertThat(ids(exported)).containsExactlyElementsOf(recorded.stream().map(LedgerEvent::id).toList());
        assertThat(exported).hasSizeGreaterThan(10);
        for (var placed : exported) {
            var event = placed.event();
            assertThat(EventFingerprint.of(event)).as("event %s (%s) exported whole", event.id(), event.name())
                    .isEqualTo(EventFingerprint.of(world.recorded(event.id())));
            assertThat(export.placeOf(PARENT, event.id())).contains(placed.place());
        }
        assertThat(exported).extracting(PlacedEvent::place).isSorted().doesNotHaveDuplicates().allMatch(RecordedPlace::isLinked);
    }

    @Test
    void events_read_a_page_at_a_time_after_a_place_give_each_event_once() {
        var recorded = recordedIn(PARENT).stream().map(LedgerEvent::id).toList();
        var last = export.lastPlace(PARENT);
        var paged = new ArrayList<EventLogId>();
        var after = RecordedPlace.START;
        for (var page = export.eventsAfter(PARENT, after, last, 3); !page.isEmpty(); page = export.eventsAfter(PARENT, after, last, 3)) {
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            paged.addAll(ids(page));
            after = page.get(page.size() - 1).place();
        }
        assertThat(paged).containsExactlyElementsOf(recorded);
    }

    @Test
    void events_stop_at_the_last_place_asked_for_and_are_counted_the_same_way() {
        var recorded = recordedIn(PARENT);
        var third = placeOf(PARENT, recorded.get(2).id());
        var sixth = placeOf(PARENT, recorded.get(5).id());
        assertThat(ids(export.eventsAfter(PARENT, third, sixth, 100)))
                .containsExactlyElementsOf(recorded.subList(3, 6).stream().map(LedgerEvent::id).toList());
        assertThat(export.countEvents(PARENT, third, sixth)).isEqualTo(3);
        assertThat(export.countEvents(PARENT, RecordedPlace.START, export.lastPlace(PARENT))).isEqualTo(recorded.size());
        assertThat(export.lastPlace(PARENT).eventId()).isEqualTo(recorded.get(recorded.size() - 1).id().value());
        assertThat(export.lastPlace(UNKNOWN)).isEqualTo(RecordedPlace.START);
    }

    @Test
    void an_event_that_committed_after_one_with_a_higher_id_comes_after_it_and_events_from_before_the_chain_come_first() {
        var last = export.lastPlace(CHILD);
        assertThat(ids(export.eventsAfter(CHILD, RecordedPlace.START, last, 100)))
                .containsExactly(world.childPurchase, higherIdRecordedFirst, lowerIdRecordedSecond);
        assertThat(last.eventId()).as("the last recorded, not the highest id").isEqualTo(lowerIdRecordedSecond.value());
        assertThat(placeOf(CHILD, world.childPurchase)).isEqualTo(RecordedPlace.unlinked(world.childPurchase.value()));
        assertThat(placeOf(CHILD, higherIdRecordedFirst).isLinked()).isTrue();
        assertThat(placeOf(CHILD, higherIdRecordedFirst)).isLessThan(placeOf(CHILD, lowerIdRecordedSecond));
    }

    @Test
    void pages_cross_from_the_events_before_the_chain_into_the_chain_and_count_across_it() {
        var last = export.lastPlace(CHILD);
        var first = export.eventsAfter(CHILD, RecordedPlace.START, last, 1);
        assertThat(ids(first)).containsExactly(world.childPurchase);
        var second = export.eventsAfter(CHILD, first.get(0).place(), last, 1);
        assertThat(ids(second)).containsExactly(higherIdRecordedFirst);
        var third = export.eventsAfter(CHILD, second.get(0).place(), last, 1);
        assertThat(ids(third)).containsExactly(lowerIdRecordedSecond);
        assertThat(export.eventsAfter(CHILD, third.get(0).place(), last, 1)).isEmpty();
        assertThat(export.countEvents(CHILD, RecordedPlace.START, last)).isEqualTo(3);
        assertThat(export.countEvents(CHILD, first.get(0).place(), last)).isEqualTo(2);
        assertThat(export.countEvents(CHILD, RecordedPlace.START, first.get(0).place())).isEqualTo(1);
        assertThat(export.countEvents(CHILD, second.get(0).place(), last)).isEqualTo(1);
        assertThat(ids(export.eventsAfter(CHILD, RecordedPlace.START, second.get(0).place(), 100)))
                .containsExactly(world.childPurchase, higherIdRecordedFirst);
    }

    @Test
    void another_orgs_events_are_never_exported_nor_placed() {
        var all = export.eventsAfter(PARENT, RecordedPlace.START, export.lastPlace(PARENT), 10_000);
        assertThat(all).extracting(placed -> placed.event().orgId()).containsOnly(PARENT);
        assertThat(ids(all)).doesNotContain(world.strangersPurchase, world.childPurchase, higherIdRecordedFirst);
        assertThat(ids(export.eventsAfter(STRANGER, RecordedPlace.START, export.lastPlace(STRANGER), 10_000)))
                .containsExactly(world.strangersPurchase);
        assertThat(export.countEvents(STRANGER, RecordedPlace.START, export.lastPlace(STRANGER))).isEqualTo(1);
        assertThat(export.placeOf(PARENT, world.strangersPurchase)).isEmpty();
        assertThat(export.placeOf(PARENT, world.childPurchase)).isEmpty();
        assertThat(export.placeOf(STRANGER, world.purchase)).isEmpty();
        assertThat(export.placeOf(PARENT, EventLogId.of(987_654_321))).isEmpty();
        assertThat(export.eventsAfter(STRANGER, RecordedPlace.START, export.lastPlace(PARENT), 10_000))
                .as("a place of our org does not open the stranger's events after it").extracting(placed -> placed.event().orgId())
                .containsOnly(STRANGER);
    }

    @Test
    void an_event_is_found_whole_by_its_unique_id_within_its_org_only() {
        assertThat(export.eventWithUniqueId(PARENT, "u-purchase")).hasValueSatisfying(placed -> {
            assertThat(placed.event().id()).isEqualTo(world.purchase);
            assertThat(EventFingerprint.of(placed.event())).isEqualTo(EventFingerprint.of(world.recorded(world.purchase)));
            assertThat(placed.place()).isEqualTo(placeOf(PARENT, world.purchase));
        });
        assertThat(export.eventWithUniqueId(STRANGER, "u-purchase")).map(placed -> placed.event().id())
                .contains(world.strangersPurchase);
        assertThat(export.eventWithUniqueId(CHILD, "lower-id-recorded-second")).map(PlacedEvent::place)
                .contains(export.lastPlace(CHILD));
        assertThat(export.eventWithUniqueId(PARENT, "u-child")).isEmpty();
        assertThat(export.eventWithUniqueId(UNKNOWN, "u-purchase")).isEmpty();
    }
}
