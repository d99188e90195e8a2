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

/** What every implementation of {@code OrgRepository} must do. */
public abstract class OrgRepositoryContract extends RegistrySuite {

    private static List<Object> fieldsOf(Org org) {
        return List.of(org.id(), org.name(), org.parent(), org.settings());
    }

    private Optional<Org> find(OrgId org) {
        return read(registry -> registry.orgs().find(org));
    }

    private List<OrgId> ancestorsOf(OrgId org) {
        return read(registry -> registry.orgs().ancestorsOf(org));
    }

    @Test
    void an_unregistered_org_is_not_found() {
        var org = anOrgId();
        assertThat(find(org)).isEmpty();
    }

    @Test
    void a_saved_org_is_found_with_its_name_parent_and_settings() {
        var parent = aRegisteredOrg();
        var child = Org.childOf(parent, anOrgId(), "Outlet – Nord", ZoneId.of("Asia/Kolkata"), true);
        write(registry -> registry.orgs().save(child));
        assertThat(find(child.id())).get().extracting(OrgRepositoryContract::fieldsOf)
                .isEqualTo(fieldsOf(child));
    }

    @Test
    void saving_an_org_again_replaces_its_name_parent_and_settings() {
        var parent = aRegisteredOrg();
        var id = anOrgId();
        write(registry -> registry.orgs().save(Org.root(id, "Before", ZoneId.of("UTC"), false)));
        var after = Org.childOf(parent, id, "After", ZoneId.of("Europe/Paris"), true);
        write(registry -> registry.orgs().save(after));
        assertThat(find(id)).get().extracting(OrgRepositoryContract::fieldsOf)
                .isEqualTo(fieldsOf(after));
    }

    @Test
    void ancestors_are_the_parent_then_its_parent_and_so_on() {
        var top = aRegisteredOrg();
        var middle = anOrgId();
        var bottom = anOrgId();
        write(registry -> {
            registry.orgs().save(Org.childOf(top, middle, "Middle", ZoneId.of("UTC"), false));
            registry.orgs().save(Org.childOf(middle, bottom, "Bottom", ZoneId.of("UTC"), false));
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
    void a_saved_org_is_what_explode_reads() {
        var parent = aRegisteredOrg();
        var child = anOrgId();
        write(registry -> registry.orgs().save(Org.childOf(parent, child, "Child", ZoneId.of("Asia/Tokyo"), true)));
        assertThat(ports.orgs().settingsOf(List.of(child))).containsExactly(new OrgSettings(child, ZoneId.of("Asia/Tokyo"), true));
        assertThat(ports.orgs().connectionsOf(parent)).isEqualTo(new OrgConnections(parent, Optional.empty(), Set.of(child)));
        assertThat(ports.orgs().connectionsOf(child)).isEqualTo(new OrgConnections(child, Optional.of(parent), Set.of()));
    }

    @Test
    void connecting_a_saved_root_makes_it_a_child() {
        var parent = aRegisteredOrg();
        var root = aRegisteredOrg();
        write(registry -> registry.orgs().save(registry.orgs().find(root).orElseThrow().connectedTo(parent)));
        assertThat(find(root)).get().extracting(Org::parent).isEqualTo(Optional.of(parent));
        assertThat(ancestorsOf(root)).containsExactly(parent);
    }
}
