package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.KOLKATA;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome.Refusal;
import io.ledgerlens.application.fake.InMemoryAuditLog;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.Caller;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.audit.AuditOutcome;
import io.ledgerlens.domain.audit.AuditRecord;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeOrgSettingsServiceTest extends RegistrationServicesFixture {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ChangeOrgSettingsService service = new ChangeOrgSettingsService(ledger, audit, Clock.systemUTC());

    private static Caller adminOf(OrgId org) {
        return new Caller(org, CredentialId.of(org.value() + 1), Set.of(AccessRight.ORG_ADMIN));
    }

    private List<Org> everyOrg() {
        return ledger.registeredOrgs();
    }

    @Test
    void an_admin_renames_and_rezones_its_own_org() {
        assertSaved(service.change(adminOf(PARENT), Org.root(PARENT, "Fashion Retail Ltd", PARIS, false)), false);
        assertThat(ledger.settingsOf(List.of(PARENT))).containsExactly(new OrgSettings(PARENT, PARIS, false));
        assertThat(found(registry -> registry.orgs().find(PARENT))).get().extracting(Org::name).isEqualTo("Fashion Retail Ltd");
    }

    @Test
    void a_child_changes_its_settings_and_keeps_its_parent() {
        assertSaved(service.change(adminOf(CHILD), Org.childOf(PARENT, CHILD, "Outlet renamed", PARIS, true)), false);
        assertThat(found(registry -> registry.orgs().find(CHILD))).get()
                .extracting(Org::name, Org::parent).containsExactly("Outlet renamed", Optional.of(PARENT));
    }

    @Test
    void a_child_cannot_leave_its_parent_by_saying_it_is_a_root() {
        assertRefused(service.change(adminOf(CHILD), Org.root(CHILD, "Fashion Outlet", KOLKATA, false)),
                Refusal.FORBIDDEN, tuple("parentOrgId", FieldProblem.NOT_ALLOWED));
        assertThat(ledger.connectionsOf(CHILD).parent()).contains(PARENT);
    }

    @Test
    void an_admin_cannot_annex_another_tenant_by_naming_itself_its_parent() {
        var before = everyOrg();
        assertRefused(service.change(adminOf(PARENT), Org.childOf(PARENT, STRANGER, "Taken over", PARIS, false)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG));
        assertThat(everyOrg()).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
    }

    @Test
    void a_change_and_an_attempted_annexation_are_written_to_the_audit_log_with_who_asked() {
        service.change(adminOf(PARENT), Org.root(PARENT, "Fashion Retail Ltd", PARIS, false));
        service.change(adminOf(PARENT), Org.childOf(PARENT, STRANGER, "Taken over", PARIS, false));
        service.changeTree(adminOf(PARENT), PARENT, STRANGER, true);
        assertThat(audit.all()).extracting(AuditRecord::action, AuditRecord::outcome, AuditRecord::target).containsExactly(
                tuple(AuditAction.ORG_SETTINGS_CHANGED, AuditOutcome.DONE, "org 100"),
                tuple(AuditAction.ORG_TREE_CHANGE_REFUSED, AuditOutcome.REFUSED, "org 300"),
                tuple(AuditAction.ORG_TREE_CHANGE_REFUSED, AuditOutcome.REFUSED, "connect org 300 to org 100"));
        assertThat(audit.all()).allSatisfy(record -> {
            assertThat(record.actor()).isEqualTo(AuditActor.of(adminOf(PARENT)));
            assertThat(record.org()).contains(PARENT);
        });
        assertThat(audit.all().get(1).detail()).startsWith("OTHER_ORG: org 300 is not org 100");
    }

    @Test
    void asking_to_connect_or_disconnect_orgs_is_always_refused_and_changes_nothing() {
        var before = ledger.registeredOrgs();
        assertRefused(service.changeTree(adminOf(PARENT), PARENT, STRANGER, true), Refusal.FORBIDDEN,
                tuple("childOrgId", FieldProblem.NOT_ALLOWED));
        assertRefused(service.changeTree(adminOf(PARENT), PARENT, CHILD, false), Refusal.FORBIDDEN,
                tuple("childOrgId", FieldProblem.NOT_ALLOWED));
        assertThat(ledger.registeredOrgs()).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
    }

    @Test
    void a_refusal_stands_when_the_audit_log_cannot_take_it() {
        audit.becomeUnavailable();
        assertRefused(service.change(adminOf(PARENT), Org.childOf(PARENT, STRANGER, "Taken over", PARIS, false)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG));
        assertThat(service.change(adminOf(PARENT), Org.root(PARENT, "Renamed", PARIS, false)))
                .as("a change whose record cannot be written is answered as a store that did not answer: repeat it")
                .isInstanceOf(RegistrationOutcome.Unavailable.class);
    }

    @Test
    void an_admin_cannot_claim_an_org_id_nobody_registered() {
        assertRefused(service.change(adminOf(PARENT), Org.childOf(PARENT, OrgId.of(999001), "Claimed", PARIS, false)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG));
        assertThat(ledger.registeredOrg(OrgId.of(999001))).isEmpty();
    }

    @Test
    void a_parent_cannot_change_its_childs_settings_any_more() {
        assertRefused(service.change(adminOf(PARENT), Org.childOf(PARENT, CHILD, "Renamed by the parent", KOLKATA, true)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG));
        assertThat(found(registry -> registry.orgs().find(CHILD))).get().extracting(Org::name).isEqualTo("Fashion Outlet");
    }

    @Test
    void a_child_cannot_change_its_parents_settings() {
        assertRefused(service.change(adminOf(CHILD), Org.root(PARENT, "Renamed by the child", PARIS, false)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG));
    }

    @Test
    void an_admin_cannot_give_its_own_org_a_parent() {
        assertRefused(service.change(adminOf(STRANGER), Org.childOf(PARENT, STRANGER, "Other Brand", PARIS, true)),
                Refusal.FORBIDDEN, tuple("parentOrgId", FieldProblem.NOT_ALLOWED));
        assertThat(ledger.connectionsOf(STRANGER).parent()).isEmpty();
    }

    @Test
    void a_child_cannot_move_itself_to_another_parent() {
        assertRefused(service.change(adminOf(CHILD), Org.childOf(STRANGER, CHILD, "Fashion Outlet", KOLKATA, false)),
                Refusal.FORBIDDEN, tuple("parentOrgId", FieldProblem.NOT_ALLOWED));
        assertThat(ledger.connectionsOf(CHILD).parent()).contains(PARENT);
    }

    @Test
    void an_admin_whose_org_is_not_registered_cannot_create_it() {
        var unregistered = OrgId.of(4712);
        assertRefused(service.change(adminOf(unregistered), Org.root(unregistered, "Early", PARIS, false)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.NOT_ALLOWED));
        assertThat(ledger.registeredOrg(unregistered)).isEmpty();
    }

    @Test
    void a_store_that_cannot_answer_is_unavailable() {
        ledger.becomeUnavailable();
        assertThat(service.change(adminOf(PARENT), Org.root(PARENT, "Any", PARIS, false)))
                .isInstanceOf(RegistrationOutcome.Unavailable.class);
    }
}
