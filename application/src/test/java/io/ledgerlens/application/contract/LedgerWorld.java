package io.ledgerlens.application.contract;

import static io.ledgerlens.domain.testdata.Allocations.MILES;
import static io.ledgerlens.domain.testdata.Allocations.STARS;
import static io.ledgerlens.domain.testdata.Allocations.promised;
import static io.ledgerlens.domain.testdata.Allocations.promo;
import static io.ledgerlens.domain.testdata.Allocations.promoIn;
import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.Allocations.regularIn;
import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static io.ledgerlens.domain.testdata.BillBuilder.aLineItem;

import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.EventDetails;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import io.ledgerlens.domain.event.ReturnType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger every contract suite and service test reads: a parent org and
 * its child, an unrelated org whose customer shares a mobile number and a
 * bill number with ours (so that a leak would show), a household group, and
 * events of several kinds. Written through any {@code RecordLedgerPort}.
 */
public final class LedgerWorld {

    public static final OrgId PARENT = OrgId.of(100);
    public static final OrgId CHILD = OrgId.of(200);
    public static final OrgId STRANGER = OrgId.of(300);
    public static final OrgId UNKNOWN = OrgId.of(999);
    public static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    public static final String MOBILE = "919876543210";
    public static final String EMAIL = "asha@example.com";
    public static final String WECHAT_ACCOUNT = "wx-main";
    public static final CustomerId ASHA = CustomerId.of(5001);
    public static final CustomerId ASHA_IN_CHILD = CustomerId.of(5002);
    public static final CustomerId RAVI = CustomerId.of(5003);
    public static final CustomerId STRANGERS_CUSTOMER = CustomerId.of(5004);
    public static final UserGroupId HOUSEHOLD = UserGroupId.of(7001);
    public static final String HOUSEHOLD_EXTERNAL_ID = "HH-ASHA";
    public static final String BILL_NUMBER = "BILL-1";

    public final EventLogId purchase;
    public final EventLogId laterPurchaseOfSameBill;
    public final EventLogId registration;
    public final EventLogId expiry;
    public final EventLogId childPurchase;
    public final EventLogId householdPurchase;
    public final EventLogId strangersPurchase;
    /** One event of Asha's (in the parent org) for every kind the contract can explode, bills included. */
    public final Map<EventName, EventLogId> everyKind = new EnumMap<>(EventName.class);

    private final RecordLedgerPort recorder;
    private final io.ledgerlens.application.service.EventAppends appends;
    private final Map<EventLogId, LedgerEvent> recorded = new HashMap<>();

    private LedgerWorld(LedgerPorts ports) {
        this.recorder = ports.recorder();
        this.appends = ports.appends();
        var subjects = ports.subjectsRegistered();
        OrgTrees.register(ports.tree(), Org.root(PARENT, "Fashion Retail", KOLKATA, true),
                Org.childOf(PARENT, CHILD, "Fashion Outlet", KOLKATA, false), Org.root(STRANGER, "Other Brand", ZoneId.of("UTC"), true));
        subjects.register(Customer.register(ASHA, PARENT, "Asha", "Rao", List.of(
                CustomerIdentifier.of(IdentifierName.MOBILE, MOBILE, Source.INSTORE),
                new CustomerIdentifier(IdentifierName.EMAIL, "Asha@Example.com", Source.WECHAT, AccountId.of(WECHAT_ACCOUNT)),
                CustomerIdentifier.of(IdentifierName.EXTERNAL_ID, "ASHA-1", Source.INSTORE))));
        subjects.register(Customer.register(ASHA_IN_CHILD, CHILD, "Asha", "Rao", List.of(
                CustomerIdentifier.of(IdentifierName.MOBILE, MOBILE, Source.INSTORE))));
        subjects.register(Customer.register(RAVI, PARENT, "Ravi", "Rao", List.of(
                CustomerIdentifier.of(IdentifierName.MOBILE, "919811111111", Source.INSTORE),
                CustomerIdentifier.of(IdentifierName.MOBILE, "919811111111", Source.MARTJACK))));
        subjects.register(Customer.register(STRANGERS_CUSTOMER, STRANGER, "Marker", "Stranger", List.of(
                CustomerIdentifier.of(IdentifierName.MOBILE, MOBILE, Source.INSTORE))));
        subjects.form(UserGroup.form(HOUSEHOLD, PARENT, HOUSEHOLD_EXTERNAL_ID, "Rao household", ASHA, List.of(ASHA, RAVI)));

        purchase = append(LedgerEventBuilder.aTransactionAdd().org(PARENT).subject(EventSubject.customer(ASHA))
                .referenceId(BILL_NUMBER).uniqueId("u-purchase")
                .bill(aBill().number(BILL_NUMBER)
                        .lineItems(aLineItem(900001, regular("10.0"), promised("5.0")), aLineItem(900002))
                        .allocations(regular("29.5"), promo("12.25"), promised("7.0"), regularIn(STARS, "3.0"),
                                promoIn(MILES, "1.5")))
                .customField("txn_source", "tcp").extendedField("channel", "pos")
                .paidBy("CASH", "195.0").paidBy("UPI", "100.0")
                .slab(2, "SILVER", 2649, true));
        laterPurchaseOfSameBill = append(LedgerEventBuilder.aTransactionAdd().org(PARENT).subject(EventSubject.customer(ASHA))
                .referenceId(BILL_NUMBER).uniqueId("u-purchase-2").eventTime(Instant.parse("2024-03-27T05:08:00Z"))
                .bill(aBill().number(BILL_NUMBER).lineItems().allocations(regular("1.0"))));
        registration = append(LedgerEventBuilder.anEvent(EventName.CUSTOMER_REGISTRATION).org(PARENT)
                .subject(EventSubject.customer(ASHA)).uniqueId("u-registration")
                .eventTime(Instant.parse("2024-01-02T04:30:00Z")).allocations(regular("100.0")));
        expiry = append(LedgerEventBuilder.anEvent(EventName.POINTS_EXPIRY).org(PARENT)
                .subject(EventSubject.customer(ASHA)).uniqueId("u-expiry"));
        childPurchase = append(LedgerEventBuilder.aTransactionAdd().org(CHILD).subject(EventSubject.customer(ASHA_IN_CHILD))
                .referenceId("BILL-C1").uniqueId("u-child").bill(aBill().number("BILL-C1").lineItems(aLineItem(900003, regular("2.0")))));
        householdPurchase = append(LedgerEventBuilder.anEvent(EventName.GROUP_TRANSACTION_ADD).org(PARENT)
                .subject(EventSubject.userGroup(HOUSEHOLD)).referenceId("BILL-G1").uniqueId("u-household")
                .bill(aBill().number("BILL-G1").lineItems(aLineItem(900004))));
        strangersPurchase = append(LedgerEventBuilder.aTransactionAdd().org(STRANGER)
                .subject(EventSubject.customer(STRANGERS_CUSTOMER)).referenceId(BILL_NUMBER).uniqueId("u-purchase")
                .customField("marker", "STRANGER-SECRET")
                .bill(aBill().number(BILL_NUMBER).lineItems(aLineItem(900005))));
        recordEveryKind();
    }

