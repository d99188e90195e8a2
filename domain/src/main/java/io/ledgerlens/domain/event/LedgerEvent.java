package io.ledgerlens.domain.event;

import io.ledgerlens.domain.event.detail.EventDetail;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.points.PointsAllocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * One thing that happened to a customer or a user group and everything it
 * earned: the aggregate the explode answer is made of.
 *
 * <p>Bill events carry their points on the {@link Bill} (bill and line level);
 * every other event carries them here, at event level.
 */
@AggregateRoot
public final class LedgerEvent {

    /** Imports were not made at a till; the contract shows them with till id -1. */
    public static final long NO_TILL = -1;

    @Identity
    private final EventLogId id;
    private final OrgId orgId;
    private final EventName name;
    private final EventSubject subject;
    private final String referenceId;
    private final String uniqueId;
    private final Instant eventTime;
    private final long tillId;
    private final Bill bill;
    private final List<PointsAllocation> allocations;
    private final List<NamedValue> customFields;
    private final List<NamedValue> extendedFields;
    private final List<PaymentMode> paymentModes;
    private final List<PointInTimeSlab> pointInTimeSlabs;
    private final EventDetail detail;

    private LedgerEvent(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.orgId = Objects.requireNonNull(b.orgId, "orgId");
        this.name = Objects.requireNonNull(b.name, "name");
        this.subject = Objects.requireNonNull(b.subject, "subject");
        this.referenceId = Objects.requireNonNull(b.referenceId, "referenceId");
        this.uniqueId = Objects.requireNonNull(b.uniqueId, "uniqueId");
        this.eventTime = Objects.requireNonNull(b.eventTime, "eventTime");
        this.tillId = b.tillId;
        this.bill = b.bill;
        this.allocations = List.copyOf(b.allocations);
        this.customFields = List.copyOf(b.customFields);
        this.extendedFields = List.copyOf(b.extendedFields);
        this.paymentModes = List.copyOf(b.paymentModes);
        this.pointInTimeSlabs = List.copyOf(b.pointInTimeSlabs);
        this.detail = b.detail;
        if (detail != null && !detail.recordedOn().contains(name)) {
            throw new IllegalArgumentException(name.wireName() + " cannot carry a " + detail.getClass().getSimpleName());
        }
        if (name.isBillEvent() && bill == null) {
            throw new IllegalArgumentException(name.wireName() + " is a bill event and needs a bill");
        }
        if (!name.isBillEvent() && bill != null) {
            throw new IllegalArgumentException(name.wireName() + " carries no bill");
        }
        if (name == EventName.RETURN_BILL && bill.returned().isEmpty()) {
            throw new IllegalArgumentException("a ReturnBill names the bill it returns (its return details)");
        }
        if (name.isBillEvent() && !allocations.isEmpty()) {
            throw new IllegalArgumentException("a bill event books its points on the bill and its line items");
        }
        if (uniqueId.isBlank()) {
            throw new IllegalArgumentException("an event needs a unique id");
        }
    }

    public static Builder builder(EventLogId id, OrgId orgId, EventName name, EventSubject subject) {
        return new Builder(id, orgId, name, subject);
    }

    public EventLogId id() {
        return id;
    }

    public OrgId orgId() {
        return orgId;
    }

    public EventName name() {
        return name;
    }

    public EventSubject subject() {
        return subject;
    }

    /** The bill number, request id, voucher issue id, ... the event is known by (§6). */
    public String referenceId() {
        return referenceId;
    }

    /** The writer's idempotency key, unique within the org. */
    public String uniqueId() {
        return uniqueId;
    }

    public Instant eventTime() {
        return eventTime;
    }

    public long tillId() {
        return tillId;
    }

    public Optional<Bill> bill() {
        return Optional.ofNullable(bill);
    }

    /** Event-level allocations: empty on bill events, whose points sit on the bill. */
    public List<PointsAllocation> allocations() {
        return allocations;
    }

    /** A purchase: a bill event that is not a return. */
    public boolean isPurchase() {
        return name.isBillEvent() && name != EventName.RETURN_BILL;
    }

    /** On a {@code ReturnBill}: the number of the bill it gives (part of) back. */
    public Optional<String> returnedBillNumber() {
        return name == EventName.RETURN_BILL ? bill().flatMap(Bill::returned).map(BillReturn::returnBillId) : Optional.empty();
    }

    /** Every allocation the event made, wherever it sits. */
    public List<PointsAllocation> allAllocations() {
        return bill().map(Bill::allAllocations).orElse(allocations);
    }

    public List<NamedValue> customFields() {
        return customFields;
    }

    public List<NamedValue> extendedFields() {
        return extendedFields;
    }

    public List<PaymentMode> paymentModes() {
        return paymentModes;
    }

    public List<PointInTimeSlab> pointInTimeSlabs() {
        return pointInTimeSlabs;
    }

    /** The kind-specific block (§7.5): a redemption's details, a transfer's parties, ... */
    public Optional<EventDetail> detail() {
        return Optional.ofNullable(detail);
    }

    /** Assembles an event; {@link #build()} refuses one that breaks an invariant. */
    public static final class Builder {
        private final EventLogId id;
        private final OrgId orgId;
        private final EventName name;
        private final EventSubject subject;
        private String referenceId = "-1";
        private String uniqueId;
        private Instant eventTime;
        private long tillId = NO_TILL;
        private Bill bill;
        private final List<PointsAllocation> allocations = new ArrayList<>();
        private final List<NamedValue> customFields = new ArrayList<>();
        private final List<NamedValue> extendedFields = new ArrayList<>();
        private final List<PaymentMode> paymentModes = new ArrayList<>();
        private final List<PointInTimeSlab> pointInTimeSlabs = new ArrayList<>();
        private EventDetail detail;

        private Builder(EventLogId id, OrgId orgId, EventName name, EventSubject subject) {
            this.id = id;
            this.orgId = orgId;
            this.name = name;
            this.subject = subject;
        }

        public Builder referenceId(String value) {
            this.referenceId = value;
            return this;
        }

        public Builder uniqueId(String value) {
            this.uniqueId = value;
            return this;
        }

        public Builder eventTime(Instant value) {
            this.eventTime = value;
            return this;
        }

        public Builder tillId(long value) {
            this.tillId = value;
            return this;
        }

        public Builder bill(Bill value) {
            this.bill = value;
            return this;
        }

        public Builder allocations(List<PointsAllocation> values) {
            allocations.addAll(values);
            return this;
        }

        public Builder customFields(List<NamedValue> values) {
            customFields.addAll(values);
            return this;
        }

        public Builder extendedFields(List<NamedValue> values) {
            extendedFields.addAll(values);
            return this;
        }

        public Builder paymentModes(List<PaymentMode> values) {
            paymentModes.addAll(values);
            return this;
        }

        public Builder pointInTimeSlabs(List<PointInTimeSlab> values) {
            pointInTimeSlabs.addAll(values);
            return this;
        }

        public Builder detail(EventDetail value) {
            this.detail = value;
            return this;
        }

        public LedgerEvent build() {
            return new LedgerEvent(this);
        }
    }
}
