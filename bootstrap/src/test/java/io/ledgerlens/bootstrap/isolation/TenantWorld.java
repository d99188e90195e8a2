package io.ledgerlens.bootstrap.isolation;

import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static io.ledgerlens.domain.testdata.BillBuilder.aLineItem;

import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.Subjects;
import io.ledgerlens.application.port.in.access.CredentialIssue;
import io.ledgerlens.application.port.in.access.CredentialRequest;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.service.ManageCredentialsService;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.EventDetails;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Orgs that look alike on purpose, served by the real service on PostgreSQL:
 * every org has a customer with the same mobile, email and external id, a
 * household with the same external id, and events with the same bill numbers
 * and field names. What differs is a marker ({@code mk<org>x}) in every value
 * an answer can carry, so a foreign value in an answer is found by its marker,
 * and a foreign event by its id.
 */
final class TenantWorld implements AutoCloseable {

    static final String MOBILE = "919900000001";
    static final String EMAIL = "twin@example.com";
    static final String EXTERNAL_ID = "TWIN-1";
    static final String HOUSEHOLD = "HH-TWIN";
    static final String BILL = "BILL-1";

    private final LedgerLensService service;
    private final Map<OrgId, Optional<OrgId>> parents = new LinkedHashMap<>();
    private final Map<Long, OrgId> eventOrgs = new HashMap<>();
    private final Map<OrgId, String> authorizations = new HashMap<>();
    private final Map<OrgId, CustomerId> customers = new HashMap<>();
    private final Map<OrgId, Long> credentials = new HashMap<>();
    private final Map<OrgId, List<String>> apiClients = new HashMap<>();
    /** Every secret handed out, in every form a client sends it: none may ever reach a log. */
    private final List<String> secrets = new ArrayList<>();

    /** {@code parents}: each org and its parent, parents first. */
    TenantWorld(Map<OrgId, Optional<OrgId>> parents) {
        // Thousands of requests from each org in seconds: far past the default rate limit, which is not under test here.
        var settings = DemoLedgers.UNTHROTTLED;
        var ledger = PostgresDatabase.freshLedger();
        service = LedgerLensService.on(DemoLedgers.over(ledger), settings)
                .start("127.0.0.1", 0);
        parents.forEach(this::addOrg);
    }

    static String markerOf(OrgId org) {
        return "mk" + org + "x";
    }

