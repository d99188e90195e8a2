package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegisterReferenceDataUseCase;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refused;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.out.registration.ReferenceDataRepository;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Registers reference data in the caller's org or a child of it. Every kind
 * follows one path: may the caller write there, does the registration stand
 * (a currency's name is free, a tier's program exists), then write.
 */
public final class RegisterReferenceDataService implements RegisterReferenceDataUseCase {

    private static final Function<ReferenceDataRepository, Optional<Refused>> NOTHING_MORE = data -> Optional.empty();

    private final RegistrationPort registration;

    /**
     * A service that registers reference data through {@code registration}.
     *
     * @param registration runs each registration in the org the data is of
     */
    public RegisterReferenceDataService(RegistrationPort registration) {
        this.registration = Objects.requireNonNull(registration, "registration");
    }

    @Override
    public RegistrationOutcome register(OrgId caller, OrgId org, Program program) {
        return upsert(caller, org, NOTHING_MORE, data -> data.program(org, program.id()), data -> data.save(org, program));
    }

    @Override
    public RegistrationOutcome register(OrgId caller, OrgId org, PointsCategory category) {
        return upsert(caller, org, NOTHING_MORE, data -> data.pointsCategory(org, category.id()), data -> data.save(org, category));
    }

    @Override
    public RegistrationOutcome register(OrgId caller, OrgId org, AllocationStrategy strategy) {
        return upsert(caller, org, NOTHING_MORE, data -> data.allocationStrategy(org, strategy.id()),
                data -> data.save(org, strategy));
    }

    @Override
    public RegistrationOutcome register(OrgId caller, OrgId org, ExpiryStrategy strategy) {
        return upsert(caller, org, NOTHING_MORE, data -> data.expiryStrategy(org, strategy.id()), data -> data.save(org, strategy));
    }

    @Override
    public RegistrationOutcome register(OrgId caller, OrgId org, Promotion promotion) {
        return upsert(caller, org, NOTHING_MORE, data -> data.promotion(org, promotion.id()), data -> data.save(org, promotion));
    }

    @Override
    public RegistrationOutcome register(OrgId caller, OrgId org, AlternateCurrency currency) {
        Function<ReferenceDataRepository, Optional<Refused>> nameIsFree = data -> data.alternateCurrencyNamed(org, currency.name())
                .filter(other -> other.id() != currency.id())
                .map(other -> Refused.because(Refusal.CONFLICT, "name", FieldProblem.TAKEN,
                        "alternate currency " + other.id() + " of org " + org + " is called " + currency.name() + " already"));
        return upsert(caller, org, nameIsFree, data -> data.alternateCurrency(org, currency.id()), data -> data.save(org, currency));
    }

    @Override
    public RegistrationOutcome register(OrgId caller, OrgId org, Till till) {
        return upsert(caller, org, NOTHING_MORE, data -> data.till(org, till.id()), data -> data.save(org, till));
    }

    @Override
    public RegistrationOutcome register(OrgId caller, OrgId org, Tier tier) {
        Function<ReferenceDataRepository, Optional<Refused>> programExists = data -> data.program(org, tier.programId()).isPresent()
                ? Optional.empty()
                : Optional.of(Refused.because(Refusal.NOT_FOUND, "programId", FieldProblem.NOT_FOUND,
                        "program " + tier.programId() + " is not registered in org " + org));
        return upsert(caller, org, programExists, data -> data.tier(org, tier.programId(), tier.slabNumber()),
                data -> data.save(org, tier));
    }

    private RegistrationOutcome upsert(OrgId caller, OrgId org, Function<ReferenceDataRepository, Optional<Refused>> stands,
                                       Function<ReferenceDataRepository, Optional<?>> current,
                                       Consumer<ReferenceDataRepository> save) {
        return Registrations.guarded(() -> registration.inOrg(org, registry -> {
            var data = registry.referenceData();
            var refusal = Registrations.cannotWrite(caller, org, "orgId", registry.orgs()).or(() -> stands.apply(data));
            if (refusal.isPresent()) {
                return refusal.get();
            }
            var created = current.apply(data).isEmpty();
            save.accept(data);
            return new RegistrationOutcome.Saved(created);
        }));
    }
}
