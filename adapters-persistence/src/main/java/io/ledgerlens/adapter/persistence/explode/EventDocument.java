package io.ledgerlens.adapter.persistence.explode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.ledgerlens.adapter.persistence.database.PostgresValues;
import io.ledgerlens.adapter.persistence.explode.BillRows.BillRow;
import io.ledgerlens.adapter.persistence.explode.SectionJson.SectionRow;
import io.ledgerlens.application.port.out.explode.EventSections;
import io.ledgerlens.domain.event.BillReturn;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.LineItemReturn;
import io.ledgerlens.domain.event.NamedValue;
import io.ledgerlens.domain.event.PaymentMode;
import io.ledgerlens.domain.event.PointInTimeSlab;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.AwardAction;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.Promotion;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An event's document (migration V24): the sections explode shows of it, written by the service from the event it
 * appends and read back in place of a subquery per section. One JSON array of six sections, each exactly as its
 * subquery aggregates it ({@link SectionJson}): the bill (zero or one rows, its line items nested last), every
 * allocation with its place, custom fields, extended fields, payment modes, tiers. So one reader reads a section from
 * either, and a document read back is the rows read back: amounts at the scale and instants at the precision
 * PostgreSQL stores ({@link PostgresValues}), reference data by id (named as it is read, as the rows are).
 *
 * <p>Not the kind-specific detail: it names programs by name, which a rename would leave stale in a document; its
 * functions run for the few events of its kinds only (see {@link DetailRows}).
 */
public final class EventDocument {

    /** Thread-safe once configured; each document makes its own generator or parser. */
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    private EventDocument() {
    }

    /**
     * The sections of an event as read from its document or its rows, before its allocations are named and placed.
     *
     * @param bill           its bill, if it has one (a list of zero or one)
     * @param allocations    its allocations, with their places
     * @param customFields   its custom fields
     * @param extendedFields its extended fields
     * @param paymentModes   its payment modes
     * @param tiers          its tiers at the time of the event
     */
    record Sections(List<BillRow> bill, List<StoredAllocation> allocations, List<NamedValue> customFields,
                    List<NamedValue> extendedFields, List<PaymentMode> paymentModes, List<PointInTimeSlab> tiers) {
    }

