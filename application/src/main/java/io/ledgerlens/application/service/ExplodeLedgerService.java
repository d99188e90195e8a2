package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.explode.ExplodeLedgerQuery;
import io.ledgerlens.application.port.in.explode.ExplodeOutcome;
import io.ledgerlens.application.port.in.explode.ExplodeRequest;
import io.ledgerlens.application.port.in.explode.ExplodeView;
import io.ledgerlens.application.port.in.explode.ExplodedEvent;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.application.port.out.explode.CustomerEventLookup;
import io.ledgerlens.application.port.out.explode.EventLookup;
import io.ledgerlens.application.port.out.explode.EventSections;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.LoadCustomerEventsPort;
import io.ledgerlens.application.port.out.explode.LoadLedgerEventsPort;
import io.ledgerlens.application.port.out.explode.LoadOrgPort;
import io.ledgerlens.application.port.out.explode.ReferenceLookup;
import io.ledgerlens.application.port.out.explode.ResolveSubjectPort;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.explode.EventSelector;
import io.ledgerlens.domain.explode.ExplodeCriteria;
import io.ledgerlens.domain.explode.ExplodeParameters;
import io.ledgerlens.domain.explode.ExplodeRules;
import io.ledgerlens.domain.explode.Page;
import io.ledgerlens.domain.explode.Problem;
import io.ledgerlens.domain.explode.SelectedEvents;
import io.ledgerlens.domain.explode.SubjectType;
import io.ledgerlens.domain.org.ApiVersion;
import io.ledgerlens.domain.org.OrgConnections;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgScope;
import io.ledgerlens.domain.org.OrgSettings;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Explodes events in the contract's order of checks: scope and parameters
 * (all reported together), then the subject and the org settings, then the
 * events themselves. Each step touches the store once at most, so a request
 * costs a fixed number of round trips.
 */
public final class ExplodeLedgerService implements ExplodeLedgerQuery {

    private final LoadOrgPort orgs;
    private final ResolveSubjectPort subjects;
    private final LoadLedgerEventsPort events;
    private final LoadCustomerEventsPort customerEvents;

    /**
     * Over a store that finds a customer and loads her events in two steps.
     *
     * @param orgs     the orgs' connections, settings and alternate currencies
     * @param subjects finds the customers and groups a request names
     * @param events   loads the events of the ledgers found
     */
    public ExplodeLedgerService(LoadOrgPort orgs, ResolveSubjectPort subjects, LoadLedgerEventsPort events) {
        this(orgs, subjects, events, LoadCustomerEventsPort.inTwoSteps(subjects, events));
    }

    /**
     * Over a store that also finds a customer and loads her events by id in one step ({@code customerEvents}).
     *
     * @param orgs           the orgs' connections, settings and alternate currencies
     * @param subjects       finds the customers and groups a request names
     * @param events         loads the events of the ledgers found
     * @param customerEvents finds a customer and loads her events by id in one round trip
     */
    public ExplodeLedgerService(LoadOrgPort orgs, ResolveSubjectPort subjects, LoadLedgerEventsPort events,
                                LoadCustomerEventsPort customerEvents) {
        this.orgs = Objects.requireNonNull(orgs, "orgs");
        this.subjects = Objects.requireNonNull(subjects, "subjects");
        this.events = Objects.requireNonNull(events, "events");
        this.customerEvents = Objects.requireNonNull(customerEvents, "customerEvents");
    }

    @Override
    public ExplodeOutcome explode(ExplodeRequest request) {
        try {
            return validRequest(request)
                    .flatMap(this::ownersAndSettings)
                    .flatMap(this::explodeEvents)
                    .fold(problems -> new ExplodeOutcome.Rejected(problems.asJava()), ExplodeOutcome.Exploded::new);
        } catch (LedgerUnavailableException unavailable) {
            return new ExplodeOutcome.Rejected(List.of(Problem.ledgerUnavailable()));
        }
    }

    /** Orders 1 to 5: the scope headers and every parameter, all problems at once. */
    private Validation<Seq<Problem>, Checked> validRequest(ExplodeRequest request) {
        var scope = OrgScope.resolve(request.version(), request.scopeHeaders(), connectionsFor(request))
                .mapError(problem -> (Seq<Problem>) io.vavr.collection.List.of(problem));
        var criteria = ExplodeRules.validate(ExplodeParameters.of(request.parameters()));
        return Validation.combine(scope, criteria)
                .ap((validScope, validCriteria) -> new Checked(request.version(), validScope, validCriteria))
                .mapError(groups -> groups.flatMap(Function.identity()));
    }

    /** Connections are read only when the headers can reach beyond the caller's org. */
    private OrgConnections connectionsFor(ExplodeRequest request) {
        var scope = request.scopeHeaders().scope().map(String::trim).orElse("SELF");
        return request.version().honoursDataScope() && !"SELF".equalsIgnoreCase(scope)
                ? orgs.connectionsOf(request.callerOrg())
                : OrgConnections.isolated(request.callerOrg());
    }

    /**
     * Orders 6 and 7: whose ledger (8015, 1632) and whether a breakup may be shown (11019). A customer's events by
     * id are loaded with her, in one step: they are checked only once both checks pass.
     */
    private Validation<Seq<Problem>, Resolved> ownersAndSettings(Checked checked) {
        var targets = checked.scope().targets();
        var settings = orgs.settingsOf(targets);
        Validation<Problem, Owners> owners = resolveOwners(targets, checked.criteria());
        Validation<Problem, Boolean> breakupShown = checked.criteria().flags().pointsEarnedBreakup()
                && !capturesSourceValueInAll(targets, settings)
                ? Validation.invalid(Problem.sourceValueCapturingDisabled())
                : Validation.valid(true);
        return Validation.combine(owners, breakupShown).ap((o, shown) -> new Resolved(checked, o.owners(), o.loaded()));
    }

