package io.ledgerlens.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgConnections;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@code OrgTreeRepository} (the operator's org tree) and {@code OrgRepository} (an
 * org's own settings, in a registration in that org) must do.
 */
public abstract class OrgRepositoryContract extends RegistrySuite {

    private static List<Object> fieldsOf(Org org) {
        return List.of(org.id(), org.name(), org.parent(), org.settings());
    }

    private Optional<Org> find(OrgId org) {
        return read(orgs -> orgs.find(org));
    }

    private List<OrgId> ancestorsOf(OrgId org) {
        return read(orgs -> orgs.ancestorsOf(org));
    }

    @Test
    void an_unregistered_org_is_not_found() {
        var org = anOrgId();
        assertThat(find(org)).isEmpty();
        assertThat(this.<Optional<Org>>in(org, registry -> registry.orgs().find(org))).isEmpty();
    }

    @Test
    void an_added_org_is_found_with_its_name_parent_and_settings() {
        var parent = aRegisteredOrg();
        var child = Org.childOf(parent, anOrgId(), "Outlet – Nord", ZoneId.of("Asia/Kolkata"), true);
        write(orgs -> orgs.add(child));
        assertThat(find(child.id())).get().extracting(OrgRepositoryContract::fieldsOf).isEqualTo(fieldsOf(child));
        assertThat(this.<Optional<Org>>in(child.id(), registry -> registry.orgs().find(child.id()))).get()
                .extracting(OrgRepositoryContract::fieldsOf).isEqualTo(fieldsOf(child));
    }

    @Test
    void every_org_is_listed_by_id() {
        var first = aRegisteredOrg();
        var second = aRegisteredOrg();
        var ids = read(orgs -> orgs.all()).stream().map(org -> org.id().value()).toList();
        assertThat(ids).contains(first.value(), second.value()).isSorted();
    }

    @Test
    void an_org_changes_its_name_time_zone_and_capturing_but_keeps_its_parent() {
        var parent = aRegisteredOrg();
        var id = anOrgId();
        write(orgs -> orgs.add(Org.childOf(parent, id, "Before", ZoneId.of("UTC"), false)));
        writeIn(id, registry -> registry.orgs().changeSettings(Org.root(id, "After", ZoneId.of("Europe/Paris"), true)));
        assertThat(find(id)).get().extracting(OrgRepositoryContract::fieldsOf)
                .isEqualTo(fieldsOf(Org.childOf(parent, id, "After", ZoneId.of("Europe/Paris"), true)));
    }

    @Test
    void ancestors_are_the_parent_then_its_parent_and_so_on() {
        var top = aRegisteredOrg();
        var middle = anOrgId();
        var bottom = anOrgId();
        write(orgs -> {
            orgs.add(Org.childOf(top, middle, "Middle", ZoneId.of("UTC"), false));
            orgs.add(Org.childOf(middle, bottom, "Bottom", ZoneId.of("UTC"), false));
        });
        assertThat(ancestorsOf(bottom)).containsExactly(middle, top);
        assertThat(ancestorsOf(middle)).containsExactly(top);
    }

    @Test
    void a_root_and_an_unknown_org_have_no_ancestors() {
        var root = aRegisteredOrg();
        var unknown = anOrgId();
        assertThat(ancestorsOf(root)).isEmpty();
        assertThat(ancestorsOf(unknown)).isEmpty();
    }

    @Test
    void an_added_org_is_what_explode_reads() {
        var parent = aRegisteredOrg();
        var child = anOrgId();
        write(orgs -> orgs.add(Org.childOf(parent, child, "Child", ZoneId.of("Asia/Tokyo"), true)));
        assertThat(ports.orgs().settingsOf(List.of(child))).containsExactly(new OrgSettings(child, ZoneId.of("Asia/Tokyo"), true));
        assertThat(ports.orgs().connectionsOf(parent)).isEqualTo(new OrgConnections(parent, Optional.empty(), Set.of(child)));
        assertThat(ports.orgs().connectionsOf(child)).isEqualTo(new OrgConnections(child, Optional.of(parent), Set.of()));
    }

    @Test
    void moving_a_root_under_a_parent_makes_it_a_child_and_moving_it_out_a_root_again() {
        var parent = aRegisteredOrg();
        var root = aRegisteredOrg();
        write(orgs -> orgs.moveInTree(orgs.find(root).orElseThrow().connectedTo(parent)));
        assertThat(find(root)).get().extracting(Org::parent).isEqualTo(Optional.of(parent));
        assertThat(ancestorsOf(root)).containsExactly(parent);

        write(orgs -> orgs.moveInTree(orgs.find(root).orElseThrow().disconnected()));
        assertThat(find(root)).get().extracting(Org::parent).isEqualTo(Optional.empty());
        assertThat(ports.orgs().connectionsOf(parent)).isEqualTo(OrgConnections.isolated(parent));
    }
}
