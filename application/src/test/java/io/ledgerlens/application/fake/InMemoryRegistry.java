package io.ledgerlens.application.fake;

import io.ledgerlens.application.port.out.registration.CustomerRepository;
import io.ledgerlens.application.port.out.registration.OrgRepository;
import io.ledgerlens.application.port.out.registration.OrgTreeRepository;
import io.ledgerlens.application.port.out.registration.ReferenceDataRepository;
import io.ledgerlens.application.port.out.registration.Registry;
import io.ledgerlens.application.port.out.registration.UserGroupRepository;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registration side of {@link InMemoryLedger}: its orgs, customers and
 * groups, plus the reference data registered by id. A transaction runs under
 * the ledger's monitor (one at a time, which is stricter than the contract's
 * per-org serialization) and puts everything back as it was if its work throws.
 */
final class InMemoryRegistry implements OrgRepository, OrgTreeRepository, ReferenceDataRepository, CustomerRepository,
        UserGroupRepository {

    /** Reference data of one org, by id; a tier's id is its program and slab number. */
    private record Key(OrgId org, Object id) {
    }

    private final Object monitor;
    private final Map<OrgId, Org> orgs;
    private final Map<Long, Customer> customers;
    private final Map<Long, UserGroup> groups;
    private final Runnable requireAvailable;
    private final Map<Key, Object> referenceData = new LinkedHashMap<>();
    /** The org a registration in an org sees, as the database fences it; null in a registration of the org tree. */
    private OrgId seenOrg;

    InMemoryRegistry(Object monitor, Map<OrgId, Org> orgs, Map<Long, Customer> customers, Map<Long, UserGroup> groups,
                     Runnable requireAvailable) {
        this.monitor = monitor;
        this.orgs = orgs;
        this.customers = customers;
        this.groups = groups;
        this.requireAvailable = requireAvailable;
    }

    <T> T inTransaction(OrgId org, Function<Registry, T> work) {
        synchronized (monitor) {
            seenOrg = org;
            try {
                return inTransaction(work);
            } finally {
                seenOrg = null;
            }
        }
    }

    /** A change of the org tree: sees orgs only, and puts them back as they were if {@code work} throws. */
    <T> T inTree(Function<OrgTreeRepository, T> work) {
        return inTransaction(registry -> work.apply(this));
    }

    <T> T inTransaction(Function<Registry, T> work) {
        synchronized (monitor) {
            requireAvailable.run();
            var orgsBefore = new LinkedHashMap<>(orgs);
            var customersBefore = new LinkedHashMap<>(customers);
            var groupsBefore = new LinkedHashMap<>(groups);
            var referenceDataBefore = new LinkedHashMap<>(referenceData);
            try {
                return work.apply(new Registry(this, this, this, this));
            } catch (RuntimeException failure) {
                restore(orgs, orgsBefore);
                restore(customers, customersBefore);
                restore(groups, groupsBefore);
                restore(referenceData, referenceDataBefore);
                throw failure;
            }
        }
    }

    private static <K, V> void restore(Map<K, V> map, Map<K, V> before) {
        map.clear();
        map.putAll(before);
    }

    /**
     * Registers the reference data {@code event} names that its org has not registered yet, as the ledger does on
     * first use; what is registered stays as it is.
     */
    void registerOnFirstUse(io.ledgerlens.domain.event.LedgerEvent event) {
        var org = event.orgId();
        for (var allocation : event.allAllocations()) {
            var rule = allocation.rule();
            putIfAbsent(org, rule.program().id(), rule.program());
            putIfAbsent(org, rule.category().id(), rule.category());
            putIfAbsent(org, rule.allocationStrategy().id(), rule.allocationStrategy());
            putIfAbsent(org, rule.expiryStrategy().id(), rule.expiryStrategy());
            allocation.promotion().ifPresent(p -> putIfAbsent(org, p.id(), p));
            allocation.currency().ifPresent(c -> putIfAbsent(org, c.id(), c));
        }
        event.detail().ifPresent(detail -> programPointsOf(detail).forEach(p -> putIfAbsent(org, p.program().id(), p.program())));
    }

    private static List<io.ledgerlens.domain.event.detail.ProgramPoints> programPointsOf(
            io.ledgerlens.domain.event.detail.EventDetail detail) {
        if (detail instanceof io.ledgerlens.domain.event.detail.RedemptionDetail redemption) {
            return redemption.pointsBreakup();
        }
        if (detail instanceof io.ledgerlens.domain.event.detail.TransferDetail transfer) {
            var points = new ArrayList<>(transfer.from().points());
            points.addAll(transfer.to().points());
            return points;
        }
        if (detail instanceof io.ledgerlens.domain.event.detail.ManualAdjustmentDetail adjustment) {
            return adjustment.deductions();
        }
        return List.of();
    }

    private void putIfAbsent(OrgId org, Object id, Object data) {
        referenceData.putIfAbsent(new Key(org, List.of(data.getClass().getSimpleName(), id)), data);
    }

    /** Every kind of {@code org}'s reference data, each kind in id order (a tier by program, then slab). */
    io.ledgerlens.domain.org.OrgReferenceData referenceDataOf(OrgId org) {
        requireAvailable.run();
        return new io.ledgerlens.domain.org.OrgReferenceData(
                ofKind(org, Program.class, Comparator.comparingLong(Program::id)),
                ofKind(org, Tier.class, Comparator.comparingLong(Tier::programId).thenComparingInt(Tier::slabNumber)),
                ofKind(org, PointsCategory.class, Comparator.comparingLong(PointsCategory::id)),
                ofKind(org, AllocationStrategy.class, Comparator.comparingLong(AllocationStrategy::id)),
                ofKind(org, ExpiryStrategy.class, Comparator.comparingLong(ExpiryStrategy::id)),
                ofKind(org, Promotion.class, Comparator.comparingLong(Promotion::id)),
                ofKind(org, AlternateCurrency.class, Comparator.comparingLong(AlternateCurrency::id)),
                ofKind(org, Till.class, Comparator.comparingLong(Till::id)));
    }

    private <T> List<T> ofKind(OrgId org, Class<T> kind, Comparator<T> order) {
        return referenceData.entrySet().stream().filter(e -> e.getKey().org().equals(org) && kind.isInstance(e.getValue()))
                .map(e -> kind.cast(e.getValue())).sorted(order).toList();
    }

    /** The alternate currencies registered in any of {@code targets}. */
    List<AlternateCurrency> alternateCurrenciesOf(Collection<OrgId> targets) {
        return referenceData.entrySet().stream()
                .filter(e -> targets.contains(e.getKey().org()) && e.getValue() instanceof AlternateCurrency)
                .map(e -> (AlternateCurrency) e.getValue())
                .toList();
    }

    // Orgs

    @Override
    public Optional<Org> find(OrgId id) {
        requireAvailable.run();
        return Optional.ofNullable(orgs.get(id));
    }

    @Override
    public List<OrgId> ancestorsOf(OrgId id) {
        requireAvailable.run();
        var ancestors = new ArrayList<OrgId>();
        var parent = Optional.ofNullable(orgs.get(id)).flatMap(Org::parent);
        while (parent.isPresent() && !ancestors.contains(parent.get())) {
            ancestors.add(parent.get());
            parent = Optional.ofNullable(orgs.get(parent.get())).flatMap(Org::parent);
        }
        return ancestors;
    }

    @Override
    public List<Org> all() {
        requireAvailable.run();
        return orgs.values().stream().sorted(java.util.Comparator.comparingLong(org -> org.id().value())).toList();
    }

    @Override
    public void add(Org org) {
        requireAvailable.run();
        if (orgs.putIfAbsent(org.id(), org) != null) {
            throw new IllegalStateException("org " + org.id() + " is registered already");
        }
    }

    @Override
    public void moveInTree(Org org) {
        requireAvailable.run();
        var registered = orgs.get(org.id());
        orgs.put(org.id(), org.parent().map(registered::connectedTo).orElseGet(registered::disconnected));
    }

    @Override
    public void changeSettings(Org org) {
        requireAvailable.run();
        var registered = orgs.get(org.id());
        if (registered == null) {
            return;
        }
        var changed = registered.parent()
                .map(parent -> Org.childOf(parent, org.id(), org.name(), org.settings().timeZone(), org.settings().sourceValueCapturing()))
                .orElseGet(() -> Org.root(org.id(), org.name(), org.settings().timeZone(), org.settings().sourceValueCapturing()));
        orgs.put(org.id(), changed);
    }

    // Reference data

    private <T> Optional<T> find(OrgId org, Object id, Class<T> kind) {
        requireAvailable.run();
        return Optional.ofNullable(referenceData.get(new Key(org, List.of(kind.getSimpleName(), id))))
                .map(kind::cast);
    }

    private void put(OrgId org, Object id, Object data) {
        requireAvailable.run();
        referenceData.put(new Key(org, List.of(data.getClass().getSimpleName(), id)), data);
    }

    @Override
    public Optional<Program> program(OrgId org, long programId) {
        return find(org, programId, Program.class);
    }

    @Override
    public void save(OrgId org, Program program) {
        if (program.isDefault()) {
            referenceData.replaceAll((key, data) -> key.org().equals(org) && data instanceof Program other
                    && other.id() != program.id() ? new Program(other.id(), other.name(), false) : data);
        }
        put(org, program.id(), program);
    }

    @Override
    public Optional<PointsCategory> pointsCategory(OrgId org, long categoryId) {
        return find(org, categoryId, PointsCategory.class);
    }

    @Override
    public void save(OrgId org, PointsCategory category) {
        put(org, category.id(), category);
    }

    @Override
    public Optional<AllocationStrategy> allocationStrategy(OrgId org, long strategyId) {
        return find(org, strategyId, AllocationStrategy.class);
    }

    @Override
    public void save(OrgId org, AllocationStrategy strategy) {
        put(org, strategy.id(), strategy);
    }

    @Override
    public Optional<ExpiryStrategy> expiryStrategy(OrgId org, long strategyId) {
        return find(org, strategyId, ExpiryStrategy.class);
    }

    @Override
    public void save(OrgId org, ExpiryStrategy strategy) {
        put(org, strategy.id(), strategy);
    }

    @Override
    public Optional<Promotion> promotion(OrgId org, long promotionId) {
        return find(org, promotionId, Promotion.class);
    }

    @Override
    public void save(OrgId org, Promotion promotion) {
        put(org, promotion.id(), promotion);
    }

    @Override
    public Optional<AlternateCurrency> alternateCurrency(OrgId org, long currencyId) {
        return find(org, currencyId, AlternateCurrency.class);
    }

    @Override
    public Optional<AlternateCurrency> alternateCurrencyNamed(OrgId org, String name) {
        requireAvailable.run();
        return alternateCurrenciesOf(List.of(org)).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    @Override
    public void save(OrgId org, AlternateCurrency currency) {
        put(org, currency.id(), currency);
    }

    @Override
    public Optional<Till> till(OrgId org, long tillId) {
        return find(org, tillId, Till.class);
    }

    @Override
    public void save(OrgId org, Till till) {
        put(org, till.id(), till);
    }

    @Override
    public Optional<Tier> tier(OrgId org, long programId, int slabNumber) {
        return find(org, List.of(programId, slabNumber), Tier.class);
    }

    @Override
    public void save(OrgId org, Tier tier) {
        put(org, List.of(tier.programId(), tier.slabNumber()), tier);
    }

    // Customers

    @Override
    public Optional<Customer> find(CustomerId id) {
        requireAvailable.run();
        return Optional.ofNullable(customers.get(id.value())).filter(c -> seenOrg == null || c.orgId().equals(seenOrg));
    }

    @Override
    public Optional<OrgId> orgOf(CustomerId id) {
        requireAvailable.run();
        return Optional.ofNullable(customers.get(id.value())).map(Customer::orgId);
    }

    @Override
    public Map<CustomerIdentifier, CustomerId> ownersOf(OrgId org, Collection<CustomerIdentifier> identifiers) {
        requireAvailable.run();
        var owners = new HashMap<CustomerIdentifier, CustomerId>();
        customers.values().stream().filter(c -> c.orgId().equals(org)).forEach(c -> c.identifiers().stream()
                .filter(identifiers::contains).forEach(identifier -> owners.put(identifier, c.id())));
        return owners;
    }

    @Override
    public Set<CustomerId> customersOf(OrgId org, Collection<CustomerId> ids) {
        requireAvailable.run();
        return ids.stream().filter(id -> find(id).filter(c -> c.orgId().equals(org)).isPresent()).collect(Collectors.toSet());
    }

    @Override
    public boolean save(Customer customer) {
        if (Optional.ofNullable(customers.get(customer.id().value())).filter(c -> !c.orgId().equals(customer.orgId())).isPresent()) {
            return false;
        }
        customers.put(customer.id().value(), customer);
        return true;
    }

    // User groups

    @Override
    public Optional<UserGroup> find(UserGroupId id) {
        requireAvailable.run();
        return Optional.ofNullable(groups.get(id.value())).filter(g -> seenOrg == null || g.orgId().equals(seenOrg)).map(g -> UserGroup.form(g.id(), g.orgId(), g.externalId(), g.name(),
                g.primaryMember(), g.members().stream().sorted(java.util.Comparator.comparingLong(CustomerId::value)).toList()));
    }

    @Override
    public Optional<OrgId> orgOf(UserGroupId id) {
        requireAvailable.run();
        return Optional.ofNullable(groups.get(id.value())).map(UserGroup::orgId);
    }

    @Override
    public Optional<UserGroupId> withExternalId(OrgId org, String externalId) {
        requireAvailable.run();
        return groups.values().stream().filter(g -> g.orgId().equals(org) && g.externalId().equals(externalId))
                .map(UserGroup::id).findFirst();
    }

    @Override
    public boolean save(UserGroup group) {
        if (Optional.ofNullable(groups.get(group.id().value())).filter(g -> !g.orgId().equals(group.orgId())).isPresent()) {
            return false;
        }
        groups.put(group.id().value(), group);
        return true;
    }
}
