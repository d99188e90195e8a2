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

    /**
     * Starts an event from what every event has; the rest is set on the builder.
     *
     * @param id the server-assigned event log id
     * @param orgId the org the event was recorded in
     * @param name what happened
     * @param subject whose ledger the event is on
     * @return a builder whose reference id defaults to {@code "-1"} and till to {@link #NO_TILL}
     */
    public static Builder builder(EventLogId id, OrgId orgId, EventName name, EventSubject subject) {
        return new Builder(id, orgId, name, subject);
    }

    /** {@return the server-assigned id clients pass in {@code eventIds}} */
    public EventLogId id() {
        return id;
    }

    /** {@return the org the event was recorded in; connected orgs may read it on v2.1} */
    public OrgId orgId() {
        return orgId;
    }

    /** {@return what happened, which decides the event's shape} */
    public EventName name() {
        return name;
    }

    /** {@return whose ledger the event is on: a customer's or a user group's} */
    public EventSubject subject() {
        return subject;
    }

    /**
     * The bill number, request id, voucher issue id, ... the event is known by (§6).
     *
     * @return the contract's {@code eventReferenceId}; {@code "-1"} when the event has none
     */
    public String referenceId() {
        return referenceId;
    }

    /**
     * The writer's idempotency key, unique within the org.
     *
     * @return the unique id the writer sent
     */
    public String uniqueId() {
        return uniqueId;
    }

    /** {@return when the event happened, by the writer's account} */
    public Instant eventTime() {
        return eventTime;
    }

    /** {@return the till the event was made at; {@link #NO_TILL} for imports and other tillless events} */
    public long tillId() {
        return tillId;
    }

    /** {@return the bill of a bill event; empty on every other event} */
    public Optional<Bill> bill() {
        return Optional.ofNullable(bill);
    }

    /**
     * Event-level allocations: empty on bill events, whose points sit on the bill.
     *
     * @return the allocations made at event level
     */
    public List<PointsAllocation> allocations() {
        return allocations;
    }

    /**
     * A purchase: a bill event that is not a return.
     *
     * @return true for {@code TransactionAdd}, {@code NewBill} and {@code GroupTransactionAdd}
     */
    public boolean isPurchase() {
        return name.isBillEvent() && name != EventName.RETURN_BILL;
    }

    /**
     * On a {@code ReturnBill}: the number of the bill it gives (part of) back.
     *
     * @return the returned bill's number; empty on every other event
     */
    public Optional<String> returnedBillNumber() {
        return name == EventName.RETURN_BILL ? bill().flatMap(Bill::returned).map(BillReturn::returnBillId) : Optional.empty();
    }

    /**
     * Every allocation the event made, wherever it sits.
     *
     * @return the bill's and its lines' allocations on a bill event, else the event-level ones
     */
    public List<PointsAllocation> allAllocations() {
        return bill().map(Bill::allAllocations).orElse(allocations);
    }

    /** {@return the org-defined fields captured on the event, in the order sent (§7.4)} */
    public List<NamedValue> customFields() {
        return customFields;
    }

    /** {@return the platform-defined fields captured on the event, in the order sent (§7.4)} */
    public List<NamedValue> extendedFields() {
        return extendedFields;
    }

    /** {@return how a bill was paid, mode by mode; empty when not told or not a bill (§7.4)} */
    public List<PaymentMode> paymentModes() {
        return paymentModes;
    }

    /** {@return the tier the subject held in each program when the event happened (§7.3)} */
    public List<PointInTimeSlab> pointInTimeSlabs() {
        return pointInTimeSlabs;
    }

    /**
     * The kind-specific block (§7.5): a redemption's details, a transfer's parties, ...
     *
     * @return the block, or empty when the event's kind has none
     */
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

        /**
         * @param value the event's reference id (§6); {@code "-1"} when not set
         * @return this builder
         */
        public Builder referenceId(String value) {
            this.referenceId = value;
            return this;
        }

        /**
         * @param value the writer's idempotency key; required and not blank
         * @return this builder
         */
        public Builder uniqueId(String value) {
            this.uniqueId = value;
            return this;
        }

        /**
         * @param value when the event happened; required
         * @return this builder
         */
        public Builder eventTime(Instant value) {
            this.eventTime = value;
            return this;
        }

        /**
         * @param value the till the event was made at; {@link #NO_TILL} when not set
         * @return this builder
         */
        public Builder tillId(long value) {
            this.tillId = value;
            return this;
        }

        /**
         * @param value the bill; required on a bill event, refused on any other
         * @return this builder
         */
        public Builder bill(Bill value) {
            this.bill = value;
            return this;
        }

        /**
         * @param values event-level allocations to add; refused on a bill event
         * @return this builder
         */
        public Builder allocations(List<PointsAllocation> values) {
            allocations.addAll(values);
            return this;
        }

        /**
         * @param values org-defined fields to add, in order
         * @return this builder
         */
        public Builder customFields(List<NamedValue> values) {
            customFields.addAll(values);
            return this;
        }

        /**
         * @param values platform-defined fields to add, in order
         * @return this builder
         */
        public Builder extendedFields(List<NamedValue> values) {
            extendedFields.addAll(values);
            return this;
        }

        /**
         * @param values payment modes to add, in order
         * @return this builder
         */
        public Builder paymentModes(List<PaymentMode> values) {
            paymentModes.addAll(values);
            return this;
        }

        /**
         * @param values tier snapshots to add, one per program
         * @return this builder
         */
        public Builder pointInTimeSlabs(List<PointInTimeSlab> values) {
            pointInTimeSlabs.addAll(values);
            return this;
        }

        /**
         * @param value the kind-specific block; refused when the event's name does not carry it
         * @return this builder
         */
        public Builder detail(EventDetail value) {
            this.detail = value;
            return this;
        }

        /**
         * Checks the event's invariants: a bill exactly on bill events, a returned bill on a {@code ReturnBill}, no
         * event-level allocations on a bill event, a detail only on the names that carry it, a non-blank unique id.
         *
         * @return the event
         * @throws IllegalArgumentException when one of them is broken
         * @throws NullPointerException when the unique id or the event time was not set
         */
        public LedgerEvent build() {
            return new LedgerEvent(this);
        }
    }
}
