package io.ledgerlens.application.fake;

import io.ledgerlens.application.port.out.recording.BillOfSubject;
import io.ledgerlens.application.port.out.recording.BatchFacts;
import io.ledgerlens.application.port.out.recording.BatchQuestions;
import io.ledgerlens.application.port.out.recording.LedgerEventRepository;
import io.ledgerlens.application.port.out.recording.NewEvent;
import io.ledgerlens.application.port.out.recording.RecordedEvent;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.ReferenceLookup;
import io.ledgerlens.application.port.out.explode.ReferencedEvents;
import io.ledgerlens.domain.explode.SelectedEvents;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.LedgerRefusedException;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.domain.text.StoredText;
import io.ledgerlens.application.port.out.explode.LoadLedgerEventsPort;
import io.ledgerlens.application.port.out.recording.LedgerChainPort;
import io.ledgerlens.application.port.out.export.LedgerExportPort;
import io.ledgerlens.application.port.out.export.PlacedEvent;
import io.ledgerlens.application.port.out.export.RecordedPlace;
import io.ledgerlens.application.port.out.explode.LoadOrgPort;
import io.ledgerlens.application.port.out.registration.OrgTreePort;
import io.ledgerlens.application.port.out.registration.OrgTreeRepository;
import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.port.out.explode.ResolveSubjectPort;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.event.ReturnableBill;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgConnections;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import io.ledgerlens.domain.points.AlternateCurrency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole ledger in memory: a hand-written fake of every out-port, held to
 * the same contract suites as the jOOQ adapters. It can be switched off to
 * play a store that cannot answer.
 */
