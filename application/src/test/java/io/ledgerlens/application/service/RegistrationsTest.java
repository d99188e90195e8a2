package io.ledgerlens.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.out.LedgerRefusedException;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value the store refuses is the registration's fault (400 at its field); a store that cannot answer is not. */
class RegistrationsTest {

    @Test
    void a_refused_value_is_an_invalid_registration_at_the_field_the_store_named() {
        var outcome = Registrations.guarded(() -> {
            throw new LedgerRefusedException(LedgerRefusedException.Part.IDENTIFIERS, null);
        });
        assertThat(outcome).isEqualTo(new RegistrationOutcome.Refused(RegistrationOutcome.Refusal.INVALID, List.of(
                new FieldProblem("identifiers", FieldProblem.INVALID, "identifiers holds a value the ledger cannot store"
                        + " (too long, out of range or not allowed); nothing was written"))));
    }

    @Test
    void a_store_that_cannot_answer_is_still_unavailable() {
        assertThat(Registrations.guarded(() -> {
            throw new LedgerUnavailableException("down", null);
        })).isEqualTo(new RegistrationOutcome.Unavailable());
    }
}
