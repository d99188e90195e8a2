package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.KOLKATA;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.application.port.in.RegistrationOutcome;
import io.ledgerlens.application.port.in.RegistrationOutcome.Refusal;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeOrgSettingsServiceTest extends RegistrationServicesFixture {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final ChangeOrgSettingsService service = new ChangeOrgSettingsService(ledger);

    private List<Org> everyOrg() {
        return ledger.registeredOrgs();
    }

    @Test
    void an_admin_renames_and_rezones_its_own_org() {
        assertSaved(service.change(PARENT, Org.root(PARENT, "Fashion Retail Ltd", PARIS, false)), false);
        assertThat(ledger.settingsOf(List.of(PARENT))).containsExactly(new OrgSettings(PARENT, PARIS, false));
        assertThat(found(registry -> registry.orgs().find(PARENT))).get().extracting(Org::name).isEqualTo("Fashion Retail Ltd");
    }

    @Test
    void a_child_changes_its_settings_and_keeps_its_parent() {
        assertSaved(service.change(CHILD, Org.childOf(PARENT, CHILD, "Outlet renamed", PARIS, true)), false);
        assertThat(found(registry -> registry.orgs().find(CHILD))).get()
                .extracting(Org::name, Org::parent).containsExactly("Outlet renamed", Optional.of(PARENT));
    }

    @Test
    void a_child_cannot_leave_its_parent_by_saying_it_is_a_root() {
        assertRefused(service.change(CHILD, Org.root(CHILD, "Fashion Outlet", KOLKATA, false)),
                Refusal.FORBIDDEN, tuple("parentOrgId", FieldProblem.NOT_ALLOWED));
        assertThat(ledger.connectionsOf(CHILD).parent()).contains(PARENT);
    }

    @Test
    void an_admin_cannot_annex_another_tenant_by_naming_itself_its_parent() {
        var before = everyOrg();
        assertRefused(service.change(PARENT, Org.childOf(PARENT, STRANGER, "Taken over", PARIS, false)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG));
        assertThat(everyOrg()).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
    }

    @Test
    void an_admin_cannot_claim_an_org_id_nobody_registered() {
        assertRefused(service.change(PARENT, Org.childOf(PARENT, OrgId.of(999001), "Claimed", PARIS, false)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG));
        assertThat(ledger.registeredOrg(OrgId.of(999001))).isEmpty();
    }

    @Test
    void a_parent_cannot_change_its_childs_settings_any_more() {
        assertRefused(service.change(PARENT, Org.childOf(PARENT, CHILD, "Renamed by the parent", KOLKATA, true)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG));
        assertThat(found(registry -> registry.orgs().find(CHILD))).get().extracting(Org::name).isEqualTo("Fashion Outlet");
    }

    @Test
    void a_child_cannot_change_its_parents_settings() {
        assertRefused(service.change(CHILD, Org.root(PARENT, "Renamed by the child", PARIS, false)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.OTHER_ORG));
    }

    @Test
    void an_admin_cannot_give_its_own_org_a_parent() {
        assertRefused(service.change(STRANGER, Org.childOf(PARENT, STRANGER, "Other Brand", PARIS, true)),
                Refusal.FORBIDDEN, tuple("parentOrgId", FieldProblem.NOT_ALLOWED));
        assertThat(ledger.connectionsOf(STRANGER).parent()).isEmpty();
    }

    @Test
    void a_child_cannot_move_itself_to_another_parent() {
        assertRefused(service.change(CHILD, Org.childOf(STRANGER, CHILD, "Fashion Outlet", KOLKATA, false)),
                Refusal.FORBIDDEN, tuple("parentOrgId", FieldProblem.NOT_ALLOWED));
        assertThat(ledger.connectionsOf(CHILD).parent()).contains(PARENT);
    }

    @Test
    void an_admin_whose_org_is_not_registered_cannot_create_it() {
        var unregistered = OrgId.of(4712);
        assertRefused(service.change(unregistered, Org.root(unregistered, "Early", PARIS, false)),
                Refusal.FORBIDDEN, tuple("orgId", FieldProblem.NOT_ALLOWED));
        assertThat(ledger.registeredOrg(unregistered)).isEmpty();
    }

    @Test
    void a_store_that_cannot_answer_is_unavailable() {
        ledger.becomeUnavailable();
        assertThat(service.change(PARENT, Org.root(PARENT, "Any", PARIS, false)))
                .isInstanceOf(RegistrationOutcome.Unavailable.class);
    }
}
