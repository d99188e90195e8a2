package io.ledgerlens.bootstrap.demo;

import static io.ledgerlens.bootstrap.demo.DemoReferenceData.BILL_RULE;
import static io.ledgerlens.bootstrap.demo.DemoReferenceData.JOINING_BONUS;
import static io.ledgerlens.bootstrap.demo.DemoReferenceData.OUTLET_PURCHASES;
import static io.ledgerlens.bootstrap.demo.DemoReferenceData.PURCHASES;
import static io.ledgerlens.bootstrap.demo.DemoReferenceData.STARS;
import static io.ledgerlens.bootstrap.demo.DemoReferenceData.WEEKEND_DOUBLE;

import io.ledgerlens.adapter.web.registration.RegistrationUseCases;
import io.ledgerlens.application.port.in.registration.ManageOrgTreeUseCase;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.out.explode.LoadOrgPort;
import io.ledgerlens.application.port.out.recording.AppendOutcome;
import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.Amounts;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.LineItem;
import io.ledgerlens.domain.event.NamedValue;
import io.ledgerlens.domain.event.PaymentMode;
import io.ledgerlens.domain.event.PointInTimeSlab;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.points.PointsAllocation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A small, realistic ledger to try LedgerLens on: a fashion retailer and its
 * outlet (connected orgs, both in India), a customer known by mobile, email
 * and external id in both, her household wallet, and bills with line items,
 * every kind of allocation, custom and extended fields, payment modes and an
 * alternate currency; then one event of every other kind ({@link DemoEveryKind}).
 */
public final class DemoDataset {

    /** The fashion retailer, the root org; its till user is the demo's Basic credential. */
    public static final OrgId RETAILER = OrgId.of(50672);
    /** The retailer's outlet, a connected child org; its API client is the demo's token credential. */
    public static final OrgId OUTLET = OrgId.of(50673);
    /** Priya's mobile, her identifier at the till in both orgs. */
    public static final String PRIYA_MOBILE = "919876543210";
    /** Priya's email, her identifier on WeChat at the retailer. */
    public static final String PRIYA_EMAIL = "priya.sharma@example.com";
    /** The Sharma household's external id, by which its user group is found. */
    public static final String HOUSEHOLD_EXTERNAL_ID = "HH-SHARMA";
    /** The bill number of Priya's purchase at the retailer, the demo's fullest bill. */
    public static final String PURCHASE_BILL = "num124536";
    /** The bill number of the household's purchase, a group event. */
    public static final String HOUSEHOLD_BILL = "num200001";
    /** The bill number of Priya's purchase at the outlet. */
    public static final String OUTLET_BILL = "OUT-7781";

    static final CustomerId PRIYA = CustomerId.of(341198823);
    static final CustomerId RAHUL = CustomerId.of(341198824);
    static final CustomerId PRIYA_AT_OUTLET = CustomerId.of(341298823);
    static final UserGroupId SHARMA_HOUSEHOLD = UserGroupId.of(88001);
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final long TILL = 50671937;

    private DemoDataset() {
    }

    /**
     * Whether the demo is already in the ledger (it is loaded once, into an empty database).
     *
     * @param orgs reads the orgs' settings
     * @return {@code true} if the retailer org exists
     */
    public static boolean isLoaded(LoadOrgPort orgs) {
        return !orgs.settingsOf(List.of(RETAILER)).isEmpty();
    }

