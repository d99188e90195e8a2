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
import io.ledgerlens.application.fake.InMemoryAuditLog;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.audit.AuditOutcome;
import io.ledgerlens.domain.audit.AuditRecord;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManageOrgTreeServiceTest extends RegistrationServicesFixture {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ManageOrgTreeService operator = new ManageOrgTreeService(ledger, audit, Clock.systemUTC());

    @Test
    void the_operator_creates_a_root_and_a_child_of_it() {
        var brand = OrgId.of(4801);
        var outlet = OrgId.of(4802);
        assertSaved(operator.create(Org.root(brand, "New brand", UTC, true)), true);
        assertSaved(operator.create(Org.childOf(brand, outlet, "Its outlet", UTC, false)), true);
        assertThat(ledger.connectionsOf(brand).children()).containsExactly(outlet);
        assertThat(operator.list()).extracting(Org::id).contains(brand, outlet, PARENT, CHILD, STRANGER);
    }

    @Test
    void every_change_of_the_tree_done_or_refused_is_written_to_the_audit_log_as_the_operators() {
        operator.create(Org.root(OrgId.of(4805), "Audited", UTC, false));
        operator.connect(PARENT, OrgId.of(4805));
        operator.connect(STRANGER, CHILD);
        operator.disconnect(PARENT, OrgId.of(4805));
        assertThat(audit.all()).extracting(AuditRecord::action, AuditRecord::outcome, AuditRecord::target).containsExactly(
                tuple(AuditAction.ORG_CREATED, AuditOutcome.DONE, "org 4805 as a root"),
                tuple(AuditAction.ORG_CONNECTED, AuditOutcome.DONE, "org 4805 to parent org 100"),
                tuple(AuditAction.ORG_CONNECTED, AuditOutcome.REFUSED, "org 200 to parent org 300"),
                tuple(AuditAction.ORG_DISCONNECTED, AuditOutcome.DONE, "org 4805 from parent org 100"));
        assertThat(audit.all()).extracting(AuditRecord::actor).containsOnly(AuditActor.operator());
        assertThat(audit.all().get(2).detail()).startsWith("ALREADY_CONNECTED: org 200 is connected to org 100 already");
    }

    @Test
    void an_org_id_is_created_once() {
        assertRefused(operator.create(Org.root(STRANGER, "Again", UTC, false)), Refusal.CONFLICT, tuple("orgId", FieldProblem.TAKEN));
        assertThat(ledger.registeredOrg(STRANGER)).get().extracting(Org::name).isEqualTo("Other Brand");
    }

    @Test
    void a_child_of_an_unregistered_parent_is_not_created() {
        assertRefused(operator.create(Org.childOf(UNKNOWN, OrgId.of(4803), "Orphan", UTC, false)), Refusal.NOT_FOUND,
                tuple("parentOrgId", FieldProblem.NOT_FOUND));
        assertThat(ledger.registeredOrg(OrgId.of(4803))).isEmpty();
    }

    @Test
    void the_operator_connects_a_root_as_a_child_and_disconnects_it_again() {
        assertSaved(operator.connect(PARENT, STRANGER), true);
        assertThat(ledger.connectionsOf(PARENT).children()).contains(STRANGER);
        assertThat(ledger.connectionsOf(STRANGER).parent()).contains(PARENT);

        assertSaved(operator.disconnect(PARENT, STRANGER), false);
        assertThat(ledger.connectionsOf(PARENT).children()).doesNotContain(STRANGER);
        assertThat(ledger.connectionsOf(STRANGER).parent()).isEmpty();
    }

    @Test
    void connecting_a_child_again_changes_nothing() {
        assertSaved(operator.connect(PARENT, CHILD), false);
    }

    @Test
    void an_org_cannot_be_its_own_child() {
        assertRefused(operator.connect(PARENT, PARENT), Refusal.INVALID, tuple("childOrgId", FieldProblem.INVALID));
    }

    @Test
    void an_org_with_another_parent_is_not_taken_from_it() {
        assertRefused(operator.connect(STRANGER, CHILD), Refusal.CONFLICT, tuple("childOrgId", FieldProblem.ALREADY_CONNECTED));
        assertThat(ledger.connectionsOf(CHILD).parent()).contains(PARENT);
    }

    @Test
    void an_ancestor_cannot_become_a_child_of_its_descendant() {
        assertRefused(operator.connect(CHILD, PARENT), Refusal.CONFLICT, tuple("childOrgId", FieldProblem.CYCLE));
        var grandchild = OrgId.of(250);
        assertSaved(operator.create(Org.childOf(CHILD, grandchild, "Kiosk", UTC, false)), true);
        assertRefused(operator.connect(grandchild, PARENT), Refusal.CONFLICT, tuple("childOrgId", FieldProblem.CYCLE));
        assertThat(ledger.connectionsOf(PARENT).parent()).isEqualTo(Optional.empty());
    }

    @Test
    void only_an_orgs_own_parent_disconnects_it() {
        assertRefused(operator.disconnect(STRANGER, CHILD), Refusal.CONFLICT, tuple("childOrgId", FieldProblem.NOT_CONNECTED));
        assertThat(ledger.connectionsOf(CHILD).parent()).contains(PARENT);
    }

    @Test
    void an_unregistered_child_or_parent_is_not_found() {
        assertRefused(operator.connect(PARENT, UNKNOWN), Refusal.NOT_FOUND, tuple("childOrgId", FieldProblem.NOT_FOUND));
        assertRefused(operator.connect(UNKNOWN, STRANGER), Refusal.NOT_FOUND, tuple("orgId", FieldProblem.NOT_FOUND));
        assertRefused(operator.disconnect(UNKNOWN, CHILD), Refusal.NOT_FOUND, tuple("orgId", FieldProblem.NOT_FOUND));
    }

    @Test
    void a_store_that_cannot_answer_is_unavailable() {
        ledger.becomeUnavailable();
        assertThat(operator.connect(PARENT, STRANGER)).isInstanceOf(RegistrationOutcome.Unavailable.class);
        assertThat(operator.create(Org.root(OrgId.of(4804), "Any", UTC, false))).isInstanceOf(RegistrationOutcome.Unavailable.class);
    }
}
