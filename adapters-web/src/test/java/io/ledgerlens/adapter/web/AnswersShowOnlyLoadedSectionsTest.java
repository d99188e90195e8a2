package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.ASHA;
import static io.ledgerlens.application.contract.LedgerWorld.MOBILE;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.EventSections;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.LoadLedgerEventsPort;
import io.ledgerlens.application.port.out.explode.ReferenceLookup;
import io.ledgerlens.application.port.out.explode.ReferencedEvents;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.explode.CurrencySelection;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.explode.ExplodeFlags;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Explode asks the store only for the sections its answer shows ({@link EventSections}), and the in-memory ledger,
 * like PostgreSQL's, leaves out the rest. Whatever is left out must never be something the answer shows: for every
 * kind of event, every combination of the six flags, without alternate currencies, with all of them and with named
 * ones, the answer is the same as from a store that loads every section.
 */
class AnswersShowOnlyLoadedSectionsTest extends ServedWorld {

    private static final List<String> FLAGS = List.of("getBillDetails", "getPointsEarnedBreakup", "getCustomFields",
            "getExtendedFields", "getMaxConversionDetails", "getPaymentModes");
    private static final List<String> CURRENCIES = List.of("", "&includeAlternateCurrencies=true",
            "&alternateCurrencyNames=stars,miles");

    static Stream<EventName> explodableKinds() {
        return EveryEventKindGoldenTest.explodableKinds();
    }

    @ParameterizedTest(name = "{0} answers every combination of flags as if every section were loaded")
    @MethodSource("explodableKinds")
    void every_combination_of_flags_answers_as_if_every_section_were_loaded(EventName kind) {
        try (var wholeEvents = RunningWebApp.over(ledger, everySection(ledger), PARENT)) {
            for (int bits = 0; bits < 1 << FLAGS.size(); bits++) {
                for (var currencies : CURRENCIES) {
                    var path = "/v2.1/pointsLedger/getLedgerExplodeInfo?identifierName=mobile&identifierValue=" + MOBILE
                            + "&source=INSTORE&eventIds=" + world.everyKind.get(kind) + flags(bits) + currencies;
                    var lean = web.get(path);
                    assertThat(lean.status()).as(path).isEqualTo(200);
                    assertThat(lean.json()).as(path).isEqualTo(wholeEvents.get(path).json());
                }
            }
        }
    }

    /** Else the comparison above would hold however little the store left out. */
    @Test
    void a_bare_explode_asks_for_a_purchase_without_its_line_items_and_fields() {
        var sections = EventSections.shownFor(ExplodeFlags.none(), CurrencySelection.none());
        var recorded = world.recorded(world.purchase);
        var loaded = ledger.load(new EventLookup(List.of(new LedgerOwner(PARENT, EventSubject.customer(ASHA))),
                new EventSelector.ByEventIds(List.of(world.purchase)), sections)).get(0);
        assertThat(recorded.bill().orElseThrow().lineItems()).isNotEmpty();
        assertThat(recorded.customFields()).isNotEmpty();
        assertThat(loaded.bill().orElseThrow().lineItems()).isEmpty();
        assertThat(loaded.customFields()).isEmpty();
    }

    private static String flags(int bits) {
        var query = new StringBuilder();
        for (int i = 0; i < FLAGS.size(); i++) {
            if ((bits & 1 << i) != 0) {
                query.append('&').append(FLAGS.get(i)).append("=true");
            }
        }
        return query.toString();
    }

    /** The same store, asked for every section whatever the request shows. */
    private static LoadLedgerEventsPort everySection(LoadLedgerEventsPort events) {
        return new LoadLedgerEventsPort() {
            @Override
            public List<LedgerEvent> load(EventLookup lookup) {
                return events.load(new EventLookup(lookup.owners(), lookup.selector()));
            }

            @Override
            public ReferencedEvents loadPage(ReferenceLookup lookup) {
                return events.loadPage(new ReferenceLookup(lookup.owners(), lookup.selector(), lookup.page()));
            }
        };
    }
}
