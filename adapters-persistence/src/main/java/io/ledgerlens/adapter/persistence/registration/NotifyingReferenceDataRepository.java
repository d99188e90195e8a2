package io.ledgerlens.adapter.persistence.registration;

import io.ledgerlens.application.port.out.registration.ReferenceDataRepository;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
import java.util.Optional;
import java.util.Set;

/**
 * Reference data as {@code stored} keeps it, noting in {@code changed} the table of each kind saved that instances
 * remember (alternate currencies, and the programs, categories, strategies and promotions that explode names).
 */
record NotifyingReferenceDataRepository(ReferenceDataRepository stored, Set<String> changed) implements ReferenceDataRepository {

    @Override
    public void save(OrgId org, AlternateCurrency currency) {
        stored.save(org, currency);
        changed.add("alternate_currency");
    }

    @Override
    public Optional<AlternateCurrency> alternateCurrency(OrgId org, long currencyId) {
        return stored.alternateCurrency(org, currencyId);
    }

    @Override
    public Optional<AlternateCurrency> alternateCurrencyNamed(OrgId org, String name) {
        return stored.alternateCurrencyNamed(org, name);
    }

    @Override
    public Optional<Program> program(OrgId org, long programId) {
        return stored.program(org, programId);
    }

    @Override
    public void save(OrgId org, Program program) {
        stored.save(org, program);
        changed.add("program");
    }

    @Override
    public Optional<PointsCategory> pointsCategory(OrgId org, long categoryId) {
        return stored.pointsCategory(org, categoryId);
    }

    @Override
    public void save(OrgId org, PointsCategory category) {
        stored.save(org, category);
        changed.add("points_category");
    }

    @Override
    public Optional<AllocationStrategy> allocationStrategy(OrgId org, long strategyId) {
        return stored.allocationStrategy(org, strategyId);
    }

    @Override
    public void save(OrgId org, AllocationStrategy strategy) {
        stored.save(org, strategy);
        changed.add("allocation_strategy");
    }

    @Override
    public Optional<ExpiryStrategy> expiryStrategy(OrgId org, long strategyId) {
        return stored.expiryStrategy(org, strategyId);
    }

    @Override
    public void save(OrgId org, ExpiryStrategy strategy) {
        stored.save(org, strategy);
        changed.add("expiry_strategy");
    }

    @Override
    public Optional<Promotion> promotion(OrgId org, long promotionId) {
        return stored.promotion(org, promotionId);
    }

    @Override
    public void save(OrgId org, Promotion promotion) {
        stored.save(org, promotion);
        changed.add("promotion");
    }

    @Override
    public Optional<Till> till(OrgId org, long tillId) {
        return stored.till(org, tillId);
    }

    @Override
    public void save(OrgId org, Till till) {
        stored.save(org, till);
    }

    @Override
    public Optional<Tier> tier(OrgId org, long programId, int slabNumber) {
        return stored.tier(org, programId, slabNumber);
    }

    @Override
    public void save(OrgId org, Tier tier) {
        stored.save(org, tier);
    }
}
