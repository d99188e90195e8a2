package io.ledgerlens.application.port.in.registration;

import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;

/**
 * Registers (or replaces, by id) the reference data events name, in the
 * caller's org or one of its children. Explode shows what is registered:
 * renaming a program renames it in every answer.
 */
public interface RegisterReferenceDataUseCase {

    /**
     * Registers a program, under which points are earned. A program registered as the default becomes the org's
     * only default.
     *
     * @param caller  the org of the caller's credential
     * @param org     the caller's org or one of its children, where it is registered
     * @param program the program, keyed by its id
     * @return saved (created or replaced by id), refused with every reason, or unavailable
     */
    RegistrationOutcome register(OrgId caller, OrgId org, Program program);

    /**
     * Registers a points category, a bucket of points (main, bonus, ...) an allocation is booked into.
     *
     * @param caller   the org of the caller's credential
     * @param org      the caller's org or one of its children, where it is registered
     * @param category the category, keyed by its id
     * @return saved (created or replaced by id), refused with every reason, or unavailable
     */
    RegistrationOutcome register(OrgId caller, OrgId org, PointsCategory category);

    /**
     * Registers an allocation strategy, the rule an allocation names as what computed it.
     *
     * @param caller   the org of the caller's credential
     * @param org      the caller's org or one of its children, where it is registered
     * @param strategy the strategy, keyed by its id
     * @return saved (created or replaced by id), refused with every reason, or unavailable
     */
    RegistrationOutcome register(OrgId caller, OrgId org, AllocationStrategy strategy);

    /**
     * Registers an expiry strategy, the rule an allocation names as what set when its points expire.
     *
     * @param caller   the org of the caller's credential
     * @param org      the caller's org or one of its children, where it is registered
     * @param strategy the strategy, keyed by its id
     * @return saved (created or replaced by id), refused with every reason, or unavailable
     */
    RegistrationOutcome register(OrgId caller, OrgId org, ExpiryStrategy strategy);

    /**
     * Registers a promotion, which promo points are awarded under, with its optional running period.
     *
     * @param caller    the org of the caller's credential
     * @param org       the caller's org or one of its children, where it is registered
     * @param promotion the promotion, keyed by its id
     * @return saved (created or replaced by id), refused with every reason, or unavailable
     */
    RegistrationOutcome register(OrgId caller, OrgId org, Promotion promotion);

    /**
     * Registers an alternate currency. A currency's name is unique within its org: another currency's name is
     * refused as a conflict.
     *
     * @param caller   the org of the caller's credential
     * @param org      the caller's org or one of its children, where it is registered
     * @param currency the currency, keyed by its id
     * @return saved (created or replaced by id), refused with every reason, or unavailable
     */
    RegistrationOutcome register(OrgId caller, OrgId org, AlternateCurrency currency);

    /**
     * Registers a till, a point of sale (a store counter, a web shop) events name as the one they came through.
     *
     * @param caller the org of the caller's credential
     * @param org    the caller's org or one of its children, where it is registered
     * @param till   the till, keyed by its id
     * @return saved (created or replaced by id), refused with every reason, or unavailable
     */
    RegistrationOutcome register(OrgId caller, OrgId org, Till till);

    /**
     * Registers a tier (a slab) of a program. The tier's program must be registered first.
     *
     * @param caller the org of the caller's credential
     * @param org    the caller's org or one of its children, where it is registered
     * @param tier   the tier, keyed by its program and slab number
     * @return saved (created or replaced by id), refused with every reason, or unavailable
     */
    RegistrationOutcome register(OrgId caller, OrgId org, Tier tier);
}