    /**
     * Creates the demo's two orgs as the operator would, registers its customers and household as the API does
     * ({@code registration}), then appends its events through {@code ledger}, each under the recording rules.
     *
     * @param orgs creates the two orgs, as {@code ledgerlens orgs create} does
     * @param registration registers the customers and the household
     * @param ledger appends the events
     * @throws IllegalStateException if an org exists already, or anything is refused: the demo is loaded once
     */
    public static void load(ManageOrgTreeUseCase orgs, RegistrationUseCases registration, RecordLedgerPort ledger) {
        for (var org : List.of(Org.root(RETAILER, "Acme Fashion", INDIA, true),
                Org.childOf(RETAILER, OUTLET, "Acme Fashion Outlet", INDIA, false))) {
            if (!orgs.create(org).equals(new RegistrationOutcome.Saved(true))) {
                throw new IllegalStateException("the demo's org " + org.id() + " could not be created: is it registered already?");
            }
        }
        var appends = new EventAppends(ledger);
        registered(registration.customers().register(RETAILER, Customer.register(PRIYA, RETAILER, "Priya", "Sharma", List.of(
                CustomerIdentifier.of(IdentifierName.MOBILE, PRIYA_MOBILE, Source.INSTORE),
                new CustomerIdentifier(IdentifierName.EMAIL, PRIYA_EMAIL, Source.WECHAT, AccountId.of("wx-acme")),
                CustomerIdentifier.of(IdentifierName.EXTERNAL_ID, "ACME-0001", Source.ECOMMERCE)))), PRIYA);
        registered(registration.customers().register(RETAILER, Customer.register(RAHUL, RETAILER, "Rahul", "Sharma", List.of(
                CustomerIdentifier.of(IdentifierName.MOBILE, "919812345678", Source.INSTORE)))), RAHUL);
        registered(registration.customers().register(OUTLET, Customer.register(PRIYA_AT_OUTLET, OUTLET, "Priya", "Sharma",
                List.of(CustomerIdentifier.of(IdentifierName.MOBILE, PRIYA_MOBILE, Source.INSTORE)))), PRIYA_AT_OUTLET);
        registered(registration.userGroups().form(RETAILER, UserGroup.form(SHARMA_HOUSEHOLD, RETAILER, HOUSEHOLD_EXTERNAL_ID,
                "Sharma household", PRIYA, List.of(PRIYA, RAHUL))), SHARMA_HOUSEHOLD);

        var registeredAt = at("2024-01-02T10:00:00");
        appended(appends.append(LedgerEvent.builder(ledger.nextEventLogId(), RETAILER, EventName.CUSTOMER_REGISTRATION,
                        EventSubject.customer(PRIYA))
                .uniqueId("demo-registration-priya").eventTime(registeredAt).tillId(TILL)
                .allocations(List.of(PointsAllocation.regular(points("100"), JOINING_BONUS, points("0"), registeredAt,
                        at("2024-06-30T23:59:59"))))
                .extendedFields(List.of(new NamedValue("acquisition_channel", "store")))
                .build()));

        var boughtAt = at("2024-03-26T10:38:00");
        var purchaseId = ledger.nextEventLogId();
        var expires = at("2025-03-31T23:59:59");
        var converts = at("2024-04-25T00:00:00");
        appended(appends.append(LedgerEvent.builder(purchaseId, RETAILER, EventName.TRANSACTION_ADD,
                        EventSubject.customer(PRIYA))
                .referenceId(PURCHASE_BILL).uniqueId("sC1RXvEHWU").eventTime(boughtAt).tillId(TILL)
                .bill(new Bill(PURCHASE_BILL, Amounts.of("300.0", "5.0", "295.0"), "weekend order", Source.INSTORE, boughtAt,
                        List.of(
                                LineItem.sold(2158986015L, "sku_164716451_2", Amounts.of("200.0", "5.0", "195.0"),
                                        points("100.0"), points("2"), List.of(
                                                PointsAllocation.regular(points("19.5"), PURCHASES, points("195.0"), boughtAt, expires),
                                                PointsAllocation.promised(points("5"), PURCHASES, points("195.0"), boughtAt, converts, expires))),
                                LineItem.sold(2158986016L, "sku_164716452_1", Amounts.of("100.0", "0", "100.0"),
                                        points("100.0"), points("1"), List.of())),
                        List.of(
                                PointsAllocation.regular(points("29.5"), PURCHASES, points("295.0"), boughtAt, expires)
                                        .awardedBy(BILL_RULE),
                                PointsAllocation.promo(points("29.5"), PURCHASES, WEEKEND_DOUBLE, points("295.0"), boughtAt, expires),
                                PointsAllocation.promised(points("20"), PURCHASES, points("295.0"), boughtAt, converts, expires),
                                PointsAllocation.regular(points("3"), PURCHASES, points("295.0"), boughtAt, expires).inCurrency(STARS)),
                        Optional.empty()))
                .customFields(List.of(new NamedValue("txn_source", "tcp"), new NamedValue("store_zone", "north")))
                .extendedFields(List.of(new NamedValue("channel", "pos")))
                .paymentModes(List.of(new PaymentMode("CASH", points("195.0")), new PaymentMode("UPI", points("100.0"))))
                .pointInTimeSlabs(List.of(new PointInTimeSlab(2, "SILVER", 2649, true)))
                .build()));

        var householdAt = at("2024-04-02T18:15:00");
        appended(appends.append(LedgerEvent.builder(ledger.nextEventLogId(), RETAILER, EventName.GROUP_TRANSACTION_ADD,
                        EventSubject.userGroup(SHARMA_HOUSEHOLD))
                .referenceId(HOUSEHOLD_BILL).uniqueId("demo-household-1").eventTime(householdAt).tillId(TILL)
                .bill(new Bill(HOUSEHOLD_BILL, Amounts.of("1200.0", "0", "1200.0"), "", Source.INSTORE, householdAt,
                        List.of(LineItem.sold(2158987001L, "sku_sofa_cover", Amounts.of("1200.0", "0", "1200.0"),
                                points("1200.0"), points("1"), List.of())),
                        List.of(PointsAllocation.regular(points("120"), PURCHASES, points("1200.0"), householdAt,
                                at("2025-04-30T23:59:59"))),
                        Optional.empty()))
                .paymentModes(List.of(new PaymentMode("CARD", points("1200.0"))))
                .pointInTimeSlabs(List.of(new PointInTimeSlab(3, "GOLD", 2649, true)))
                .build()));

        var outletAt = at("2024-05-11T12:05:00");
        appended(appends.append(LedgerEvent.builder(ledger.nextEventLogId(), OUTLET, EventName.TRANSACTION_ADD,
                        EventSubject.customer(PRIYA_AT_OUTLET))
                .referenceId(OUTLET_BILL).uniqueId("demo-outlet-1").eventTime(outletAt).tillId(50680001)
                .bill(new Bill(OUTLET_BILL, Amounts.of("80.0", "8.0", "72.0"), "clearance", Source.INSTORE, outletAt,
                        List.of(LineItem.sold(2158990001L, "sku_tee_clearance", Amounts.of("80.0", "8.0", "72.0"),
                                points("40.0"), points("2"), List.of(
                                        PointsAllocation.regular(points("7.2"), OUTLET_PURCHASES, points("72.0"), outletAt,
                                                at("2025-05-31T23:59:59"))))),
                        List.of(),
                        Optional.empty()))
                .customFields(List.of(new NamedValue("txn_source", "outlet-pos")))
                .paymentModes(List.of(new PaymentMode("CASH", points("72.0"))))
                .pointInTimeSlabs(List.of(new PointInTimeSlab(1, "BASE", 2700, true)))
                .build()));

        DemoEveryKind.load(ledger, purchaseId.value());
    }

    /** The demo is loaded into an empty ledger: anything but saved is a bug of the demo, reported, never skipped. */
    static void registered(RegistrationOutcome outcome, Object what) {
        if (!(outcome instanceof RegistrationOutcome.Saved)) {
            throw new IllegalStateException("the demo's " + what + " was not registered: " + outcome);
        }
    }

    /** Likewise for its events, which must all be new. */
    static void appended(AppendOutcome outcome) {
        if (!(outcome instanceof AppendOutcome.Appended)) {
            throw new IllegalStateException("a demo event was not appended: " + outcome);
        }
    }

    private static Instant at(String localIndiaTime) {
        return LocalDateTime.parse(localIndiaTime).atZone(INDIA).toInstant();
    }

    private static BigDecimal points(String value) {
        return new BigDecimal(value);
    }
}
