package io.ledgerlens.adapter.persistence.explode;

import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data that the allocations of one read name, each kind by org and id: what
 * {@link RememberedReferenceData} remembered or read for them.
 *
 * @param programs the programs
 * @param categories the points categories
 * @param allocationStrategies the allocation strategies
 * @param expiryStrategies the expiry strategies
 * @param promotions the promotions
 * @param currencies the alternate currencies
 */
record ReferenceNames(Map<OrgScoped, Program> programs, Map<OrgScoped, PointsCategory> categories,
                      Map<OrgScoped, AllocationStrategy> allocationStrategies,
                      Map<OrgScoped, ExpiryStrategy> expiryStrategies, Map<OrgScoped, Promotion> promotions,
                      Map<OrgScoped, AlternateCurrency> currencies) {

    /**
     * A row of reference data: its ids are chosen by the org's loyalty configuration, unique within the org only.
     *
     * @param org the org
     * @param id the id within the org
     */
    record OrgScoped(long org, long id) {
    }

    /**
     * The names the statement joined to {@code allocations}, each by its org.
     *
     * @param allocations the allocations read, by org, each with its joined names
     * @return those names, by org and id
     */
    static ReferenceNames joined(Map<Long, List<StoredAllocation>> allocations) {
        var names = new ReferenceNames(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>());
        allocations.forEach((org, each) -> each.forEach(allocation -> allocation.joined().ifPresent(joined -> {
            var ids = allocation.ids();
            names.programs.put(new OrgScoped(org, ids.program()), joined.program());
            names.categories.put(new OrgScoped(org, ids.category()), joined.category());
            names.allocationStrategies.put(new OrgScoped(org, ids.allocationStrategy()), joined.allocationStrategy());
            names.expiryStrategies.put(new OrgScoped(org, ids.expiryStrategy()), joined.expiryStrategy());
            joined.promotion().ifPresent(promotion -> names.promotions.put(new OrgScoped(org, promotion.id()), promotion));
            joined.currency().ifPresent(currency -> names.currencies.put(new OrgScoped(org, currency.id()), currency));
        })));
        return names;
    }

    /**
     * The row of {@code names} (one kind of reference data) that {@code id} names in {@code org}.
     *
     * @param <V> the kind
     * @param names the rows of that kind
     * @param org the org whose row it is
     * @param id its id within the org
     * @return the row, or empty when the org has none of that id
     */
    static <V> Optional<V> named(Map<OrgScoped, V> names, long org, long id) {
        return Optional.ofNullable(names.get(new OrgScoped(org, id)));
    }
}
