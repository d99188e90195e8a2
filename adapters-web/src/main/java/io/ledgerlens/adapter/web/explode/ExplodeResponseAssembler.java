package io.ledgerlens.adapter.web.explode;

import io.ledgerlens.adapter.web.http.ProblemResponses;
import io.ledgerlens.application.port.in.explode.ExplodeView;
import io.ledgerlens.application.port.in.explode.ExplodedEvent;
import io.ledgerlens.domain.event.Bill;
import io.ledgerlens.domain.event.BillReturn;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.NamedValue;
import io.ledgerlens.domain.event.PaymentMode;
import io.ledgerlens.domain.explode.CurrencySelection;
import io.ledgerlens.domain.explode.ExplodeFlags;
import io.ledgerlens.domain.org.ApiVersion;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.PointsBreakup;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides which keys each exploded event carries (§7): a section whose flag
 * is off is absent, a section whose flag is on is present even when empty.
 * The values themselves are mapped by {@link PointsJsonMapper}.
 *
 * <p>Ours: asking for alternate currencies on a bill event brings
 * {@code billDetails} (with its header) even without {@code getBillDetails},
 * since that is where the contract puts them.
 */
final class ExplodeResponseAssembler {

    private static final String LOYALTY_BILL = "loyalty";
    private final PointsJsonMapper mapper = PointsJsonMapper.INSTANCE;
    private final KindBlocks kindBlocks = new KindBlocks();
    private final ZoneId serverZone;

