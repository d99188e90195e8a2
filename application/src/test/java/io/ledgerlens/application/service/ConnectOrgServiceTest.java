package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static io.ledgerlens.application.contract.LedgerWorld.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.application.port.in.RegistrationOutcome;
import io.ledgerlens.application.port.in.RegistrationOutcome.Refusal;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectOrgServiceTest extends RegistrationServicesFixture {

    private final ConnectOrgService service = new ConnectOrgService(ledger);

    @Test
    void the_caller_connects_an_org_without_parent_as_its_child() {
        assertSaved(service.connect(PARENT, PARENT, STRANGER), true);
        assertThat(ledger.connectionsOf(PARENT).children()).contains(STRANGER);
        assertThat(ledger.connectionsOf(STRANGER).parent()).contains(PARENT);
    }

    @Test
    void connecting_a_child_again_changes_nothing() {
        assertSaved(service.connect(PARENT, PARENT, CHILD), false);
    }

    @Test
    void only_the_caller_connects_children_to_itself() {
        assertRefused(service.connect(STRANGER, PARENT, STRANGER), Refusal.FORBIDDEN, tuple("orgId", FieldProblem.NOT_ALLOWED));
        assertThat(ledger.connectionsOf(STRANGER).parent()).isEmpty();
    }

    @Test
    void an_org_cannot_be_its_own_child() {
        assertRefused(service.connect(PARENT, PARENT, PARENT), Refusal.INVALID, tuple("childOrgId", FieldProblem.INVALID));
    }

    @Test
    void an_org_with_another_parent_is_not_taken_from_it() {
        assertRefused(service.connect(STRANGER, STRANGER, CHILD), Refusal.CONFLICT,
                tuple("childOrgId", FieldProblem.ALREADY_CONNECTED));
        assertThat(ledger.connectionsOf(CHILD).parent()).contains(PARENT);
    }

    @Test
    void an_ancestor_of_the_caller_cannot_become_its_child() {
        assertRefused(service.connect(CHILD, CHILD, PARENT), Refusal.CONFLICT, tuple("childOrgId", FieldProblem.CYCLE));
        var grandchild = OrgId.of(250);
        ledger.inOrgTree(registry -> {
            registry.orgs().save(Org.childOf(CHILD, grandchild, "Kiosk", ZoneId.of("UTC"), false));
            return null;
        });
        assertRefused(service.connect(grandchild, grandchild, PARENT), Refusal.CONFLICT, tuple("childOrgId", FieldProblem.CYCLE));
        assertThat(ledger.connectionsOf(PARENT).parent()).isEqualTo(Optional.empty());
    }

    @Test
    void an_unregistered_child_or_parent_is_not_found() {
        assertRefused(service.connect(PARENT, PARENT, UNKNOWN), Refusal.NOT_FOUND, tuple("childOrgId", FieldProblem.NOT_FOUND));
        var unregistered = OrgId.of(4714);
        assertRefused(service.connect(unregistered, unregistered, STRANGER), Refusal.NOT_FOUND,
                tuple("orgId", FieldProblem.NOT_FOUND));
    }

    @Test
    void a_store_that_cannot_answer_is_unavailable() {
        ledger.becomeUnavailable();
        assertThat(service.connect(PARENT, PARENT, STRANGER)).isInstanceOf(RegistrationOutcome.Unavailable.class);
    }
}
