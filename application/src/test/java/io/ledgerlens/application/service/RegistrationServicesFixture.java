package io.ledgerlens.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.application.port.out.registration.Registry;
import java.util.function.Function;
import org.assertj.core.groups.Tuple;

/** The recorded world of the contract suites in memory, and how the registration service tests look at outcomes. */
abstract class RegistrationServicesFixture {

    protected final InMemoryLedger ledger = new InMemoryLedger();

    RegistrationServicesFixture() {
        LedgerWorld.recordedThrough(LedgerPorts.of(ledger));
    }

    protected <T> T registered(Function<Registry, T> question) {
        return ledger.unfenced(question);
    }

    protected <T> java.util.Optional<T> found(Function<Registry, java.util.Optional<T>> question) {
        return ledger.unfenced(question);
    }

    protected static void assertSaved(RegistrationOutcome outcome, boolean created) {
        assertThat(outcome).isEqualTo(new RegistrationOutcome.Saved(created));
    }

    /** The refusal's reason and its problems as (field, code) tuples. */
    protected static void assertRefused(RegistrationOutcome outcome, Refusal reason, Tuple... problems) {
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Refused.class);
        var refused = (RegistrationOutcome.Refused) outcome;
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.problems()).extracting("field", "code").containsExactly(problems);
        assertThat(refused.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

}
