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

    /**
     * The org's program {@code programId}.
     *
     * @param org       the org whose data is read, and no other
     * @param programId the program's id within the org
     * @return the program; empty when the org registered none under that id
     */
    Optional<Program> program(OrgId org, long programId);

    /**
     * Registers or replaces a program. A default program becomes the only default of its org: the others stop
     * being one.
     *
     * @param org     the org it is registered in
     * @param program the program, keyed by its id
     */
    void save(OrgId org, Program program);

    /**
     * The org's points category {@code categoryId}.
     *
     * @param org        the org whose data is read, and no other
     * @param categoryId the category's id within the org
     * @return the category; empty when the org registered none under that id
     */
    Optional<PointsCategory> pointsCategory(OrgId org, long categoryId);

    /**
     * Registers or replaces a points category.
     *
     * @param org      the org it is registered in
     * @param category the category, keyed by its id
     */
    void save(OrgId org, PointsCategory category);

    /**
     * The org's allocation strategy {@code strategyId}.
     *
     * @param org        the org whose data is read, and no other
     * @param strategyId the strategy's id within the org
     * @return the strategy; empty when the org registered none under that id
     */
    Optional<AllocationStrategy> allocationStrategy(OrgId org, long strategyId);

    /**
     * Registers or replaces an allocation strategy.
     *
     * @param org      the org it is registered in
     * @param strategy the strategy, keyed by its id
     */
    void save(OrgId org, AllocationStrategy strategy);

    /**
     * The org's expiry strategy {@code strategyId}.
     *
     * @param org        the org whose data is read, and no other
     * @param strategyId the strategy's id within the org
     * @return the strategy; empty when the org registered none under that id
     */
    Optional<ExpiryStrategy> expiryStrategy(OrgId org, long strategyId);

    /**
     * Registers or replaces an expiry strategy.
     *
     * @param org      the org it is registered in
     * @param strategy the strategy, keyed by its id
     */
    void save(OrgId org, ExpiryStrategy strategy);

    /**
     * The org's promotion {@code promotionId}.
     *
     * @param org         the org whose data is read, and no other
     * @param promotionId the promotion's id within the org
     * @return the promotion; empty when the org registered none under that id
     */
    Optional<Promotion> promotion(OrgId org, long promotionId);

    /**
     * Registers or replaces a promotion.
     *
     * @param org       the org it is registered in
     * @param promotion the promotion, keyed by its id
     */
    void save(OrgId org, Promotion promotion);

    /**
     * The org's alternate currency {@code currencyId}.
     *
     * @param org        the org whose data is read, and no other
     * @param currencyId the currency's id within the org
     * @return the currency; empty when the org registered none under that id
     */
    Optional<AlternateCurrency> alternateCurrency(OrgId org, long currencyId);

    /**
     * The org's currency called {@code name} (names are unique within an org, exactly as written).
     *
     * @param org  the org whose data is read, and no other
     * @param name the name, compared exactly as written
     * @return the currency of that name; empty when the name is free in the org
     */
    Optional<AlternateCurrency> alternateCurrencyNamed(OrgId org, String name);

    /**
     * Registers or replaces an alternate currency. No other currency of the org may have its name.
     *
     * @param org      the org it is registered in
     * @param currency the currency, keyed by its id
     */
    void save(OrgId org, AlternateCurrency currency);

    /**
     * The org's till {@code tillId}.
     *
     * @param org    the org whose data is read, and no other
     * @param tillId the till's id within the org
     * @return the till; empty when the org registered none under that id
     */
    Optional<Till> till(OrgId org, long tillId);

    /**
     * Registers or replaces a till.
     *
     * @param org  the org it is registered in
     * @param till the till, keyed by its id
     */
    void save(OrgId org, Till till);

    /**
     * The org's tier {@code slabNumber} of program {@code programId}.
     *
     * @param org        the org whose data is read, and no other
     * @param programId  the tier's program
     * @param slabNumber the tier's slab number within the program
     * @return the tier; empty when the org registered none there
     */
    Optional<Tier> tier(OrgId org, long programId, int slabNumber);

    /**
     * Registers or replaces a tier. The tier's program is registered in the org.
     *
     * @param org  the org it is registered in
     * @param tier the tier, keyed by its program and slab number
     */
    void save(OrgId org, Tier tier);
}
