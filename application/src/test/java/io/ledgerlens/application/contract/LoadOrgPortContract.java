package io.ledgerlens.application.contract;

import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.KOLKATA;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static io.ledgerlens.application.contract.LedgerWorld.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.org.OrgConnections;
import io.ledgerlens.domain.org.OrgSettings;
import io.ledgerlens.domain.points.AlternateCurrency;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every implementation of {@code LoadOrgPort} must do. */
public abstract class LoadOrgPortContract extends RecordedWorldSuite {

    @Test
    void a_parent_is_connected_to_its_children() {
        assertThat(ports.orgs().connectionsOf(PARENT)).isEqualTo(new OrgConnections(PARENT, Optional.empty(), Set.of(CHILD)));
    }

    @Test
    void a_child_is_connected_to_its_parent() {
        assertThat(ports.orgs().connectionsOf(CHILD)).isEqualTo(new OrgConnections(CHILD, Optional.of(PARENT), Set.of()));
    }

    @Test
    void an_org_without_parent_or_children_is_connected_to_nobody() {
        assertThat(ports.orgs().connectionsOf(STRANGER)).isEqualTo(OrgConnections.isolated(STRANGER));
    }

    @Test
    void an_unknown_org_is_connected_to_nobody() {
        assertThat(ports.orgs().connectionsOf(UNKNOWN)).isEqualTo(OrgConnections.isolated(UNKNOWN));
    }

    @Test
    void settings_are_given_for_known_orgs_only() {
        assertThat(ports.orgs().settingsOf(List.of(CHILD, UNKNOWN, PARENT))).containsExactly(
                new OrgSettings(PARENT, KOLKATA, true),
                new OrgSettings(CHILD, KOLKATA, false));
    }

    @Test
    void settings_keep_the_org_time_zone() {
        assertThat(ports.orgs().settingsOf(List.of(STRANGER)))
                .containsExactly(new OrgSettings(STRANGER, ZoneId.of("UTC"), true));
    }

    @Test
    void alternate_currencies_are_those_the_orgs_award() {
        assertThat(ports.orgs().alternateCurrenciesOf(List.of(PARENT))).extracting(AlternateCurrency::name)
                .containsExactlyInAnyOrder("stars", "miles");
    }

    @Test
    void an_org_without_alternate_currencies_has_none() {
        assertThat(ports.orgs().alternateCurrenciesOf(List.of(CHILD, UNKNOWN))).isEmpty();
    }
}
