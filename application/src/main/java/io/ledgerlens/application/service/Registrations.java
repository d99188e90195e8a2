package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.application.port.in.RegistrationOutcome;
import io.ledgerlens.application.port.in.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.in.RegistrationOutcome.Refused;
import io.ledgerlens.application.port.out.LedgerRefusedException;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.application.port.out.OrgRepository;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.Optional;
import java.util.function.Supplier;

/** What every registration service shares: who may write where, and a store that cannot answer. */
final class Registrations {

    private Registrations() {
    }

    /**
     * The outcome of {@code registration}: refused at the field the store named when it refuses a value (the input
     * is at fault, repeating cannot help), {@code Unavailable} when the store cannot answer.
     */
    static RegistrationOutcome guarded(Supplier<RegistrationOutcome> registration) {
        try {
            return registration.get();
        } catch (LedgerRefusedException refused) {
            return new Refused(Refusal.INVALID, java.util.List.of(RefusedValues.inRegistration(refused.part())));
        } catch (LedgerUnavailableException unavailable) {
            return new RegistrationOutcome.Unavailable();
        }
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
