package io.ledgerlens.domain.org;

import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Everything an org has registered that its events name by id: programs and their tiers, points categories,
 * allocation and expiry strategies, promotions, alternate currencies and tills. What a copy of the org's ledger
 * must register before its first event, so that every event reads as it did.
 *
 * @param programs the org's programs
 * @param tiers the tiers of those programs
 * @param pointsCategories the categories points are booked under
 * @param allocationStrategies the rules by which points were allocated
 * @param expiryStrategies the rules by which points lapse
 * @param promotions the promotions behind promo points
 * @param alternateCurrencies the currencies the org awards besides points
 * @param tills the org's points of sale
 */
@ValueObject
public record OrgReferenceData(List<Program> programs, List<Tier> tiers, List<PointsCategory> pointsCategories,
                               List<AllocationStrategy> allocationStrategies, List<ExpiryStrategy> expiryStrategies,
                               List<Promotion> promotions, List<AlternateCurrency> alternateCurrencies, List<Till> tills) {

    /**
     * Keeps its own copy of each list.
     *
     * @param programs the org's programs
     * @param tiers the tiers of those programs
     * @param pointsCategories the categories points are booked under
     * @param allocationStrategies the rules by which points were allocated
     * @param expiryStrategies the rules by which points lapse
     * @param promotions the promotions behind promo points
     * @param alternateCurrencies the currencies the org awards besides points
     * @param tills the org's points of sale
     */
    public OrgReferenceData {
        programs = List.copyOf(programs);
        tiers = List.copyOf(tiers);
        pointsCategories = List.copyOf(pointsCategories);
        allocationStrategies = List.copyOf(allocationStrategies);
        expiryStrategies = List.copyOf(expiryStrategies);
        promotions = List.copyOf(promotions);
        alternateCurrencies = List.copyOf(alternateCurrencies);
        tills = List.copyOf(tills);
    }

    /**
     * How many registrations this is, one per program, tier, category, strategy, promotion, currency and till.
     *
     * @return the number of entries in all lists together
     */
    public int size() {
        return programs.size() + tiers.size() + pointsCategories.size() + allocationStrategies.size()
                + expiryStrategies.size() + promotions.size() + alternateCurrencies.size() + tills.size();
    }
}
