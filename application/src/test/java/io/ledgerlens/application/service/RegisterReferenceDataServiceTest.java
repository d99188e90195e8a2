package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static io.ledgerlens.application.contract.LedgerWorld.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RegisterReferenceDataServiceTest extends RegistrationServicesFixture {

    private final RegisterReferenceDataService service = new RegisterReferenceDataService(ledger);

    /** Registers one of every kind (id 31, tier 31/1) in {@code org} for {@code caller}, and says what each did. */
    private List<RegistrationOutcome> everyKind(OrgId caller, OrgId org, String name) {
        return List.of(
                service.register(caller, org, new Program(31, name, false)),
                service.register(caller, org, new PointsCategory(31, name)),
                service.register(caller, org, new AllocationStrategy(31, name)),
                service.register(caller, org, new ExpiryStrategy(31, name, ExpiryType.ROLLING)),
                service.register(caller, org, new Promotion(31, name, Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty())),
                service.register(caller, org, new AlternateCurrency(31, name, "id-" + name)),
                service.register(caller, org, new Till(31, name)),
                service.register(caller, org, new Tier(31, 1, name)));
    }

    @Test
    void every_kind_is_created_then_updated_in_the_callers_org() {
        assertThat(everyKind(PARENT, PARENT, "first")).containsOnly(new RegistrationOutcome.Saved(true));
        assertThat(everyKind(PARENT, PARENT, "second")).containsOnly(new RegistrationOutcome.Saved(false));
        assertThat(found(registry -> registry.referenceData().tier(PARENT, 31, 1))).contains(new Tier(31, 1, "second"));
    }

    @Test
    void the_caller_registers_the_reference_data_of_its_children() {
        assertThat(everyKind(PARENT, CHILD, "child's")).containsOnly(new RegistrationOutcome.Saved(true));
        assertThat(found(registry -> registry.referenceData().till(CHILD, 31))).contains(new Till(31, "child's"));
    }

    @Test
    void another_orgs_reference_data_is_refused_whatever_the_kind_and_nothing_is_written() {
        assertThat(everyKind(PARENT, STRANGER, "theirs")).allSatisfy(outcome ->
                assertRefused(outcome, Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG)));
        assertThat(everyKind(CHILD, PARENT, "parent's")).allSatisfy(outcome ->
                assertRefused(outcome, Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG)));
        assertThat(everyKind(PARENT, UNKNOWN, "nobody's")).allSatisfy(outcome ->
                assertRefused(outcome, Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG)));
        assertThat(found(registry -> registry.referenceData().program(STRANGER, 31))).isEmpty();
    }

    @Test
    void the_callers_org_must_be_registered_first() {
        var fresh = OrgId.of(4720);
        assertRefused(service.register(fresh, fresh, new PointsCategory(1, "main")), Refusal.NOT_FOUND,
                tuple("orgId", FieldProblem.NOT_FOUND));
    }

    @Test
    void a_currency_name_is_taken_by_another_currency_of_the_org_but_not_of_another_org() {
        assertSaved(service.register(PARENT, PARENT, new AlternateCurrency(41, "coins", "c")), true);
        assertRefused(service.register(PARENT, PARENT, new AlternateCurrency(42, "coins", "c2")), Refusal.CONFLICT,
                tuple("name", FieldProblem.TAKEN));
        assertSaved(service.register(PARENT, PARENT, new AlternateCurrency(41, "coins", "c-renewed")), false);
        assertSaved(service.register(PARENT, CHILD, new AlternateCurrency(42, "coins", "c2")), true);
        assertThat(found(registry -> registry.referenceData().alternateCurrency(PARENT, 42))).isEmpty();
    }

    @Test
    void a_tier_needs_its_program_registered_in_the_same_org() {
        service.register(PARENT, PARENT, new Program(51, "Core", true));
        assertRefused(service.register(PARENT, CHILD, new Tier(51, 1, "Silver")), Refusal.NOT_FOUND,
                tuple("programId", FieldProblem.NOT_FOUND));
        assertSaved(service.register(PARENT, PARENT, new Tier(51, 1, "Silver")), true);
    }

    @Test
    void a_default_program_takes_over_from_the_previous_default() {
        service.register(PARENT, PARENT, new Program(61, "Core", true));
        service.register(PARENT, PARENT, new Program(62, "Premium", true));
        Function<Long, Optional<Program>> program = id -> registered(registry -> registry.referenceData().program(PARENT, id));
        assertThat(program.apply(61L)).contains(new Program(61, "Core", false));
        assertThat(program.apply(62L)).contains(new Program(62, "Premium", true));
    }

    @Test
    void a_store_that_cannot_answer_is_unavailable() {
        ledger.becomeUnavailable();
        assertThat(everyKind(PARENT, PARENT, "any")).containsOnly(new RegistrationOutcome.Unavailable());
    }
}
