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
import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.EventFingerprint;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
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
 * groups and whole events, a page at a time after a key, in id order, and never anything of another org, though
 * the stranger shares a mobile number, a bill number and unique ids with ours.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LedgerExportPortContract {

    private static final Till PARENTS_TILL = new Till(61, "STORE-61");
    private static final Till STRANGERS_TILL = new Till(62, "STRANGER-SECRET");
    private static final Tier GOLD = new Tier(4401, 3, "GOLD");

    private LedgerExportPort export;
    private LedgerWorld world;

    /** A fresh, empty ledger for this suite. */
    protected abstract LedgerPorts freshLedger();

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
        var exported = export.eventsAfter(PARENT, 0, Long.MAX_VALUE, 10_000);
        assertThat(exported).extracting(LedgerEvent::id).containsExactlyElementsOf(recorded.stream().map(LedgerEvent::id).toList());
        assertThat(exported).hasSizeGreaterThan(10);
        for (var event : exported) {
            assertThat(EventFingerprint.of(event)).as("event %s (%s) exported whole", event.id(), event.name())
                    .isEqualTo(EventFingerprint.of(world.recorded(event.id())));
        }
    }

    @Test
    void events_read_a_page_at_a_time_after_an_id_give_each_event_once() {
        var recorded = recordedIn(PARENT).stream().map(LedgerEvent::id).toList();
        var paged = new ArrayList<EventLogId>();
        long after = 0;
        for (var page = export.eventsAfter(PARENT, after, Long.MAX_VALUE, 3); !page.isEmpty();
             page = export.eventsAfter(PARENT, after, Long.MAX_VALUE, 3)) {
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            page.forEach(event -> paged.add(event.id()));
            after = page.get(page.size() - 1).id().value();
        }
        assertThat(paged).containsExactlyElementsOf(recorded);
    }

    @Test
    void events_stop_at_the_last_id_asked_for_and_are_counted_the_same_way() {
        var recorded = recordedIn(PARENT);
        var third = recorded.get(2).id().value();
        var sixth = recorded.get(5).id().value();
        assertThat(export.eventsAfter(PARENT, third, sixth, 100)).extracting(LedgerEvent::id)
                .containsExactlyElementsOf(recorded.subList(3, 6).stream().map(LedgerEvent::id).toList());
        assertThat(export.countEvents(PARENT, third, sixth)).isEqualTo(3);
        assertThat(export.countEvents(PARENT, 0, Long.MAX_VALUE)).isEqualTo(recorded.size());
        assertThat(export.lastEventId(PARENT)).isEqualTo(recorded.get(recorded.size() - 1).id().value());
        assertThat(export.lastEventId(UNKNOWN)).isZero();
    }

    @Test
    void another_orgs_events_are_never_exported() {
        assertThat(export.eventsAfter(PARENT, 0, Long.MAX_VALUE, 10_000)).extracting(LedgerEvent::orgId).containsOnly(PARENT);
        assertThat(export.eventsAfter(PARENT, 0, Long.MAX_VALUE, 10_000)).extracting(LedgerEvent::id)
                .doesNotContain(world.strangersPurchase, world.childPurchase);
        assertThat(export.eventsAfter(STRANGER, 0, Long.MAX_VALUE, 10_000)).extracting(LedgerEvent::id)
                .containsExactly(world.strangersPurchase);
        assertThat(export.countEvents(STRANGER, 0, Long.MAX_VALUE)).isEqualTo(1);
    }

    @Test
    void an_event_is_found_by_its_unique_id_within_its_org_only() {
        assertThat(export.eventWithUniqueId(PARENT, "u-purchase")).contains(world.purchase);
        assertThat(export.eventWithUniqueId(STRANGER, "u-purchase")).contains(world.strangersPurchase);
        assertThat(export.eventWithUniqueId(PARENT, "u-child")).isEmpty();
        assertThat(export.eventWithUniqueId(UNKNOWN, "u-purchase")).isEmpty();
    }
}