    private static Validation<Problem, Owners> customersFound(List<LedgerOwner> customers, Optional<List<LedgerEvent>> loaded) {
        return customers.isEmpty() ? Validation.invalid(Problem.customerNotFound()) : Validation.valid(new Owners(customers, loaded));
    }

    private static boolean capturesSourceValueInAll(List<OrgId> targets, List<OrgSettings> settings) {
        return targets.stream().allMatch(org -> settings.stream()
                .anyMatch(s -> s.orgId().equals(org) && s.sourceValueCapturing()));
    }

    private Validation<Problem, Owners> resolveOwners(List<OrgId> targets, ExplodeCriteria criteria) {
        var identifier = criteria.subject();
        if (criteria.type() == SubjectType.CUSTOMER) {
            return criteria.selector().fold(byIds -> {
                var found = customerEvents.load(new CustomerEventLookup(targets, identifier, byIds, sectionsShownFor(criteria)));
                return customersFound(found.owners(), Optional.of(found.events()));
            }, byReferences -> customersFound(subjects.findCustomers(targets, identifier), Optional.empty()));
        }
        var groups = subjects.findUserGroups(targets, identifier);
        if (groups.isEmpty()) {
            return Validation.invalid(Problem.userGroupNotFound(identifier.value()));
        }
        return Validation.valid(new Owners(groups.stream()
                .map(group -> new LedgerOwner(group.orgId(), criteria.primaryUser()
                        ? EventSubject.customer(group.primaryMember())
                        : EventSubject.userGroup(group.id())))
                .toList(), Optional.empty()));
    }

    /** Order 8 and the answer: the events, checked against the request, paged, with warnings. */
    private Validation<Seq<Problem>, ExplodeView> explodeEvents(Resolved resolved) {
        var criteria = resolved.checked().criteria();
        return criteria.selector().fold(byIds -> eventsById(resolved, byIds), byReferences -> eventsByReference(resolved, byReferences))
                .map(page -> new ExplodeView(
                        resolved.checked().version(),
                        page.stream().map(ExplodedEvent::new).toList(),
                        warnings(resolved, page),
                        criteria.flags(),
                        criteria.currencies()));
    }

    /** At most 100 ids: every one is loaded and checked, then the page is cut. */
    private Validation<Seq<Problem>, List<LedgerEvent>> eventsById(Resolved resolved, EventSelector.ByEventIds selector) {
        var found = resolved.owned(resolved.loaded()
                .orElseGet(() -> events.load(new EventLookup(resolved.owners(), selector, resolved.sections()))));
        return SelectedEvents.byEventIds(selector, found).map(selected -> SelectedEvents.page(selected, resolved.page()));
    }

    /** Any number of events may match references: the store reads the page only. */
    private Validation<Seq<Problem>, List<LedgerEvent>> eventsByReference(Resolved resolved, EventSelector.ByReferences selector) {
        var loaded = events.loadPage(new ReferenceLookup(resolved.owners(), selector, resolved.page(), resolved.sections()));
        return SelectedEvents.byReferences(selector, loaded.matchedReferences(), resolved.owned(loaded.page()));
    }

    /**
     * 9018, only when currencies were asked for (§5): the target orgs have no alternate currency at all, or some
     * named ones are not theirs. All of them asked for, and an event of the page earned one: the orgs have a
     * currency, and no statement is spent to learn it.
     */
    private List<Problem> warnings(Resolved resolved, List<LedgerEvent> page) {
        var asked = resolved.checked().criteria().currencies();
        if (!asked.isRequested() || asked.all() && earnedAnAlternateCurrency(page)) {
            return List.of();
        }
        var known = orgs.alternateCurrenciesOf(resolved.checked().scope().targets()).stream()
                .map(AlternateCurrency::name).collect(Collectors.toSet());
        if (known.isEmpty()) {
            return List.of(Problem.noAlternateCurrency());
        }
        var unknown = asked.names().stream().filter(name -> !known.contains(name)).toList();
        return unknown.isEmpty() ? List.of() : List.of(Problem.alternateCurrenciesNotFound(unknown));
    }

    private static boolean earnedAnAlternateCurrency(List<LedgerEvent> events) {
        return events.stream().flatMap(event -> event.allAllocations().stream()).anyMatch(allocation -> !allocation.isPoints());
    }

    /** A request whose scope and parameters passed every check. */
    private record Checked(ApiVersion version, OrgScope scope, ExplodeCriteria criteria) {
    }

    /** Only what the answer shows is loaded: a bare explode reads no line item, field or payment mode. */
    private static EventSections sectionsShownFor(ExplodeCriteria criteria) {
        return EventSections.shownFor(criteria.flags(), criteria.currencies());
    }

    /** Whose ledgers a request reads, and their events by id when they were loaded with them. */
    private record Owners(List<LedgerOwner> owners, Optional<List<LedgerEvent>> loaded) {
    }

    /** A checked request with its ledger owners, and their events when they were loaded with them. */
    private record Resolved(Checked checked, List<LedgerOwner> owners, Optional<List<LedgerEvent>> loaded) {

        /** Defence in depth: the store was asked for these owners only; anything else is dropped. */
        List<LedgerEvent> owned(List<LedgerEvent> loaded) {
            return loaded.stream().filter(event -> owners.contains(new LedgerOwner(event.orgId(), event.subject()))).toList();
        }

        Page page() {
            return checked.criteria().page();
        }

        EventSections sections() {
            return sectionsShownFor(checked.criteria());
        }
    }
}