    /**
     * The document of {@code event}, as appended (its id and reference data's ids drawn).
     *
     * @param event the event being appended
     * @return its document's JSON
     */
    public static String of(LedgerEvent event) {
        var text = new StringWriter(512);
        try (var json = JSON_FACTORY.createGenerator(text)) {
            json.writeStartArray();
            writeBill(json, event);
            writeAllocations(json, event);
            writeNamed(json, event.customFields());
            writeNamed(json, event.extendedFields());
            json.writeStartArray();
            for (var mode : event.paymentModes()) {
                json.writeStartArray();
                json.writeString(mode.name());
                amount(json, mode.amount());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeStartArray();
            for (var slab : event.pointInTimeSlabs()) {
                json.writeStartArray();
                json.writeNumber(slab.slabNumber());
                json.writeString(slab.slabName());
                json.writeNumber(slab.programId());
                json.writeBoolean(slab.defaultProgram());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("an event's document could not be written", e);
        }
        return text.toString();
    }

    /** The bill's columns in {@link BillRows#billOf}'s order, its lines last, each line's in its order. */
    private static void writeBill(JsonGenerator json, LedgerEvent event) throws IOException {
        json.writeStartArray();
        if (event.bill().isPresent()) {
            var bill = event.bill().get();
            var returned = bill.returned();
            json.writeStartArray();
            json.writeString(bill.billNumber());
            amount(json, bill.amounts().gross());
            amount(json, bill.amounts().discount());
            amount(json, bill.amounts().net());
            json.writeString(bill.note());
            json.writeString(bill.source().name());
            instant(json, bill.billDate());
            instant(json, returned.map(BillReturn::returnDate).orElse(null));
            amount(json, returned.map(BillReturn::returnAmount).orElse(null));
            json.writeString(returned.map(r -> r.returnType().name()).orElse(null));
            json.writeString(returned.map(BillReturn::returnBillId).orElse(null));
            json.writeStartArray();
            for (int position = 0; position < bill.lineItems().size(); position++) {
                var line = bill.lineItems().get(position);
                var lineReturn = line.returned();
                json.writeStartArray();
                json.writeNumber(position);
                json.writeNumber(line.id());
                json.writeString(line.itemCode());
                amount(json, line.amounts().gross());
                amount(json, line.amounts().discount());
                amount(json, line.amounts().net());
                amount(json, line.rate());
                amount(json, line.qty());
                amount(json, lineReturn.map(LineItemReturn::returnAmount).orElse(null));
                amount(json, lineReturn.map(LineItemReturn::returnRate).orElse(null));
                amount(json, lineReturn.map(LineItemReturn::returnQty).orElse(null));
                amount(json, lineReturn.map(LineItemReturn::returnValue).orElse(null));
                json.writeString(lineReturn.map(LineItemReturn::serialNumber).orElse(null));
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /** Every allocation of the event with its place: the event's, the bill's, then each line's. */
    private static void writeAllocations(JsonGenerator json, LedgerEvent event) throws IOException {
        json.writeStartArray();
        writePlaced(json, event.allocations(), Placement.EVENT, null);
        if (event.bill().isPresent()) {
            var bill = event.bill().get();
            writePlaced(json, bill.allocations(), Placement.BILL, null);
            for (int position = 0; position < bill.lineItems().size(); position++) {
                writePlaced(json, bill.lineItems().get(position).allocations(), Placement.LINE, position);
            }
        }
        json.writeEndArray();
    }

    /** Allocations' columns in {@link AllocationRows#allocationsWhere}'s order (reference data by id). */
    private static void writePlaced(JsonGenerator json, List<PointsAllocation> allocations, Placement placement,
                                    Integer linePosition) throws IOException {
        for (var allocation : allocations) {
            var rule = allocation.rule();
            var action = allocation.awardAction();
            json.writeStartArray();
            json.writeString(allocation.kind().name());
            amount(json, allocation.value());
            amount(json, allocation.sourceValue());
            instant(json, allocation.awardedOn());
            instant(json, allocation.expiresOn().orElse(null));
            instant(json, allocation.conversionDate().orElse(null));
            amount(json, allocation.returnedPoints().orElse(null));
            json.writeNumber(rule.program().id());
            json.writeNumber(rule.category().id());
            json.writeNumber(rule.allocationStrategy().id());
            json.writeNumber(rule.expiryStrategy().id());
            number(json, allocation.promotion().map(Promotion::id));
            number(json, allocation.currency().map(AlternateCurrency::id));
            number(json, action.map(AwardAction::id));
            json.writeString(action.map(AwardAction::name).orElse(null));
            number(json, action.map(AwardAction::rulesetId));
            json.writeString(action.map(AwardAction::rulesetName).orElse(null));
            json.writeString(placement.name());
            if (linePosition == null) {
                json.writeNull();
            } else {
                json.writeNumber(linePosition);
            }
            json.writeEndArray();
        }
    }

    private static void writeNamed(JsonGenerator json, List<NamedValue> values) throws IOException {
        json.writeStartArray();
        for (var value : values) {
            json.writeStartArray();
            json.writeString(value.name());
            json.writeString(value.value());
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /** An amount as {@code numeric(24, 6)} stores it, which is how the rows' JSON writes it. */
    private static void amount(JsonGenerator json, BigDecimal amount) throws IOException {
        if (amount == null) {
            json.writeNull();
        } else {
            json.writeNumber(PostgresValues.amount(amount).toPlainString());
        }
    }

    /** An instant as microseconds since the epoch, rounded as stored ({@link SectionRow#instant} reads it). */
    private static void instant(JsonGenerator json, Instant instant) throws IOException {
        if (instant == null) {
            json.writeNull();
        } else {
            json.writeNumber(PostgresValues.epochMicros(instant));
        }
    }

    private static void number(JsonGenerator json, Optional<Long> number) throws IOException {
        if (number.isEmpty()) {
            json.writeNull();
        } else {
            json.writeNumber(number.get());
        }
    }

    /**
     * The sections of an event of {@code name} that {@code shape} and {@code sections} read, from its document: as
     * the statement of that shape reads them from the rows. The others are passed over unread.
     *
     * @param document the event's document
     * @param name     the event's name
     * @param shape    which sections are read
     * @param sections which event names' custom fields are shown
     * @return its sections
     */
    static Sections read(String document, EventName name, SectionShape shape, EventSections sections) {
        return SectionJson.parseRow(document, row -> {
            var bill = row.rows(shape.billContents() ? BillRows::toBill : BillRows::toHeader);
            // Without a bill's contents: the bill's header, and the event's own allocations, none of a bill event's.
            List<StoredAllocation> allocations;
            if (shape.billContents()) {
                allocations = row.rows(allocation -> AllocationRows.toAllocation(allocation, false));
            } else if (name.isBillEvent()) {
                row.skip();
                allocations = List.of();
            } else {
                allocations = row.rows(allocation -> AllocationRows.toAllocation(allocation, false)).stream()
                        .filter(allocation -> allocation.placement() == Placement.EVENT).toList();
            }
            var customFields = readOrSkip(row, sections.customFieldsOf().contains(name), EventColumns::namedValue);
            var extendedFields = readOrSkip(row, shape.extendedFields(), EventColumns::namedValue);
            var paymentModes = readOrSkip(row, shape.paymentModes(), EventColumns::paymentMode);
            var tiers = readOrSkip(row, shape.tiers(), EventColumns::tier);
            return new Sections(bill, allocations, customFields, extendedFields, paymentModes, tiers);
        });
    }

    private static <T> List<T> readOrSkip(SectionRow row, boolean read, SectionJson.RowReader<T> reader)
            throws IOException {
        if (read) {
            return row.rows(reader);
        }
        row.skip();
        return List.of();
    }
}
