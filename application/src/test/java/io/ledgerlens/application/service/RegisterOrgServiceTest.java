package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.KOLKATA;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.application.port.in.RegistrationOutcome.Refusal;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterOrgServiceTest extends RegistrationServicesFixture {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final RegisterOrgService service = new RegisterOrgService(ledger);

    @Test
    void the_caller_renames_and_rezones_its_own_org() {
        assertSaved(service.register(PARENT, Org.root(PARENT, "Fashion Retail Ltd", PARIS, false)), false);
        assertThat(ledger.settingsOf(List.of(PARENT))).containsExactly(new OrgSettings(PARENT, PARIS, false));
    }

    @Test
    void the_caller_registers_its_own_org_on_a_fresh_ledger() {
        var fresh = OrgId.of(4711);
        assertSaved(service.register(fresh, Org.root(fresh, "Fresh", PARIS, true)), true);
        assertSaved(service.register(fresh, Org.root(fresh, "Fresh", PARIS, true)), false);
    }

    @Test
    void a_new_org_is_registered_as_a_child_of_the_callers() {
        var outlet = OrgId.of(201);
        assertSaved(service.register(PARENT, Org.childOf(PARENT, outlet, "Second outlet", KOLKATA, false)), true);
        assertThat(ledger.connectionsOf(PARENT).children()).contains(outlet);
    }

    @Test
    void a_child_of_the_caller_is_updated_by_the_caller() {
        assertSaved(service.register(PARENT, Org.childOf(PARENT, CHILD, "Outlet renamed", KOLKATA, true)), false);
        assertThat(found(registry -> registry.orgs().find(CHILD))).get().extracting(Org::name).isEqualTo("Outlet renamed");
    }

    @Test
    void the_caller_cannot_give_its_own_org_a_parent() {
        assertRefused(service.register(STRANGER, Org.childOf(PARENT, STRANGER, "Other Brand", PARIS, true)),
                Refusal.FORBIDDEN, tuple("parentOrgId", FieldProblem.NOT_ALLOWED));
    }

    @Test
    void a_child_cannot_leave_its_parent_by_registering_itself_as_a_root() {
        assertRefused(service.register(CHILD, Org.root(CHILD, "Fashion Outlet", KOLKATA, false)),
                Refusal.FORBIDDEN, tuple("parentOrgId", FieldProblem.NOT_ALLOWED));
        assertThat(ledger.connectionsOf(CHILD).parent()).contains(PARENT);
    }

    @Test
    void a_child_keeps_its_parent_when_it_updates_itself() {
        assertSaved(service.register(CHILD, Org.childOf(PARENT, CHILD, "Outlet", PARIS, false)), false);
    }

    @Test
    void another_orgs_org_is_refused_and_left_as_it_was() {
        assertRefused(service.register(PARENT, Org.childOf(PARENT, STRANGER, "Taken over", PARIS, false)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG));
        assertThat(found(registry -> registry.orgs().find(STRANGER))).get()
                .extracting(Org::name, Org::parent).containsExactly("Other Brand", Optional.empty());
    }

    @Test
    void the_parent_of_the_callers_org_is_another_orgs() {
        assertRefused(service.register(CHILD, Org.root(PARENT, "Renamed by the child", PARIS, false)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG));
    }

    @Test
    void a_new_org_without_parent_is_refused_because_it_would_belong_to_nobody() {
        assertRefused(service.register(PARENT, Org.root(OrgId.of(202), "Orphan", PARIS, false)),
                Refusal.INVALID, tuple("parentOrgId", FieldProblem.REQUIRED));
        assertThat(found(registry -> registry.orgs().find(OrgId.of(202)))).isEmpty();
    }

    @Test
    void a_new_org_under_another_parent_is_refused() {
        assertRefused(service.register(PARENT, Org.childOf(STRANGER, OrgId.of(203), "Theirs", PARIS, false)),
                Refusal.FORBIDDEN, tuple("parentOrgId", FieldProblem.NOT_ALLOWED));
    }

    @Test
    void a_child_needs_its_callers_org_registered_first() {
        var unregistered = OrgId.of(4712);
        assertRefused(service.register(unregistered, Org.childOf(unregistered, OrgId.of(4713), "Early", PARIS, false)),
                Refusal.NOT_FOUND, tuple("parentOrgId", FieldProblem.NOT_FOUND));
    }

    @Test
    void a_store_that_cannot_answer_is_unavailable() {
        ledger.becomeUnavailable();
        assertThat(service.register(PARENT, Org.root(PARENT, "Any", PARIS, false)))
                .isInstanceOf(io.ledgerlens.application.port.in.RegistrationOutcome.Unavailable.class);
    }
}