    /** Renders every timestamp in {@code serverZone}: one zone per deployment (§8), never the org's. */
    ExplodeResponseAssembler(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    ExplodeResponseJson assemble(ExplodeView view) {
        return new ExplodeResponseJson(
                view.events().stream().map(event -> event(event, view)).toList(),
                view.warnings().stream().map(ProblemResponses::item).toList());
    }

    private EventJson event(ExplodedEvent exploded, ExplodeView view) {
        var event = exploded.event();
        var zone = serverZone;
        var flags = view.flags();
        var currencies = view.currencies();
        var isBillEvent = event.bill().isPresent();
        return new EventJson(
                event.id().value(),
                event.name().wireName(),
                details(event, flags, zone),
                event.bill().filter(bill -> flags.billSection() || currencies.isRequested())
                        .map(bill -> billDetails(event, bill, flags, currencies, zone)).orElse(null),
                KindBlocks.carriesEventLevelPoints(event)
                        ? eventLevelEarned(event, zone) : null,
                !isBillEvent && flags.pointsEarnedBreakup()
                        ? mapper.breakup(PointsBreakup.ofPoints(event.allocations()), zone) : null,
                !isBillEvent && currencies.isRequested() ? currencyEarned(event.allocations(), currencies, zone) : null,
                !isBillEvent && currencies.isRequested() && flags.pointsEarnedBreakup()
                        ? currencyBreakup(event.allocations(), currencies, zone) : null,
                flags.showsCustomFieldsOf(event.name())
                        ? mapper.nameValues(withValues(event.customFields())) : null,
                flags.extendedFields() ? mapper.nameValues(inServerZone(withValues(event.extendedFields()), zone)) : null,
                flags.paymentModes() ? event.paymentModes().stream().map(PaymentMode::name).toList() : null,
                isBillEvent && flags.billDetails() ? event.pointInTimeSlabs().stream().map(mapper::slab).toList() : null,
                kindBlocks.eventKeys(event, zone),
                event.referenceId(),
                event.uniqueId(),
                view.version() == ApiVersion.V2_1 ? event.orgId().value() : null);
    }

    /**
     * Only a behavioural event's promo entries show their promotion's window, and a customer promotion import's
     * show no expiry (§7.2).
     */
    private PointsJson.Earned eventLevelEarned(LedgerEvent event, ZoneId zone) {
        var points = PointsBreakup.ofPoints(event.allocations());
        if (event.name() == EventName.GENERIC_EVENT) {
            return mapper.earnedWithPromotionWindows(points, zone);
        }
        var earned = mapper.earned(points, zone);
        return KindBlocks.promoWithoutExpiry(event) ? earned.withPromoWithoutExpiry() : earned;
    }

    private EventJson.Details details(LedgerEvent event, ExplodeFlags flags, ZoneId zone) {
        var maxConversion = flags.maxConversionDetails() && event.bill().isPresent()
                ? event.allAllocations().stream().flatMap(a -> a.conversionDate().stream()).max(Comparator.naturalOrder())
                : Optional.<Instant>empty();
        var timed = KindBlocks.showsEventTime(event);
        return new EventJson.Details(
                timed ? LedgerTime.legacy(event.eventTime(), zone) : null,
                timed ? LedgerTime.iso(event.eventTime(), zone) : null,
                KindBlocks.showsTill(event) ? KindBlocks.tillShown(event) : null,
                maxConversion.map(date -> LedgerTime.legacy(date, zone)).orElse(null),
                kindBlocks.detailKeys(event, zone));
    }

    private EventJson.BillDetails billDetails(LedgerEvent event, Bill bill, ExplodeFlags flags,
                                              CurrencySelection currencies, ZoneId zone) {
        var billPoints = PointsBreakup.ofPoints(bill.allocations());
        var returned = bill.returned();
        var source = bill.source().wireName();
        return new EventJson.BillDetails(
                LOYALTY_BILL,
                bill.billNumber(),
                bill.amounts().gross(),
                bill.amounts().discount(),
                bill.amounts().net(),
                bill.note(),
                source,
                LedgerTime.legacy(bill.billDate(), zone),
                LedgerTime.iso(bill.billDate(), zone),
                returned.map(r -> LedgerTime.legacy(r.returnDate(), zone)).orElse(null),
                returned.map(r -> LedgerTime.iso(r.returnDate(), zone)).orElse(null),
                returned.map(BillReturn::returnAmount).orElse(null),
                returned.map(r -> r.returnType().name()).orElse(null),
                // §7.3: the return transaction's own id, which the ledger generated when it recorded the return (its
                // event log id); the bill it gives back is named by the write's bill.return.returnBillId.
                returned.map(given -> event.id().value()).orElse(null),
                flags.billDetails() ? mapper.earned(billPoints, zone) : null,
                flags.pointsEarnedBreakup() ? mapper.breakup(billPoints, zone) : null,
                currencies.isRequested() ? currencyEarned(event.allAllocations(), currencies, zone) : null,
                currencies.isRequested() && flags.pointsEarnedBreakup()
                        ? currencyBreakup(event.allAllocations(), currencies, zone) : null,
                lineItems(bill, flags, zone));
    }

    /**
     * §7.3: with {@code getBillDetails} every line, and with the breakup too, each line that earned points carries
     * its own breakup; with the breakup alone, {@code []} whatever the bill's lines (line detail belongs to
     * {@code getBillDetails}).
     */
    private List<EventJson.LineItem> lineItems(Bill bill, ExplodeFlags flags, ZoneId zone) {
        if (!flags.billDetails()) {
            return flags.pointsEarnedBreakup() ? List.of() : null;
        }
        var source = bill.source().wireName();
        return bill.lineItems().stream().map(line -> {
            var item = mapper.lineItem(line, source, zone);
            var earned = PointsBreakup.ofPoints(line.allocations());
            return flags.pointsEarnedBreakup() && !earned.isEmpty() ? item.withBreakup(mapper.breakup(earned, zone)) : item;
        }).toList();
    }

    /** §7.4: a field with no value on the event is left out (values are always strings, never null). */
    private static List<NamedValue> withValues(List<NamedValue> fields) {
        return fields.stream().filter(field -> !field.value().isEmpty()).toList();
    }

    /**
     * An extended field holding a date-time (its text an ISO-8601 date-time with offset, as it was recorded) is
     * answered in the server zone's ISO form, as every other timestamp (§7.4, ours); any other value as recorded.
     */
    private static List<NamedValue> inServerZone(List<NamedValue> fields, ZoneId zone) {
        return fields.stream().map(field -> LedgerTime.isoIfDateTime(field.value(), zone)
                .map(iso -> new NamedValue(field.name(), iso)).orElse(field)).toList();
    }

    private List<PointsJson.CurrencyEarned> currencyEarned(List<PointsAllocation> allocations,
                                                          CurrencySelection selection, ZoneId zone) {
        return PointsBreakup.byAlternateCurrency(allocations).entrySet().stream()
                .filter(entry -> selection.includes(entry.getKey().name()))
                .map(entry -> {
                    var earned = mapper.earned(entry.getValue(), zone);
                    return new PointsJson.CurrencyEarned(earned.regular(), earned.promo(), earned.promised(),
                            entry.getKey().name(), entry.getKey().identifier());
                })
                .toList();
    }

    private List<PointsJson.CurrencyBreakup> currencyBreakup(List<PointsAllocation> allocations,
                                                            CurrencySelection selection, ZoneId zone) {
        return PointsBreakup.byAlternateCurrency(allocations).entrySet().stream()
                .filter(entry -> selection.includes(entry.getKey().name()))
                .map(entry -> {
                    var breakup = mapper.breakup(entry.getValue(), zone);
                    return new PointsJson.CurrencyBreakup(breakup.regular(), breakup.promised(),
                            entry.getKey().name(), entry.getKey().identifier());
                })
                .toList();
    }
}
