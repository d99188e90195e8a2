package io.ledgerlens.application.port.out.registration;

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

/**
 * An org's reference data, each kind keyed by its id within the org (a tier
 * by its program and slab number). Every {@code save} registers or replaces;
 * the org is registered. Used inside a {@link RegistrationPort} transaction.
 */
public interface ReferenceDataRepository {

    Optional<Program> program(OrgId org, long programId);

    /** A default program becomes the only default of its org: the others stop being one. */
    void save(OrgId org, Program program);

    Optional<PointsCategory> pointsCategory(OrgId org, long categoryId);

    void save(OrgId org, PointsCategory category);

    Optional<AllocationStrategy> allocationStrategy(OrgId org, long strategyId);

    void save(OrgId org, AllocationStrategy strategy);

    Optional<ExpiryStrategy> expiryStrategy(OrgId org, long strategyId);

    void save(OrgId org, ExpiryStrategy strategy);

    Optional<Promotion> promotion(OrgId org, long promotionId);

    void save(OrgId org, Promotion promotion);

    Optional<AlternateCurrency> alternateCurrency(OrgId org, long currencyId);

    /** The org's currency called {@code name} (names are unique within an org, exactly as written). */
    Optional<AlternateCurrency> alternateCurrencyNamed(OrgId org, String name);

    /** No other currency of the org may have its name. */
    void save(OrgId org, AlternateCurrency currency);

    Optional<Till> till(OrgId org, long tillId);

    void save(OrgId org, Till till);

    Optional<Tier> tier(OrgId org, long programId, int slabNumber);

    /** The tier's program is registered in the org. */
    void save(OrgId org, Tier tier);
}