    private void addOrg(OrgId org, Optional<OrgId> parent) {
        parents.put(org, parent);
        var registration = new JooqRegistration(PostgresDatabase.storeOn(service.database().dataSource()));
        var zone = ZoneId.of("Asia/Kolkata");
        var created = service.orgTree().create(parent.map(p -> Org.childOf(p, org, markerOf(org), zone, true))
                .orElseGet(() -> Org.root(org, markerOf(org), zone, true)));
        if (!created.equals(new RegistrationOutcome.Saved(true))) {
            throw new IllegalStateException("the operator could not create org " + org + ": " + created);
        }
        var customer = CustomerId.of(org.value() * 10 + 1);
        var spouse = CustomerId.of(org.value() * 10 + 2);
        customers.put(org, customer);
        var subjects = new Subjects(registration);
        subjects.register(Customer.register(customer, org, markerOf(org), markerOf(org), List.of(
                CustomerIdentifier.of(IdentifierName.MOBILE, MOBILE, Source.INSTORE),
                CustomerIdentifier.of(IdentifierName.EMAIL, EMAIL, Source.INSTORE),
                CustomerIdentifier.of(IdentifierName.EXTERNAL_ID, EXTERNAL_ID, Source.INSTORE))));
        subjects.register(Customer.register(spouse, org, markerOf(org), markerOf(org), List.of(
                // Never the twin's MOBILE (an org ending in 0001 once gave the spouse that number; registration refuses it).
                CustomerIdentifier.of(IdentifierName.MOBILE, "91980000" + String.format("%04d", org.value() % 10_000), Source.INSTORE))));
        var household = UserGroupId.of(org.value() * 10 + 3);
        subjects.form(UserGroup.form(household, org, HOUSEHOLD, markerOf(org), customer, List.of(customer, spouse)));

        var marker = markerOf(org);
        record(org, LedgerEventBuilder.aTransactionAdd().org(org).subject(EventSubject.customer(customer))
                .referenceId(BILL).uniqueId(marker + "-purchase")
                .bill(aBill().number(BILL).lineItems(aLineItem(org.value() * 100 + 1, regular("1.0"))).allocations(regular("5.0")))
                .customField("marker", marker).extendedField("marker", marker).paidBy(marker, "10.0"));
        record(org, LedgerEventBuilder.anEvent(EventName.GROUP_TRANSACTION_ADD).org(org)
                .subject(EventSubject.userGroup(household)).referenceId(BILL + "-G").uniqueId(marker + "-group")
                .bill(aBill().number(BILL + "-G").lineItems(aLineItem(org.value() * 100 + 2, regular("1.0"))).allocations(regular("2.0")))
                .customField("marker", marker));
        var goodwill = LedgerEventBuilder.anEvent(EventName.ALLOCATE_GOODWILL_POINTS).org(org)
                .subject(EventSubject.customer(customer)).uniqueId(marker + "-goodwill").eventTime(Instant.parse("2026-01-01T00:00:00Z"))
                .allocations(regular("3.0")).customField("marker", marker);
        EventDetails.forKind(EventName.ALLOCATE_GOODWILL_POINTS).ifPresent(goodwill::detail);
        record(org, goodwill);

        var issued = (CredentialIssue.Issued) service.credentialAdmin().issue(org, new CredentialRequest(CredentialKind.TILL_USER,
                Optional.of(new CredentialName("till." + org)), Set.of(AccessRight.values())));
        credentials.put(org, issued.credential().id());
        authorizations.put(org, "Basic " + Base64.getEncoder().encodeToString(
                ("till." + org + ":" + ManageCredentialsService.md5Hex(issued.secret())).getBytes(StandardCharsets.UTF_8)));
        var client = (CredentialIssue.Issued) service.credentialAdmin().issue(org, new CredentialRequest(CredentialKind.API_CLIENT,
                Optional.empty(), Set.of(AccessRight.values())));
        apiClients.put(org, List.of(client.credential().name(), client.secret()));
        secrets.addAll(List.of(issued.secret(), ManageCredentialsService.md5Hex(issued.secret()), client.secret(),
                authorizations.get(org).substring("Basic ".length())));
    }

    private void record(OrgId org, LedgerEventBuilder event) {
        var id = service.recorder().nextEventLogId();
        service.appends().append(event.id(id.value()).build());
        eventOrgs.put(id.value(), org);
    }

    List<OrgId> orgs() {
        return List.copyOf(parents.keySet());
    }

    /** The org itself, its parent and its children: what the contract calls connected. */
    List<OrgId> connectedTo(OrgId org) {
        var connected = new ArrayList<OrgId>();
        connected.add(org);
        parents.get(org).ifPresent(connected::add);
        parents.forEach((child, parent) -> parent.filter(org::equals).ifPresent(p -> connected.add(child)));
        return connected;
    }

    /** Every event id in the ledger, of every org. */
    List<Long> allEventIds() {
        return eventOrgs.keySet().stream().sorted().toList();
    }

    OrgId orgOfEvent(long eventLogId) {
        return eventOrgs.get(eventLogId);
    }

    Optional<OrgId> parentOf(OrgId org) {
        return parents.get(org);
    }

    long credentialOf(OrgId org) {
        return credentials.get(org);
    }

    CustomerId customerOf(OrgId org) {
        return customers.get(org);
    }

    String authorizationOf(OrgId org) {
        return authorizations.get(org);
    }

    /** The key and secret of the org's API client, which holds every right like its till user. */
    List<String> apiClientOf(OrgId org) {
        return apiClients.get(org);
    }

    /** What must never appear in a log: every secret, MD5 and Basic header handed out, and every org's marker. */
    List<String> neverLogged() {
        var never = new ArrayList<>(secrets);
        orgs().forEach(org -> never.add(markerOf(org)));
        never.add("$argon2id$");
        return never;
    }

    /** The audit log as the operator reads it. */
    List<io.ledgerlens.domain.audit.AuditRecord> audit(io.ledgerlens.domain.audit.AuditFilter filter) {
        return service.auditLog().read(filter);
    }

    /** Every org as the operator's command lists it: ids, names, parents and settings. */
    List<Org> orgTree() {
        return service.orgTree().list();
    }

    int port() {
        return service.port();
    }

    @Override
    public void close() {
        service.close();
    }
}
