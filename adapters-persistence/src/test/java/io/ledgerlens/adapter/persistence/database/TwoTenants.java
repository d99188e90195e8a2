package io.ledgerlens.adapter.persistence.database;

import static io.ledgerlens.domain.testdata.Allocations.MILES;
import static io.ledgerlens.domain.testdata.Allocations.STARS;
import static io.ledgerlens.domain.testdata.Allocations.promised;
import static io.ledgerlens.domain.testdata.Allocations.promo;
import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.Allocations.regularIn;
import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static io.ledgerlens.domain.testdata.BillBuilder.aLineItem;

import io.ledgerlens.adapter.persistence.access.JooqCredentialRepository;
import io.ledgerlens.adapter.persistence.recording.JooqRecordLedger;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.contract.Subjects;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.access.SecretHash;
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
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Tier;
import io.ledgerlens.domain.testdata.EventDetails;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A ledger of two orgs, a parent and its child, each with a row in every
 * org-scoped table (reference data, customers, a household, an event of every
 * kind with every section), and a third org that has only its org row: what
 * the row-level security tests fence and look through.
 */
final class TwoTenants {

    static final OrgId PARENT = OrgId.of(410);
    static final OrgId CHILD = OrgId.of(420);
    static final OrgId STRANGER = OrgId.of(430);

    private TwoTenants() {
    }

    static PostgresDatabase.Ledger recorded() {
        var ledger = PostgresDatabase.freshLedger();
        var store = PostgresDatabase.storeOn(ledger.service());
        var recorder = new JooqRecordLedger(store);
        var registration = new JooqRegistration(store);
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(PARENT, "Parent", ZoneId.of("UTC"), true),
                Org.childOf(PARENT, CHILD, "Child", ZoneId.of("UTC"), true), Org.root(STRANGER, "Stranger", ZoneId.of("UTC"), true));
        for (var org : List.of(PARENT, CHILD)) {
            registration.inOrg(org, registry -> {
                registry.referenceData().save(org, new Program(5, "Core", false));
                registry.referenceData().save(org, new Tier(5, 1, "Silver"));
                registry.referenceData().save(org, new Till(7, "till-7"));
                return null;
            });
            var customer = CustomerId.of(org.value() * 100 + 1);
            new Subjects(registration).register(Customer.register(customer, org, "First", "Last",
                    List.of(CustomerIdentifier.of(IdentifierName.MOBILE, "9190000" + org.value(), Source.INSTORE))))
                    .form(UserGroup.form(UserGroupId.of(org.value() * 100 + 2), org, "HH-" + org, "Household", customer,
                    List.of(customer)));
            recordEveryKind(recorder, org, customer);
            var credentials = new JooqCredentialRepository(store);
            credentials.add(Credential.issued(credentials.nextId(), org, CredentialKind.TILL_USER, new CredentialName("till." + org),
                    new SecretHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), Set.of(AccessRight.POINTS_READ),
                    Instant.parse("2026-11-25T00:00:00Z")));
        }
        return ledger;
    }

    private static void recordEveryKind(JooqRecordLedger recorder, OrgId org, CustomerId customer) {
        for (var name : EventName.values()) {
            var event = LedgerEventBuilder.anEvent(name).id(recorder.nextEventLogId().value()).org(org)
                    .subject(EventSubject.customer(customer)).uniqueId("u-" + name.wireName())
                    .customField("zone", "north").extendedField("channel", "pos").paidBy("CARD", "10.0")
                    .slab(1, "Silver", 2649, true);
            if (name.isBillEvent()) {
                var bill = aBill().number("B-" + name.wireName())
                        .lineItems(aLineItem(1, regular("2.0"), promised("1.0")))
                        .allocations(regular("5.0"), promo("1.0"), regularIn(STARS, "1.0"));
                event.referenceId("B-" + name.wireName())
                        .bill(name == EventName.RETURN_BILL ? bill.returning("B-" + EventName.TRANSACTION_ADD.wireName()) : bill);
            } else {
                event.allocations(regular("4.0"), regularIn(MILES, "1.5"));
                EventDetails.forKind(name).ifPresent(event::detail);
            }
            var outcome = new EventAppends(recorder).append(event.build());
            if (!(outcome instanceof io.ledgerlens.application.port.out.recording.AppendOutcome.Appended)) {
                throw new IllegalStateException("the fixture's " + name.wireName() + " was not recorded: " + outcome);
            }
        }
    }
}
