package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.MOBILE;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.port.in.explode.ExplodeOutcome;
import io.ledgerlens.application.port.in.explode.ExplodeRequest;
import io.ledgerlens.application.port.in.explode.ExplodeView;
import io.ledgerlens.application.port.out.explode.CustomerEventLookup;
import io.ledgerlens.application.port.out.explode.CustomerEvents;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.LoadCustomerEventsPort;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.explode.Problem;
import io.ledgerlens.domain.org.ApiVersion;
import io.ledgerlens.domain.org.DataScopeHeaders;
import io.ledgerlens.domain.org.OrgId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExplodeLedgerServiceTest {

    private InMemoryLedger ledger;
    private LedgerWorld world;
    private ExplodeLedgerService service;

    @BeforeEach
    void recordTheWorld() {
        ledger = new InMemoryLedger();
        world = LedgerWorld.recordedThrough(LedgerPorts.of(ledger));
        service = new ExplodeLedgerService(ledger, ledger, ledger);
    }

    private static Map<String, String> ashaAsking(String... extra) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("identifierName", "mobile");
        parameters.put("identifierValue", MOBILE);
        parameters.put("source", "INSTORE");
        for (int i = 0; i < extra.length; i += 2) {
            parameters.put(extra[i], extra[i + 1]);
        }
        return parameters;
    }

    private static String ids(EventLogId... ids) {
        return Stream.of(ids).map(EventLogId::toString).collect(Collectors.joining(","));
    }

    private ExplodeOutcome explode(ApiVersion version, OrgId caller, DataScopeHeaders headers, Map<String, String> parameters) {
        return service.explode(new ExplodeRequest(version, caller, headers, parameters));
    }

    private ExplodeOutcome explodeAsParent(Map<String, String> parameters) {
        return explode(ApiVersion.V2, PARENT, DataScopeHeaders.none(), parameters);
    }

    private static ExplodeView exploded(ExplodeOutcome outcome) {
        assertThat(outcome).isInstanceOf(ExplodeOutcome.Exploded.class);
        return ((ExplodeOutcome.Exploded) outcome).view();
    }

    private static List<Integer> codes(ExplodeOutcome outcome) {
        assertThat(outcome).isInstanceOf(ExplodeOutcome.Rejected.class);
        return ((ExplodeOutcome.Rejected) outcome).problems().stream().map(p -> p.code().wireCode()).toList();
    }

    private static List<EventLogId> eventIds(ExplodeView view) {
        return view.events().stream().map(e -> e.event().id()).toList();
    }

    @Test
    void a_customer_explodes_her_events_in_the_order_she_asked_for_them() {
        var view = exploded(explodeAsParent(ashaAsking("eventIds", ids(world.registration, world.purchase))));
        assertThat(eventIds(view)).containsExactly(world.registration, world.purchase);
        assertThat(view.warnings()).isEmpty();
    }

    @Test
    void events_by_reference_come_in_reference_order_then_event_time() {
        var view = exploded(explodeAsParent(ashaAsking("eventName", "TransactionAdd",
                "eventReferenceIds", LedgerWorld.BILL_NUMBER)));
        assertThat(eventIds(view)).containsExactly(world.purchase, world.laterPurchaseOfSameBill);
    }

    @Test
    void an_event_of_another_org_is_reported_missing_never_shown() {
        var outcome = explodeAsParent(ashaAsking("eventIds", ids(world.purchase, world.strangersPurchase, world.childPurchase)));
        assertThat(((ExplodeOutcome.Rejected) outcome).problems()).containsExactly(
                Problem.eventIdsNotFound(List.of(world.strangersPurchase.value(), world.childPurchase.value())));
    }

    @Test
    void an_unknown_customer_is_8015() {
        var parameters = ashaAsking("eventIds", "1");
        parameters.put("identifierValue", "910000000000");
        assertThat(codes(explodeAsParent(parameters))).containsExactly(8015);
    }

    @Test
    void a_points_expiry_entry_has_no_explode_detail() {
        var outcome = explodeAsParent(ashaAsking("eventIds", ids(world.expiry)));
        assertThat(((ExplodeOutcome.Rejected) outcome).problems())
                .containsExactly(Problem.eventDetailNotFound(world.expiry.value()));
    }

    @Test
    void an_unmatched_reference_is_9022() {
        assertThat(codes(explodeAsParent(ashaAsking("eventName", "TransactionAdd", "eventReferenceIds", "BILL-1,NOPE"))))
                .containsExactly(9022);
    }

    @Test
    void bad_scope_headers_and_bad_parameters_are_reported_together_scope_first() {
        var outcome = explode(ApiVersion.V2_1, PARENT, DataScopeHeaders.of("OTHER", String.valueOf(STRANGER.value())),
                Map.of("identifierName", "mobile", "source", "NOWHERE"));
        assertThat(codes(outcome)).containsExactly(310144, 11013, 8003, 11023);
    }

    @Test
    void v2_ignores_the_scope_headers() {
        var view = exploded(explode(ApiVersion.V2, PARENT, DataScopeHeaders.of("nonsense", "x"),
                ashaAsking("eventIds", ids(world.purchase))));
        assertThat(eventIds(view)).containsExactly(world.purchase);
    }

    @Test
    void a_parent_reads_its_childs_ledger_with_scope_all_on_v2_1() {
        var view = exploded(explode(ApiVersion.V2_1, PARENT, DataScopeHeaders.of("all", null),
                ashaAsking("eventIds", ids(world.purchase, world.childPurchase))));
        assertThat(view.events()).extracting(e -> e.event().orgId()).containsExactly(PARENT, CHILD);
    }

    @Test
    void currencies_asked_of_an_org_that_has_none_at_all_warn_9018_that_it_has_none() {
        var view = exploded(explode(ApiVersion.V2_1, CHILD, DataScopeHeaders.none(),
                ashaAsking("eventIds", ids(world.childPurchase), "alternateCurrencyNames", "stars")));
        assertThat(view.warnings()).containsExactly(Problem.noAlternateCurrency());
        assertThat(view.warnings().get(0).message()).isEqualTo("no alternate currency found for org with given input params");
        assertThat(eventIds(view)).containsExactly(world.childPurchase);
    }

    @Test
    void currencies_not_asked_for_raise_no_warning_even_where_there_are_none() {
        var view = exploded(explode(ApiVersion.V2_1, CHILD, DataScopeHeaders.none(),
                ashaAsking("eventIds", ids(world.childPurchase))));
        assertThat(view.warnings()).isEmpty();
    }

    @Test
    void a_child_reads_only_its_own_ledger_by_default() {
        var outcome = explode(ApiVersion.V2_1, CHILD, DataScopeHeaders.none(),
                ashaAsking("eventIds", ids(world.purchase, world.childPurchase)));
        assertThat(codes(outcome)).containsExactly(9021);
    }

    @Test
    void an_unknown_org_and_an_unconnected_org_get_the_same_answer() {
        var unknown = explode(ApiVersion.V2_1, PARENT, DataScopeHeaders.of("OTHER", "999"), ashaAsking("eventIds", "1"));
        var unconnected = explode(ApiVersion.V2_1, PARENT, DataScopeHeaders.of("OTHER", "300"), ashaAsking("eventIds", "1"));
        assertThat(unknown).isEqualTo(unconnected);
        assertThat(codes(unknown)).containsExactly(310144);
    }

    @Test
    void a_group_explodes_its_own_ledger_or_its_primary_members() {
        var groupEvents = exploded(explodeAsParent(Map.of("identifierName", "externalId", "identifierValue", "HH-ASHA",
                "source", "INSTORE", "type", "USERGROUP2", "eventIds", ids(world.householdPurchase))));
        assertThat(eventIds(groupEvents)).containsExactly(world.householdPurchase);
        var primaryEvents = exploded(explodeAsParent(Map.of("identifierName", "id", "identifierValue", "7001",
                "source", "INSTORE", "type", "usergroup2", "isPrimaryUser", "true", "eventIds", ids(world.purchase))));
        assertThat(eventIds(primaryEvents)).containsExactly(world.purchase);
    }

    @Test
    void an_unknown_group_is_1632_with_the_value_in_the_message() {
        var outcome = explodeAsParent(Map.of("identifierName", "id", "identifierValue", "424242", "source", "INSTORE",
                "type", "USERGROUP2", "eventIds", "1"));
        assertThat(((ExplodeOutcome.Rejected) outcome).problems()).containsExactly(Problem.userGroupNotFound("424242"));
    }

    @Test
    void a_breakup_needs_source_value_capturing_in_every_target_org() {
        assertThat(codes(explode(ApiVersion.V2_1, PARENT, DataScopeHeaders.of("ALL", null),
                ashaAsking("eventIds", ids(world.purchase), "getPointsEarnedBreakup", "true")))).containsExactly(11019);
        exploded(explodeAsParent(ashaAsking("eventIds", ids(world.purchase), "getPointsEarnedBreakup", "true")));
    }

    @Test
    void the_customer_and_the_capturing_setting_are_reported_together() {
        var parameters = ashaAsking("eventIds", "1", "getPointsEarnedBreakup", "true");
        parameters.put("identifierValue", "910000000000");
        assertThat(codes(explode(ApiVersion.V2, CHILD, DataScopeHeaders.none(), parameters))).containsExactly(8015, 11019);
    }

    @Test
    void pages_cut_the_resolved_event_list() {
        var all = ids(world.registration, world.purchase, world.laterPurchaseOfSameBill);
        assertThat(eventIds(exploded(explodeAsParent(ashaAsking("eventIds", all, "limit", "2")))))
                .containsExactly(world.registration, world.purchase);
        assertThat(eventIds(exploded(explodeAsParent(ashaAsking("eventIds", all, "limit", "2", "offset", "1")))))
                .containsExactly(world.laterPurchaseOfSameBill);
        assertThat(eventIds(exploded(explodeAsParent(ashaAsking("eventIds", all, "limit", "2", "offset", "5"))))).isEmpty();
    }

    @Test
    void unknown_alternate_currency_names_are_a_warning_not_an_error() {
        var view = exploded(explodeAsParent(ashaAsking("eventIds", ids(world.purchase),
                "alternateCurrencyNames", "stars,coins,gems")));
        assertThat(eventIds(view)).containsExactly(world.purchase);
        assertThat(view.warnings()).containsExactly(Problem.alternateCurrenciesNotFound(List.of("coins", "gems")));
    }

    @Test
    void a_store_that_cannot_answer_is_9003_and_the_service_recovers_when_it_returns() {
        ledger.becomeUnavailable();
        var outcome = explodeAsParent(ashaAsking("eventIds", ids(world.purchase)));
        assertThat(((ExplodeOutcome.Rejected) outcome).problems()).containsExactly(Problem.ledgerUnavailable());
        ledger.becomeAvailable();
        assertThat(eventIds(exploded(explodeAsParent(ashaAsking("eventIds", ids(world.purchase))))))
                .containsExactly(world.purchase);
    }

    @Test
    void parameter_errors_are_answered_without_touching_the_store() {
        ledger.becomeUnavailable();
        assertThat(codes(explodeAsParent(Map.of("identifierName", "mobile")))).containsExactly(11013, 11023);
    }

    @Test
    void a_store_that_finds_a_customer_with_her_events_in_one_step_is_asked_once_and_its_strays_are_dropped() {
        var asked = new java.util.ArrayList<CustomerEventLookup>();
        LoadCustomerEventsPort oneStep = lookup -> {
            asked.add(lookup);
            var found = LoadCustomerEventsPort.inTwoSteps(ledger, ledger).load(lookup);
            // A store gone wrong: another org's purchase among hers. The answer must still show hers only.
            var strays = new java.util.ArrayList<>(found.events());
            strays.addAll(ledger.load(new EventLookup(List.of(new LedgerOwner(STRANGER,
                    EventSubject.customer(LedgerWorld.STRANGERS_CUSTOMER))), new EventSelector.ByEventIds(List.of(world.strangersPurchase)))));
            return new CustomerEvents(found.owners(), strays);
        };
        service = new ExplodeLedgerService(ledger, ledger, ledger, oneStep);

        var view = exploded(explodeAsParent(ashaAsking("eventIds", ids(world.purchase, world.registration))));

        assertThat(eventIds(view)).containsExactly(world.purchase, world.registration);
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).orgs()).containsExactly(PARENT);
    }
}
