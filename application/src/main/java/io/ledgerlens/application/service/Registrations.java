package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refused;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.out.LedgerRefusedException;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.application.port.out.registration.OrgRepository;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.port.out.registration.Registry;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** What every registration service shares: who may write where, and a store that cannot answer. */
final class Registrations {

    private Registrations() {
    }

    /**
     * The outcome of {@code registration}: refused at the field the store named when it refuses a value (the input
     * is at fault, repeating cannot help), {@code Unavailable} when the store cannot answer.
     */
    static RegistrationOutcome guarded(Supplier<RegistrationOutcome> registration) {
        return guardedAll(1, () -> List.of(registration.get())).get(0);
    }

    /** The outcomes of a batch of {@code size} registrations in one transaction: as {@link #guarded}, each the same. */
    static List<RegistrationOutcome> guardedAll(int size, Supplier<List<RegistrationOutcome>> registrations) {
        try {
            return registrations.get();
        } catch (LedgerRefusedException refused) {
            return Collections.nCopies(size,
                    new Refused(Refusal.INVALID, List.of(RefusedValues.inRegistration(refused.part()))));
        } catch (LedgerUnavailableException unavailable) {
            return Collections.nCopies(size, new RegistrationOutcome.Unavailable());
        }
    }

    /**
     * Registers {@code items} of {@code caller}'s org in one transaction, in order, by {@code rule} (each item seeing
     * the ones before it): an item of another org is refused with {@code elsewhere} without touching the store, and
     * every item is refused when the caller's org is not registered.
     */
    static <T> List<RegistrationOutcome> inCallersOrg(RegistrationPort registration, OrgId caller,
            List<T> items, Function<T, OrgId> orgOf, Refused elsewhere,
            BiFunction<Registry, List<T>, List<RegistrationOutcome>> rule) {
        return inCallersOrg(registration, caller, items, orgOf, elsewhere, Optional.empty(), rule);
    }

    /**
     * {@link #inCallersOrg}, serialized only with the registrations that name one of the keys {@code keysOf} gives
     * for the caller's items ({@link RegistrationPort#inOrg(OrgId, Set, Function)}), when it gives any.
     */
    static <T> List<RegistrationOutcome> inCallersOrg(RegistrationPort registration, OrgId caller,
            List<T> items, Function<T, OrgId> orgOf, Refused elsewhere, Optional<Function<List<T>, Set<String>>> keysOf,
            BiFunction<Registry, List<T>, List<RegistrationOutcome>> rule) {
        var outcomes = new ArrayList<RegistrationOutcome>(Collections.nCopies(items.size(), elsewhere));
        var ours = IntStream.range(0, items.size()).filter(i -> orgOf.apply(items.get(i)).equals(caller))
                .boxed().toList();
        if (ours.isEmpty()) {
            return outcomes;
        }
        var mine = ours.stream().map(items::get).toList();
        Function<Registry, List<RegistrationOutcome>> work = registry -> {
            if (registry.orgs().find(caller).isEmpty()) {
                return Collections.<RegistrationOutcome>nCopies(ours.size(),
                        Refused.because(Refusal.NOT_FOUND, "", FieldProblem.NOT_FOUND, notRegistered(caller)));
            }
            return rule.apply(registry, mine);
        };
        var registered = guardedAll(ours.size(), () -> keysOf
                .map(keys -> registration.inOrg(caller, keys.apply(mine), work))
                .orElseGet(() -> registration.inOrg(caller, work)));
        for (int j = 0; j < ours.size(); j++) {
            outcomes.set(ours.get(j), registered.get(j));
        }
        return outcomes;
    }

    /**
     * Why {@code caller} may not write the data of {@code org} (at {@code field}), if it may not: it writes its own
     * org's, once registered, and its children's.
     */
    static Optional<Refused> cannotWrite(OrgId caller, OrgId org, String field, OrgRepository orgs) {
        if (org.equals(caller)) {
            return orgs.find(caller).isPresent() ? Optional.empty()
                    : Optional.of(Refused.because(Refusal.NOT_FOUND, field, FieldProblem.NOT_FOUND, notRegistered(caller)));
        }
        var isChild = orgs.find(org).flatMap(Org::parent).filter(caller::equals).isPresent();
        return isChild ? Optional.empty() : Optional.of(Refused.because(Refusal.FORBIDDEN, field, FieldProblem.OTHER_ORG,
                "org " + org + " is neither org " + caller + " nor one of its children"));
    }

    static String notRegistered(OrgId org) {
        return "org " + org + " is not registered";
    }
}
