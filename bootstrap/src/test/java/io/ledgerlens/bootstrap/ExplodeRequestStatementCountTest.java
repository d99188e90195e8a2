package io.ledgerlens.bootstrap;

import static io.ledgerlens.domain.testdata.Allocations.MILES;
import static io.ledgerlens.domain.testdata.Allocations.STARS;
import static io.ledgerlens.domain.testdata.Allocations.promised;
import static io.ledgerlens.domain.testdata.Allocations.promo;
import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.Allocations.regularIn;
import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static io.ledgerlens.domain.testdata.BillBuilder.aLineItem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.ledgerlens.adapter.persistence.access.Argon2idSecretHashing;
import io.ledgerlens.adapter.persistence.access.JooqCredentialRepository;
import io.ledgerlens.adapter.persistence.explode.JooqLoadCustomerEvents;
import io.ledgerlens.adapter.persistence.explode.JooqLoadLedgerEvents;
import io.ledgerlens.adapter.persistence.explode.JooqLoadOrg;
import io.ledgerlens.adapter.persistence.explode.JooqResolveSubject;
import io.ledgerlens.adapter.persistence.recording.JooqRecordLedger;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.StatementCounter;
import io.ledgerlens.adapter.web.access.JwtTokens;
import io.ledgerlens.adapter.web.access.TokenKey;
import io.ledgerlens.adapter.web.access.WebAccess;
import io.ledgerlens.adapter.web.server.LedgerLensWebApp;
import io.ledgerlens.adapter.web.server.WebLimits;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.contract.Subjects;
import io.ledgerlens.application.fake.InMemoryAuditLog;
import io.ledgerlens.application.port.in.access.CredentialIssue;
import io.ledgerlens.application.port.in.access.CredentialRequest;
import io.ledgerlens.application.service.AuthenticateCallerService;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.application.service.ExplodeLedgerService;
import io.ledgerlens.application.service.ManageCredentialsService;
import io.ledgerlens.application.service.RecordLedgerEventService;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LineItem;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.EventDetails;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One explode request, over HTTP into the service and its jOOQ adapters on a
 * real PostgreSQL, costs a fixed, small number of SQL statements: however
 * many events, line items and sections it asks for, on either version, by
 * ids or by references. A change that reads per event (or per line, or per
 * section) changes the count and fails here.
 *
 * <p>The fixed costs: the caller's credential, the org settings, and the
 * customer with her events by id in one statement (3; by reference, the
 * customer and then the page of events, 4); plus the caller's connections when
 * the v2.1 scope headers reach beyond it; plus the org's alternate currencies
 * when some are named (to warn about unknown ones).
 *
 * <p>Counted in round trips (JDBC executions). Since row-level security, each
 * carries two statements: the tenant fence ({@code set_config} of the orgs it
 * may see) and its select, run by PostgreSQL as one implicit transaction. So
 * row-level security kept the round trips (3 and 4 before authentication, 4
 * and 5 with it); the statements PostgreSQL runs doubled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplodeRequestStatementCountTest {

    private static final OrgId PARENT = OrgId.of(81);
    private static final OrgId CHILD = OrgId.of(82);
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final String MOBILE = "919700000001";
    private static final CustomerId MEERA = CustomerId.of(8101);
    private static final CustomerId MEERA_IN_CHILD = CustomerId.of(8201);
    private static final int OTHER_CUSTOMERS = 20;
    /** A customer with many events recorded without a reference, which all have {@code -1}. */
    private static final String BUSY_MOBILE = "919700000099";
    private static final CustomerId BUSY = CustomerId.of(8199);
    private static final int BUSY_EVENTS = 20_000;

    /** The caller's credential, settings, and the customer with her events by id. */
    private static final int STATEMENTS_FOR_ONE_ORG = 3;
    /** The caller's credential, settings, customer, and her events by reference. */
    private static final int STATEMENTS_BY_REFERENCE_FOR_ONE_ORG = 4;
    /** ... and the caller's connections, for v2.1 scope headers other than SELF. */
    private static final int STATEMENTS_FOR_CONNECTED_ORGS = 4;

    private static final String EVERY_FLAG = "&getBillDetails=true&getPointsEarnedBreakup=true&getCustomFields=true"
            + "&getExtendedFields=true&getMaxConversionDetails=true&getPaymentModes=true&includeAlternateCurrencies=true";

    private final StatementCounter counter = new StatementCounter();
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Javalin web;
    private String authorization;

    private final List<EventLogId> hundredPurchases = new ArrayList<>();
    private final List<EventLogId> everyKind = new ArrayList<>();
    private EventLogId thirtyLinePurchase;
    private EventLogId childPurchase;

    @BeforeAll
    void recordManyCustomersAndServeThemWithACountingStore() {
        var ledger = PostgresDatabase.freshLedger();
        var dataSource = ledger.service();
        var recorder = new JooqRecordLedger(PostgresDatabase.storeOn(dataSource));
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(PARENT, "Counting Retail", INDIA, true),
                Org.childOf(PARENT, CHILD, "Counting Outlet", INDIA, true));
        var subjects = new Subjects(new JooqRegistration(PostgresDatabase.storeOn(dataSource)));
        subjects.register(Customer.register(MEERA, PARENT, "Meera", "Iyer",
                List.of(CustomerIdentifier.of(IdentifierName.MOBILE, MOBILE, Source.INSTORE))));
        subjects.register(Customer.register(MEERA_IN_CHILD, CHILD, "Meera", "Iyer",
                List.of(CustomerIdentifier.of(IdentifierName.MOBILE, MOBILE, Source.INSTORE))));

        long[] lineItemIds = {820_000};
        for (int i = 0; i < 100; i++) {
            hundredPurchases.add(recordPurchase(recorder, PARENT, MEERA, "M-" + i, 1, lineItemIds));
        }
        thirtyLinePurchase = recordPurchase(recorder, PARENT, MEERA, "M-30-LINES", 30, lineItemIds);
        childPurchase = recordPurchase(recorder, CHILD, MEERA_IN_CHILD, "M-CHILD", 2, lineItemIds);
        recordEveryKind(recorder, lineItemIds);
        // Other customers' events fill the tables around Meera's, as a real ledger's would.
        for (int c = 1; c <= OTHER_CUSTOMERS; c++) {
            var other = CustomerId.of(8101 + c);
            subjects.register(Customer.register(other, PARENT, "Other", "Customer " + c, List.of(
                    CustomerIdentifier.of(IdentifierName.MOBILE, "9197000001" + String.format("%02d", c), Source.INSTORE))));
            for (int e = 0; e < 5; e++) {
                recordPurchase(recorder, PARENT, other, "O-" + c + "-" + e, 3, lineItemIds);
            }
        }

        recordManyEventsWithoutReference(recorder, subjects);

        var store = PostgresDatabase.storeOn(counter.counting(dataSource));
        var explode = new ExplodeLedgerService(new JooqLoadOrg(store), new JooqResolveSubject(store),
                new JooqLoadLedgerEvents(store), new JooqLoadCustomerEvents(store));
        var recording = new RecordLedgerEventService(new JooqRecordLedger(store));
        // The till's credential is read through the counting store too: authentication is part of the request's cost.
        var credentials = new JooqCredentialRepository(store);
        var secrets = Argon2idSecretHashing.withDefaultCache();
        var admin = new ManageCredentialsService(credentials, secrets, new InMemoryAuditLog(), Clock.systemUTC());
        var till = (CredentialIssue.Issued) admin.issue(PARENT, new CredentialRequest(CredentialKind.TILL_USER,
                Optional.of(new CredentialName("counting.till")), Set.of(AccessRight.POINTS_READ)));
        authorization = "Basic " + Base64.getEncoder().encodeToString(
                ("counting.till:" + ManageCredentialsService.md5Hex(till.secret())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var key = TokenKey.generate(Clock.systemUTC().instant());
        var access = new WebAccess(new AuthenticateCallerService(credentials, secrets, new InMemoryAuditLog(), Clock.systemUTC()), admin,
                new JwtTokens(() -> List.of(key), Clock.systemUTC(), "ledgerlens", "ledgerlens-api"), DemoLedgers.unthrottled());
        web = LedgerLensWebApp.create(explode, recording,
                LedgerLensService.registrationOver(new JooqRegistration(store), new InMemoryAuditLog(), Clock.systemUTC()), access, WebLimits.DEFAULT,
                java.time.ZoneOffset.UTC)
                .start("127.0.0.1", 0);
    }

    /** 20,000 profile updates of one customer, none with a reference: {@code eventReferenceIds=-1} matches them all. */
    private static void recordManyEventsWithoutReference(JooqRecordLedger recorder, Subjects subjects) {
        subjects.register(Customer.register(BUSY, PARENT, "Busy", "Bee",
                List.of(CustomerIdentifier.of(IdentifierName.MOBILE, BUSY_MOBILE, Source.INSTORE))));
        var start = Instant.parse("2024-01-01T00:00:00Z");
        for (int batch = 0; batch < BUSY_EVENTS / 1000; batch++) {
            var ids = recorder.nextEventLogIds(1000);
            var events = new ArrayList<io.ledgerlens.domain.event.LedgerEvent>();
            for (int i = 0; i < 1000; i++) {
                int n = batch * 1000 + i;
                events.add(LedgerEventBuilder.anEvent(EventName.CUSTOMER_UPDATE).id(ids.get(i).value()).org(PARENT)
                        .subject(EventSubject.customer(BUSY)).uniqueId("u-busy-" + n).eventTime(start.plusSeconds(n))
                        .allocations(regular("1.0")).customField("n", String.valueOf(n)).build());
            }
            new EventAppends(recorder).appendAll(events);
        }
    }

    private static EventLogId recordPurchase(JooqRecordLedger recorder, OrgId org, CustomerId customer,
                                             String billNumber, int lines, long[] lineItemIds) {
        var lineItems = new LineItem[lines];
        for (int line = 0; line < lines; line++) {
            lineItems[line] = aLineItem(lineItemIds[0]++, regular("1.5"), promised("2.0"), regularIn(STARS, "1.0"));
        }
        var id = recorder.nextEventLogId();
        new EventAppends(recorder).append(LedgerEventBuilder.aTransactionAdd().id(id.value()).org(org).subject(EventSubject.customer(customer))
                .referenceId(billNumber).uniqueId("u-" + billNumber)
                .bill(aBill().number(billNumber).lineItems(lineItems)
                        .allocations(regular("10.0"), promo("3.0"), promised("4.0"), regularIn(MILES, "2.0")))
                .customField("txn_source", "tcp").extendedField("channel", "pos")
                .paidBy("CASH", "195.0").paidBy("UPI", "100.0").slab(2, "SILVER", 2649, true)
                .build());
        return id;
    }

    /** One of Meera's events of every kind the contract can explode, each with its own block. */
    private void recordEveryKind(JooqRecordLedger recorder, long[] lineItemIds) {
        int minute = 0;
        for (var name : EventName.values()) {
            if (!name.hasExplodeDetail()) {
                continue;
            }
            var id = recorder.nextEventLogId();
            var event = LedgerEventBuilder.anEvent(name).id(id.value()).org(PARENT).subject(EventSubject.customer(MEERA))
                    .uniqueId("u-kind-" + name.wireName()).eventTime(Instant.parse("2024-05-01T00:00:00Z").plusSeconds(60L * minute++))
                    .customField("zone", "north").paidBy("CARD", "10.0");
            if (name.isBillEvent()) {
                var bill = aBill().number("K-" + name.wireName())
                        .lineItems(aLineItem(lineItemIds[0]++, regular("2.0"))).allocations(regular("5.0"));
                event.referenceId("K-" + name.wireName())
                        .bill(name == EventName.RETURN_BILL ? bill.returning("K-" + EventName.TRANSACTION_ADD.wireName()) : bill);
            } else {
                event.allocations(regular("4.0"), regularIn(MILES, "1.5"));
                EventDetails.forKind(name).ifPresent(event::detail);
            }
            new EventAppends(recorder).append(event.build());
            everyKind.add(id);
        }
    }

    @AfterAll
    void stop() {
        web.stop();
    }

    // ---- asking

    /** What one request cost and answered. */
    private record Answer(List<StatementCounter.Trip> trips, int status, JsonNode body) {

        List<String> sent() {
            return trips.stream().map(StatementCounter.Trip::sql).toList();
        }

        int statements() {
            return trips.size();
        }

        /** The rows read from the statement that loads the events (the one that reads ledger_event). */
        int eventRowsRead() {
            return trips.stream().filter(trip -> trip.sql().contains(" from ledger_event"))
                    .mapToInt(StatementCounter.Trip::rows).sum();
        }

        int events() {
            return body.get("events").size();
        }
    }

    private Answer ask(String version, String parameters, String... headers) {
        return askAbout(MOBILE, version, parameters, headers);
    }

    private Answer askAbout(String mobile, String version, String parameters, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/" + version
                + "/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=" + mobile
                + "&source=INSTORE&" + parameters)).GET().header("Authorization", authorization);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        var response = new AtomicReference<HttpResponse<String>>();
        var trips = counter.tripsDuring(() -> response.set(send(request.build())));
        try {
            return new Answer(trips, response.get().statusCode(), json.readTree(response.get().body()));
        } catch (IOException notJson) {
            throw new UncheckedIOException(response.get().body(), notJson);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String eventIds(List<EventLogId> ids) {
        return "eventIds=" + ids.stream().map(id -> String.valueOf(id.value())).collect(Collectors.joining(","));
    }

    private static String eventIds(EventLogId... ids) {
        return eventIds(Arrays.asList(ids));
    }

    // ---- the counts

    @Test
    void one_event_and_a_hundred_events_by_id_cost_the_same_statements() {
        var one = ask("v2", eventIds(hundredPurchases.get(0)) + "&limit=100");
        var hundred = ask("v2", eventIds(hundredPurchases) + "&limit=100");

        assertThat(one.events()).isEqualTo(1);
        assertThat(hundred.events()).isEqualTo(100);
        assertThat(one.statements()).isEqualTo(hundred.statements()).isEqualTo(STATEMENTS_FOR_ONE_ORG);
    }

    @Test
    void an_event_of_one_line_item_and_one_of_thirty_cost_the_same_statements() {
        var oneLine = ask("v2", eventIds(hundredPurchases.get(0)) + EVERY_FLAG);
        var thirtyLines = ask("v2", eventIds(thirtyLinePurchase) + EVERY_FLAG);

        assertThat(oneLine.body().at("/events/0/billDetails/lineItems").size()).isEqualTo(1);
        assertThat(thirtyLines.body().at("/events/0/billDetails/lineItems").size()).isEqualTo(30);
        assertThat(oneLine.statements()).isEqualTo(thirtyLines.statements()).isEqualTo(STATEMENTS_FOR_ONE_ORG);
    }

    @Test
    void every_flag_off_and_every_flag_on_cost_the_same_statements() {
        var noFlag = ask("v2", eventIds(hundredPurchases) + "&limit=100");
        var everyFlag = ask("v2", eventIds(hundredPurchases) + "&limit=100" + EVERY_FLAG);

        assertThat(noFlag.body().at("/events/0").has("billDetails")).isFalse();
        assertThat(everyFlag.body().at("/events/99/billDetails/pointsEarnedBreakup").isObject()).isTrue();
        assertThat(everyFlag.body().at("/events/99/paymentModes").size()).isEqualTo(2);
        assertThat(noFlag.statements()).isEqualTo(everyFlag.statements()).isEqualTo(STATEMENTS_FOR_ONE_ORG);
    }

    @Test
    void events_of_every_kind_with_their_own_blocks_cost_the_same_statements_as_one_purchase() {
        var onePurchase = ask("v2", eventIds(hundredPurchases.get(0)) + EVERY_FLAG);
        var allKinds = ask("v2", eventIds(everyKind) + "&limit=100" + EVERY_FLAG);

        assertThat(allKinds.status()).as(allKinds.body().toString()).isEqualTo(200);
        assertThat(allKinds.events()).isEqualTo(everyKind.size()).isEqualTo(16);
        assertThat(allKinds.statements()).isEqualTo(onePurchase.statements()).isEqualTo(STATEMENTS_FOR_ONE_ORG);
    }

    @Test
    void one_reference_and_ten_references_cost_the_same_statements() {
        var references = IntStream.range(0, 10).mapToObj(i -> "M-" + i).collect(Collectors.joining(","));
        var one = ask("v2", "eventName=TransactionAdd&eventReferenceIds=M-0" + EVERY_FLAG);
        var ten = ask("v2", "eventName=TransactionAdd&eventReferenceIds=" + references + EVERY_FLAG);

        assertThat(one.events()).isEqualTo(1);
        assertThat(ten.events()).isEqualTo(10);
        assertThat(one.statements()).isEqualTo(ten.statements()).isEqualTo(STATEMENTS_BY_REFERENCE_FOR_ONE_ORG);
    }

    @Test
    void a_page_by_reference_reads_one_page_of_twenty_thousand_matching_events() {
        var first = askAbout(BUSY_MOBILE, "v2", "eventName=CustomerUpdate&eventReferenceIds=-1&limit=1" + EVERY_FLAG);
        var last = askAbout(BUSY_MOBILE, "v2", "eventName=CustomerUpdate&eventReferenceIds=-1&limit=1&getCustomFields=true&offset="
                + (BUSY_EVENTS - 1));
        var hundred = askAbout(BUSY_MOBILE, "v2", "eventName=CustomerUpdate&eventReferenceIds=-1&limit=100&offset=7");
        var beyond = askAbout(BUSY_MOBILE, "v2", "eventName=CustomerUpdate&eventReferenceIds=-1&limit=100&offset=200");

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.events()).isEqualTo(1);
        assertThat(first.body().at("/events/0/customFields/0/value").asText()).isEqualTo("0");
        assertThat(last.body().at("/events/0/customFields/0/value").asText()).isEqualTo(String.valueOf(BUSY_EVENTS - 1));
        assertThat(last.events()).isEqualTo(1);
        assertThat(hundred.events()).isEqualTo(100);
        assertThat(beyond.events()).isZero();
        assertThat(last.statements()).isEqualTo(hundred.statements()).isEqualTo(STATEMENTS_BY_REFERENCE_FOR_ONE_ORG);
        // Every flag asks for alternate currencies; a page that earned none reads whether the org has any at all
        // (the 9018 warning of revision 2): one statement more, whatever the page.
        assertThat(first.statements()).isEqualTo(STATEMENTS_BY_REFERENCE_FOR_ONE_ORG + 1);
        assertThat(first.eventRowsRead()).as("the statement's rows: one page of one event").isEqualTo(1);
        assertThat(last.eventRowsRead()).isEqualTo(1);
        assertThat(hundred.eventRowsRead()).isEqualTo(100);
        assertThat(beyond.eventRowsRead()).as("an empty page: one row saying which references matched").isEqualTo(1);
    }

    @Test
    void v2_1_for_its_own_org_costs_what_v2_costs() {
        var v2 = ask("v2", eventIds(hundredPurchases) + "&limit=100" + EVERY_FLAG);
        var v21 = ask("v2.1", eventIds(hundredPurchases) + "&limit=100" + EVERY_FLAG);
        var v21Self = ask("v2.1", eventIds(hundredPurchases) + "&limit=100" + EVERY_FLAG, "DATA-SCOPE", "SELF");

        assertThat(v21.body().at("/events/0/orgId").asLong()).isEqualTo(PARENT.value());
        assertThat(v2.statements()).isEqualTo(v21.statements()).isEqualTo(v21Self.statements())
                .isEqualTo(STATEMENTS_FOR_ONE_ORG);
    }

    @Test
    void v2_1_over_every_connected_org_adds_one_statement_for_the_connections_however_many_events() {
        var oneEvent = ask("v2.1", eventIds(childPurchase), "DATA-SCOPE", "ALL");
        var everything = ask("v2.1", eventIds(concat(hundredPurchases.subList(0, 99), childPurchase)) + "&limit=100" + EVERY_FLAG,
                "DATA-SCOPE", "ALL");
        var named = ask("v2.1", eventIds(hundredPurchases.get(0), childPurchase) + EVERY_FLAG,
                "DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", PARENT.value() + "," + CHILD.value());

        assertThat(oneEvent.body().at("/events/0/orgId").asLong()).isEqualTo(CHILD.value());
        assertThat(everything.events()).isEqualTo(100);
        assertThat(everything.body().at("/events/99/orgId").asLong()).isEqualTo(CHILD.value());
        assertThat(named.events()).isEqualTo(2);
        assertThat(oneEvent.statements()).isEqualTo(everything.statements()).isEqualTo(named.statements())
                .isEqualTo(STATEMENTS_FOR_CONNECTED_ORGS);
    }

    @Test
    void every_round_trip_of_a_request_carries_its_tenant_fence_with_it() {
        var ownOrg = ask("v2", eventIds(hundredPurchases.get(0)) + "&alternateCurrencyNames=stars");
        var connected = ask("v2.1", eventIds(childPurchase), "DATA-SCOPE", "ALL");

        assertThat(ownOrg.statements()).isEqualTo(STATEMENTS_FOR_ONE_ORG + 1);
        assertThat(connected.statements()).isEqualTo(STATEMENTS_FOR_CONNECTED_ORGS);
        // Signing in is the one read before any org is known: the owner's function answers the named credential only.
        var signIns = concat(ownOrg.sent(), connected.sent()).stream()
                .filter(sql -> sql.contains(" from ledger_credential_named(?, ?) ")).toList();
        assertThat(signIns).hasSize(2);
        assertThat(concat(ownOrg.sent(), connected.sent())).filteredOn(sql -> !signIns.contains(sql))
                .hasSize(STATEMENTS_FOR_ONE_ORG + STATEMENTS_FOR_CONNECTED_ORGS - 1)
                .allSatisfy(sql -> assertThat(sql).startsWith("select set_config('ledgerlens.orgs', ?, true)"));
    }

    @Test
    void naming_alternate_currencies_adds_one_statement_to_look_them_up_however_many_events() {
        var one = ask("v2", eventIds(hundredPurchases.get(0)) + "&alternateCurrencyNames=stars,coins");
        var hundred = ask("v2", eventIds(hundredPurchases) + "&limit=100&alternateCurrencyNames=stars,miles,coins");

        assertThat(one.body().at("/warnings/0/code").asInt()).isEqualTo(9018);
        assertThat(hundred.events()).isEqualTo(100);
        assertThat(one.statements()).isEqualTo(hundred.statements()).isEqualTo(STATEMENTS_FOR_ONE_ORG + 1);
    }

    @Test
    void a_refused_request_costs_no_more_than_an_answered_one() {
        var badParameters = ask("v2", "eventIds=abc&limit=500");
        var unknownEvent = ask("v2", eventIds(hundredPurchases.get(0), EventLogId.of(999_999_999)));

        assertThat(badParameters.status()).isEqualTo(400);
        assertThat(badParameters.statements()).as("only the caller's credential is read").isEqualTo(1);
        assertThat(unknownEvent.body().at("/errors/0/code").asInt()).isEqualTo(9021);
        assertThat(unknownEvent.statements()).isEqualTo(STATEMENTS_FOR_ONE_ORG);
    }

    private static List<EventLogId> concat(List<EventLogId> ids, EventLogId last) {
        var all = new ArrayList<>(ids);
        all.add(last);
        return all;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