    private void recordEveryKind() {
        long lineItemIds = 910000;
        int n = 0;
        for (var name : EventName.values()) {
            if (!name.hasExplodeDetail()) {
                continue;
            }
            var event = LedgerEventBuilder.anEvent(name).org(PARENT).subject(EventSubject.customer(ASHA))
                    .uniqueId("u-kind-" + name.wireName()).eventTime(Instant.parse("2024-05-01T00:00:00Z").plusSeconds(60L * n++))
                    .customField("store_zone", "north").extendedField("channel", "pos").paidBy("CARD", "295.0")
                    .slab(1, "BASE", 2649, true);
            if (name.isBillEvent()) {
                var bill = aBill().number("K-" + name.wireName())
                        .lineItems(aLineItem(lineItemIds++, regular("2.0"), promised("1.0")), aLineItem(lineItemIds++))
                        .allocations(regular("29.5"), promo("3.0"), promised("6.0"), regularIn(STARS, "2.0"));
                event.referenceId("K-" + name.wireName())
                        .bill(name == EventName.RETURN_BILL ? bill.returning("K-" + EventName.TRANSACTION_ADD.wireName()) : bill);
            } else {
                event.allocations(regular("4.0"), promo("1.0"), regularIn(MILES, "1.5"));
                EventDetails.forKind(name).ifPresent(event::detail);
                referenceOf(name).ifPresent(event::referenceId);
            }
            everyKind.put(name, append(event));
        }
    }

    /**
     * What a kind's {@code eventReferenceId} holds (§6): a request id, the customer's id, the voucher issue, the
     * achieving event; none ({@code "-1"}) for goodwill, adjustments and imports.
     */
    private Optional<String> referenceOf(EventName name) {
        return switch (name) {
            case GENERIC_EVENT -> Optional.of("5f0c3a7e-9d1b-4c55-8f3e-2b7a9c1d0e42");
            case POINTS_REDEMPTION, POINTS_TRANSFER -> Optional.of(String.valueOf(ASHA.value()));
            case VOUCHER_REDEMPTION -> Optional.of("88123");
            case TARGET_COMPLETED -> Optional.of(String.valueOf(everyKind.get(EventName.TRANSACTION_ADD).value()));
            default -> Optional.empty();
        };
    }

    /** Writes the world through {@code ports} and returns it with the ids the store assigned. */
    public static LedgerWorld recordedThrough(LedgerPorts ports) {
        return new LedgerWorld(ports);
    }

    private EventLogId append(LedgerEventBuilder builder) {
        var id = recorder.nextEventLogId();
        var event = builder.id(id.value()).build();
        appends.append(event);
        recorded.put(id, event);
        return id;
    }

    /** Every event handed to the store, by id. */
    public Map<EventLogId, LedgerEvent> everyRecorded() {
        return Map.copyOf(recorded);
    }

    /** The event as it was handed to the store. */
    public LedgerEvent recorded(EventLogId id) {
        return recorded.get(id);
    }
}
