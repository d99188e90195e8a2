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
import java.util.concurrent.atomic.AtomicBoolean;

/** Reference data as {@code stored} keeps it, noting in {@code saved} that an alternate currency was saved. */
record NotifyingReferenceDataRepository(ReferenceDataRepository stored, AtomicBoolean saved) implements ReferenceDataRepository {

    @Override
    public void save(OrgId org, AlternateCurrency currency) {
        stored.save(org, currency);
        saved.set(true);
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
    }

    @Override
    public Optional<PointsCategory> pointsCategory(OrgId org, long categoryId) {
        return stored.pointsCategory(org, categoryId);
    }

    @Override
    public void save(OrgId org, PointsCategory category) {
        stored.save(org, category);
    }

    @Override
    public Optional<AllocationStrategy> allocationStrategy(OrgId org, long strategyId) {
        return stored.allocationStrategy(org, strategyId);
    }

    @Override
    public void save(OrgId org, AllocationStrategy strategy) {
        stored.save(org, strategy);
    }

    @Override
    public Optional<ExpiryStrategy> expiryStrategy(OrgId org, long strategyId) {
        return stored.expiryStrategy(org, strategyId);
    }

    @Override
    public void save(OrgId org, ExpiryStrategy strategy) {
        stored.save(org, strategy);
    }

    @Override
    public Optional<Promotion> promotion(OrgId org, long promotionId) {
        return stored.promotion(org, promotionId);
    }

    @Override
    public void save(OrgId org, Promotion promotion) {
        stored.save(org, promotion);
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
