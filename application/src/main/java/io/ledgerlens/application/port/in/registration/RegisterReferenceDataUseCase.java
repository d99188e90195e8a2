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

    /** A program registered as the default becomes the org's only default. */
    RegistrationOutcome register(OrgId caller, OrgId org, Program program);

    RegistrationOutcome register(OrgId caller, OrgId org, PointsCategory category);

    RegistrationOutcome register(OrgId caller, OrgId org, AllocationStrategy strategy);

    RegistrationOutcome register(OrgId caller, OrgId org, ExpiryStrategy strategy);

    RegistrationOutcome register(OrgId caller, OrgId org, Promotion promotion);

    /** A currency's name is unique within its org. */
    RegistrationOutcome register(OrgId caller, OrgId org, AlternateCurrency currency);

    RegistrationOutcome register(OrgId caller, OrgId org, Till till);

    /** The tier's program must be registered first. */
    RegistrationOutcome register(OrgId caller, OrgId org, Tier tier);
}
