package io.ledgerlens.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every implementation of {@code RecordLedgerPort} must do (reading back is in the load contract). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RecordLedgerPortContract {

    private LedgerPorts ports;

    protected abstract LedgerPorts freshLedger();

    @BeforeAll
    void openTheLedger() {
        ports = freshLedger();
    }

    @Test
    void event_log_ids_are_never_handed_out_twice() {
        var ids = IntStream.range(0, 50).mapToObj(i -> ports.recorder().nextEventLogId()).toList();
        assertThat(new HashSet<>(ids)).hasSize(50);
        assertThat(ids).allMatch(id -> id.value() > 0);
    }

    @Test
    void an_org_saved_again_keeps_its_latest_settings() {
        var org = OrgId.of(4242);
        ports.recorder().save(Org.root(org, "Before", ZoneId.of("UTC"), false));
        ports.recorder().save(Org.root(org, "After", ZoneId.of("Europe/Paris"), true));
        assertThat(ports.orgs().settingsOf(List.of(org)))
                .containsExactly(new OrgSettings(org, ZoneId.of("Europe/Paris"), true));
    }

    @Test
    void a_group_saved_again_has_only_its_latest_members() {
        var org = OrgId.of(4343);
        ports.recorder().save(Org.root(org, "Groups", ZoneId.of("UTC"), false));
        var first = CustomerId.of(434301);
        var second = CustomerId.of(434302);
        for (var customer : List.of(first, second)) {
            ports.recorder().save(Customer.register(customer, org, "", "", List.of()));
        }
        var group = UserGroupId.of(434399);
        ports.recorder().save(UserGroup.form(group, org, "G-1", "", first, List.of(first, second)));
        ports.recorder().save(UserGroup.form(group, org, "G-1", "", second, List.of(second)));
        var found = ports.subjects().findUserGroups(List.of(org),
                new SubjectIdentifier(IdentifierName.ID, "434399", Source.ALL, Optional.empty()));
        assertThat(found).singleElement().satisfies(g -> {
            assertThat(g.primaryMember()).isEqualTo(second);
            assertThat(g.members()).containsExactly(second);
        });
    }
}