public final class InMemoryLedger implements LoadOrgPort, ResolveSubjectPort, LoadLedgerEventsPort, RecordLedgerPort,
        RegistrationPort, OrgTreePort, LedgerChainPort, LedgerExportPort {

    private final Map<OrgId, Org> orgs = new LinkedHashMap<>();
    private final Map<Long, Customer> customers = new LinkedHashMap<>();
    private final Map<Long, UserGroup> groups = new LinkedHashMap<>();
    private final Map<EventLogId, LedgerEvent> events = new LinkedHashMap<>();
    private final Map<EventLogId, String> fingerprints = new LinkedHashMap<>();
    private final Map<OrgId, List<ChainLink>> chains = new LinkedHashMap<>();
    private final AtomicLong nextEventLogId = new AtomicLong(1_000_001);
    private boolean available = true;
    private final InMemoryRegistry registry = new InMemoryRegistry(this, orgs, customers, groups, this::requireAvailable);

    /** From now on every call fails the way a stopped database does. */
    public void becomeUnavailable() {
        available = false;
    }

    public void becomeAvailable() {
        available = true;
    }

    private void requireAvailable() {
        if (!available) {
            throw new LedgerUnavailableException("the in-memory ledger was switched off", null);
        }
    }

    @Override
    public OrgConnections connectionsOf(OrgId org) {
        requireAvailable();
        var known = orgs.get(org);
        if (known == null) {
            return OrgConnections.isolated(org);
        }
        var children = orgs.values().stream().filter(o -> o.parent().filter(org::equals).isPresent())
                .map(Org::id).collect(Collectors.toSet());
        return new OrgConnections(org, known.parent(), children);
    }

    @Override
    public List<OrgSettings> settingsOf(List<OrgId> targets) {
        requireAvailable();
        return targets.stream().map(orgs::get).filter(o -> o != null).map(Org::settings)
                .sorted(Comparator.comparingLong(s -> s.orgId().value())).toList();
    }

    @Override
    public List<AlternateCurrency> alternateCurrenciesOf(List<OrgId> targets) {
        requireAvailable();
        // Events register the currencies they award on first use, as the database does.
        return registry.alternateCurrenciesOf(targets).stream()
                .distinct()
                .sorted(Comparator.comparingLong(AlternateCurrency::id))
                .toList();
    }

    @Override
    public <T> T inOrg(OrgId org, java.util.function.Function<io.ledgerlens.application.port.out.registration.Registry, T> work) {
        return registry.inTransaction(org, work);
    }

    @Override
    public <T> T inOrgTree(java.util.function.Function<OrgTreeRepository, T> work) {
        return registry.inTree(work);
    }

    /** Every org as registered, by id, for tests that look at the tree. */
    public synchronized List<Org> registeredOrgs() {
        return orgs.values().stream().sorted(Comparator.comparingLong(org -> org.id().value())).toList();
    }

    /** The org as registered, for tests that look at the tree. */
    public synchronized Optional<Org> registeredOrg(OrgId id) {
        return Optional.ofNullable(orgs.get(id));
    }

    /** For tests that look at what was registered in any org: a registration that no fence holds. */
    public <T> T unfenced(java.util.function.Function<io.ledgerlens.application.port.out.registration.Registry, T> work) {
        return registry.inTransaction(work);
    }

    @Override
    public List<LedgerOwner> findCustomers(List<OrgId> targets, SubjectIdentifier identifier) {
        requireAvailable();
        return customers.values().stream()
                .filter(c -> targets.contains(c.orgId()) && isKnownBy(c, identifier))
                .sorted(Comparator.comparingLong(c -> c.orgId().value()))
                .map(c -> new LedgerOwner(c.orgId(), EventSubject.customer(c.id())))
                .toList();
    }

    private static boolean isKnownBy(Customer customer, SubjectIdentifier identifier) {
        if (identifier.name() == IdentifierName.ID || identifier.name() == IdentifierName.PRIMARY_USER_ID) {
            return customer.id().value() == identifier.numericValue();
        }
        return customer.identifiers().stream().anyMatch(i -> i.name() == identifier.name()
                && i.value().equals(identifier.value())
                && identifier.source().matches(i.source())
                && identifier.account().map(i.account()::equals).orElse(true));
    }

    @Override
    public List<UserGroup> findUserGroups(List<OrgId> targets, SubjectIdentifier identifier) {
        requireAvailable();
        return groups.values().stream()
                .filter(g -> targets.contains(g.orgId()) && isKnownBy(g, identifier))
                .sorted(Comparator.comparingLong(g -> g.orgId().value()))
                .toList();
    }

    private boolean isKnownBy(UserGroup group, SubjectIdentifier identifier) {
        return switch (identifier.name()) {
            case ID -> group.id().value() == identifier.numericValue();
            case EXTERNAL_ID -> group.externalId().equals(identifier.value());
            case PRIMARY_USER_ID -> group.primaryMember().value() == identifier.numericValue();
            case MOBILE, EMAIL -> Optional.ofNullable(customers.get(group.primaryMember().value()))
                    .filter(primary -> primary.orgId().equals(group.orgId()) && isKnownBy(primary, identifier))
                    .isPresent();
        };
    }

    /** Those of {@code subjects} that are customers or groups of {@code org}: what a unit of work's facts tell. */
    private synchronized java.util.Set<EventSubject> knownSubjects(OrgId org, java.util.Collection<EventSubject> subjects) {
        return subjects.stream().filter(subject -> subject instanceof EventSubject.OfCustomer customer
                        ? Optional.ofNullable(customers.get(customer.customerId().value())).filter(c -> c.orgId().equals(org)).isPresent()
                        : Optional.ofNullable(groups.get(((EventSubject.OfUserGroup) subject).userGroupId().value()))
                                .filter(g -> g.orgId().equals(org)).isPresent())
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized List<LedgerEvent> load(EventLookup lookup) {
        requireAvailable();
        return events.values().stream()
                .filter(e -> lookup.owners().contains(new LedgerOwner(e.orgId(), e.subject())))
                .filter(e -> lookup.selector().ids().contains(e.id()))
                .sorted(Comparator.comparing(LedgerEvent::eventTime).thenComparingLong(e -> e.id().value()))
                .map(lookup.sections()::keptIn)
                .toList();
    }

    @Override
    public synchronized ReferencedEvents loadPage(ReferenceLookup lookup) {
        requireAvailable();
        var selector = lookup.selector();
        var matching = events.values().stream()
                .filter(e -> lookup.owners().contains(new LedgerOwner(e.orgId(), e.subject())))
                .filter(e -> e.name() == selector.eventName() && selector.referenceIds().contains(e.referenceId()))
                .sorted(SelectedEvents.referenceOrder(selector))
                .toList();
        return new ReferencedEvents(SelectedEvents.page(matching, lookup.page()).stream().map(lookup.sections()::keptIn).toList(),
                matching.stream().map(LedgerEvent::referenceId).collect(Collectors.toSet()));
    }

    @Override
    public synchronized EventLogId nextEventLogId() {
        requireAvailable();
        return EventLogId.of(nextEventLogId.getAndIncrement());
    }

    @Override
    public synchronized List<EventLogId> nextEventLogIds(int count) {
        requireAvailable();
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> EventLogId.of(nextEventLogId.getAndIncrement())).toList();
    }

    /**
     * Serialized, as the database's locks serialize writers of one unique id or one bill. What the work appends is
     * stored when it returns, and nothing of it if it throws, as a transaction commits or rolls back.
     */
    @Override
    public synchronized <T> T inLedgerOf(OrgId org, java.util.function.Function<LedgerEventRepository, T> work) {
        requireAvailable();
        var unitOfWork = new InMemoryLedgerEvents(org);
        var result = work.apply(unitOfWork);
        unitOfWork.staged.forEach(this::store);
        return result;
    }

    private void store(NewEvent added) {
        var event = added.event();
        events.put(event.id(), event);
        fingerprints.put(event.id(), added.fingerprint());
        var chain = chains.computeIfAbsent(event.orgId(), o -> new ArrayList<>());
        chain.add(chain.isEmpty() ? ChainLink.first(event.orgId(), event.id(), added.fingerprint())
                : chain.get(chain.size() - 1).next(event.id(), added.fingerprint()));
        registry.registerOnFirstUse(event);
    }

    /** The storage of one unit of work: what is recorded, what was bought and returned, and the rows to write. */
    private final class InMemoryLedgerEvents implements LedgerEventRepository {

        private final OrgId org;
        private final List<NewEvent> staged = new ArrayList<>();

        InMemoryLedgerEvents(OrgId org) {
            this.org = org;
        }

        @Override
        public BatchFacts facts(BatchQuestions questions) {
            var wanted = questions.uniqueIds();
            var recorded = events.values().stream()
                    .filter(e -> e.orgId().equals(org) && wanted.contains(e.uniqueId()))
                    .collect(Collectors.toMap(LedgerEvent::uniqueId, e -> new RecordedEvent(e.id(), fingerprints.get(e.id()))));
            var returnable = new LinkedHashMap<BillOfSubject, ReturnableBill>();
            questions.bills().forEach(bill -> returnable.put(bill, returnableIn(org, bill)));
            return new BatchFacts(knownSubjects(org, questions.subjects()), recorded, returnable);
        }

        @Override
        public void append(List<NewEvent> batch) {
            batch.forEach(added -> requireStorable(added.event()));
            for (var added : batch) {
                var event = added.event();
                if (!event.orgId().equals(org)) {
                    throw new IllegalArgumentException("this unit of work appends to org " + org + " only");
                }
                if (events.containsKey(event.id())) {
                    throw new IllegalStateException("the ledger is append-only: event " + event.id() + " exists");
                }
            }
            staged.addAll(batch);
        }
    }

    /**
     * The one column limit this fake keeps, as PostgreSQL keeps all of them: a custom field's value of more than
     * 2,000 characters is refused, and with it the whole write.
     */
    private static void requireStorable(LedgerEvent event) {
        if (event.customFields().stream().anyMatch(field -> StoredText.length(field.value()) > StoredText.LONG)) {
            throw new LedgerRefusedException(LedgerRefusedException.Part.CUSTOM_FIELDS, null);
        }
    }

    @Override
    public synchronized List<StoredLink> linksAfter(OrgId org, long position, int count) {
        requireAvailable();
        return chains.getOrDefault(org, List.of()).stream().filter(link -> link.position() > position).limit(count)
                .map(link -> new StoredLink(link, Optional.ofNullable(events.get(link.event()))
                        .map(event -> new LedgerOwner(event.orgId(), event.subject()))))
                .toList();
    }

    @Override
    public synchronized Unlinked unlinked(OrgId org) {
        requireAvailable();
        var linked = chains.getOrDefault(org, List.of()).stream().map(ChainLink::event).collect(Collectors.toSet());
        return new Unlinked(0, events.values().stream()
                .filter(event -> event.orgId().equals(org) && !linked.contains(event.id())).count());
    }

    // The export's reads: the org's rows only, by id, a page at a time.

    @Override
    public synchronized Optional<Org> org(OrgId id) {
        requireAvailable();
        return Optional.ofNullable(orgs.get(id));
    }

    @Override
    public synchronized io.ledgerlens.domain.org.OrgReferenceData referenceDataOf(OrgId org) {
        return registry.referenceDataOf(org);
    }

    @Override
    public synchronized List<Customer> customersAfter(OrgId org, long afterCustomerId, int count) {
        requireAvailable();
        return customers.values().stream().filter(c -> c.orgId().equals(org) && c.id().value() > afterCustomerId)
                .sorted(Comparator.comparingLong(c -> c.id().value())).limit(count).toList();
    }

    @Override
    public synchronized List<UserGroup> userGroupsAfter(OrgId org, long afterGroupId, int count) {
        requireAvailable();
        return groups.values().stream().filter(g -> g.orgId().equals(org) && g.id().value() > afterGroupId)
                .sorted(Comparator.comparingLong(g -> g.id().value())).limit(count).toList();
    }

    @Override
    public synchronized RecordedPlace lastPlace(OrgId org) {
        requireAvailable();
        return inOrderOfRecord(org).stream().reduce((first, second) -> second).map(PlacedEvent::place)
                .orElse(RecordedPlace.START);
    }

    @Override
    public synchronized Optional<RecordedPlace> placeOf(OrgId org, EventLogId event) {
        requireAvailable();
        return inOrderOfRecord(org).stream().filter(placed -> placed.event().id().equals(event)).findFirst()
                .map(PlacedEvent::place);
    }

    @Override
    public synchronized long countEvents(OrgId org, RecordedPlace after, RecordedPlace upTo) {
        return eventsAfter(org, after, upTo, Integer.MAX_VALUE).size();
    }

    @Override
    public synchronized List<PlacedEvent> eventsAfter(OrgId org, RecordedPlace after, RecordedPlace upTo, int count) {
        requireAvailable();
        return inOrderOfRecord(org).stream()
                .filter(placed -> placed.place().compareTo(after) > 0 && placed.place().compareTo(upTo) <= 0)
                .limit(count).toList();
    }

    /** The org's events no link names, by id, then its chain's, by position. */
    private List<PlacedEvent> inOrderOfRecord(OrgId org) {
        var chain = chains.getOrDefault(org, List.of());
        var linked = chain.stream().map(ChainLink::event).collect(Collectors.toSet());
        var unlinked = events.values().stream().filter(e -> e.orgId().equals(org) && !linked.contains(e.id()))
                .sorted(Comparator.comparingLong(e -> e.id().value()))
                .map(e -> new PlacedEvent(RecordedPlace.unlinked(e.id().value()), e));
        var inTheChain = chain.stream().filter(link -> events.containsKey(link.event()))
                .map(link -> new PlacedEvent(RecordedPlace.linked(link.position(), link.event().value()), events.get(link.event())));
        return Stream.concat(unlinked, inTheChain).toList();
    }

    @Override
    public synchronized Optional<PlacedEvent> eventWithUniqueId(OrgId org, String uniqueId) {
        requireAvailable();
        return inOrderOfRecord(org).stream().filter(placed -> placed.event().uniqueId().equals(uniqueId)).findFirst();
    }

    /** Forgets {@code event}'s link, as a ledger written before the chain began (V16) holds it: for export tests. */
    public synchronized void unlink(EventLogId event) {
        chains.values().forEach(chain -> chain.removeIf(link -> link.event().equals(event)));
    }

    /** Rewrites a stored event behind the ledger's back, as someone holding the database could: for verification tests. */
    public synchronized void rewriteBehindItsBack(LedgerEvent rewritten) {
        events.put(rewritten.id(), rewritten);
    }

    /** What {@code bill}'s subject bought under its number in {@code org} and has returned of it so far. */
    private ReturnableBill returnableIn(OrgId org, BillOfSubject bill) {
        var billNumber = bill.billNumber();
        var returnable = ReturnableBill.nothingBought(billNumber);
        for (var earlier : events.values()) {
            if (!earlier.orgId().equals(org) || !earlier.subject().equals(bill.subject())) {
                continue;
            }
            if (earlier.isPurchase() && earlier.bill().orElseThrow().billNumber().equals(billNumber)) {
                returnable = returnable.withPurchase(earlier.bill().orElseThrow());
            } else if (earlier.returnedBillNumber().filter(billNumber::equals).isPresent()) {
                returnable = returnable.withReturn(earlier.bill().orElseThrow());
            }
        }
        return returnable;
    }
}
