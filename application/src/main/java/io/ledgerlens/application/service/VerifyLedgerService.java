package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.recording.ChainVerdict;
import io.ledgerlens.application.port.in.recording.VerifyLedgerQuery;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.LoadLedgerEventsPort;
import io.ledgerlens.application.port.out.recording.LedgerChainPort.StoredLink;
import io.ledgerlens.application.port.out.recording.LedgerChainPort;
import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.event.EventFingerprint;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** Walks an org's chain a page at a time, loading each page's events in one read. */
public final class VerifyLedgerService implements VerifyLedgerQuery {

    /** As many events as one read by ids takes. */
    static final int PAGE = EventSelector.MAX_EVENT_IDS;

    private final LedgerChainPort chain;
    private final LoadLedgerEventsPort events;

    /**
     * A service that walks chains read from {@code chain}, checking them against events loaded from {@code events}.
     *
     * @param chain  the stored links, read with the operator's view of every row
     * @param events loads the events the links name, as stored now
     */
    public VerifyLedgerService(LedgerChainPort chain, LoadLedgerEventsPort events) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public ChainVerdict verify(OrgId org, LongConsumer progress) {
        Optional<ChainLink> previous = Optional.empty();
        long checked = 0;
        for (var page = chain.linksAfter(org, 0, PAGE); !page.isEmpty();
             page = chain.linksAfter(org, previous.orElseThrow().position(), PAGE)) {
            var stored = load(org, page);
            for (var link : page) {
                var broken = brokenAt(link, previous, stored.get(link.link().event()));
                if (broken.isPresent()) {
                    return new ChainVerdict.Broken(org, link.link().position(), Optional.of(link.link().event()), broken.get(), checked);
                }
                previous = Optional.of(link.link());
                checked++;
            }
            progress.accept(checked);
        }
        var unlinked = chain.unlinked(org);
        if (unlinked.sinceTheChain() > 0) {
            return new ChainVerdict.Broken(org, 0, Optional.empty(), unlinked.sinceTheChain()
                    + " events were recorded after the chain began without a link: written around the service", checked);
        }
        return new ChainVerdict.Intact(org, checked, previous, unlinked.beforeTheChain());
    }

    @Override
    public Optional<ChainLink> linkAt(OrgId org, long position) {
        return position < 1 ? Optional.empty()
                : chain.linksAfter(org, position - 1, 1).stream().map(StoredLink::link).findFirst();
    }

    /** Why {@code link} does not hold after {@code previous}, given its event as stored now; empty when it holds. */
    private static Optional<String> brokenAt(StoredLink stored, Optional<ChainLink> previous, LedgerEvent event) {
        var link = stored.link();
        var expectedPosition = previous.map(before -> before.position() + 1).orElse(1L);
        if (link.position() != expectedPosition) {
            return Optional.of("the chain skips from position " + (expectedPosition - 1) + " to " + link.position());
        }
        if (event == null) {
            return Optional.of("event " + link.event() + " is no longer in the ledger");
        }
        if (!EventFingerprint.of(event).equals(link.fingerprint())) {
            return Optional.of("event " + link.event() + " no longer says what it said when it was appended");
        }
        var expectedHash = ChainLink.hashOf(previous.map(ChainLink::hash).orElse(ChainLink.GENESIS), link.org(), link.position(),
                link.event(), link.fingerprint());
        if (!expectedHash.equals(link.hash())) {
            return Optional.of("the link of event " + link.event() + " does not follow the link before it");
        }
        return Optional.empty();
    }

    /** The events a page of links names, by id, as stored now. */
    private Map<EventLogId, LedgerEvent> load(OrgId org, List<StoredLink> page) {
        var owners = page.stream().map(StoredLink::owner).flatMap(Optional::stream).distinct().toList();
        if (owners.isEmpty()) {
            return Map.of();
        }
        var ids = page.stream().map(link -> link.link().event()).toList();
        return events.load(new EventLookup(owners, new EventSelector.ByEventIds(ids))).stream()
                .filter(event -> event.orgId().equals(org))
                .collect(Collectors.toMap(LedgerEvent::id, Function.identity(), (first, second) -> first));
    }
}
