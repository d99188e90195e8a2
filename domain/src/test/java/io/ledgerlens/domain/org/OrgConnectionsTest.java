package io.ledgerlens.domain.org;

import static io.ledgerlens.domain.testdata.OrgConnectionsBuilder.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Parent and child are connected; siblings and grandparents are not (§3, ours). */
class OrgConnectionsTest {

    private final OrgConnections middle = org(20).childOf(10).parentOf(30, 31).build();

    @Test
    void an_org_is_connected_to_its_parent_and_to_its_children() {
        assertThat(middle.isSelfOrConnected(OrgId.of(10))).isTrue();
        assertThat(middle.isSelfOrConnected(OrgId.of(30))).isTrue();
        assertThat(middle.isSelfOrConnected(OrgId.of(31))).isTrue();
    }

    @Test
    void an_org_may_always_read_itself() {
        assertThat(middle.isSelfOrConnected(OrgId.of(20))).isTrue();
    }

    @Test
    void an_org_is_not_connected_to_a_sibling_or_a_stranger() {
        assertThat(org(30).childOf(20).build().isSelfOrConnected(OrgId.of(31))).isFalse();
        assertThat(middle.isSelfOrConnected(OrgId.of(99))).isFalse();
    }

    @Test
    void an_isolated_org_is_connected_to_no_one() {
        var alone = OrgConnections.isolated(OrgId.of(20));

        assertThat(alone.selfAndConnected()).containsExactly(OrgId.of(20));
        assertThat(alone.isSelfOrConnected(OrgId.of(10))).isFalse();
    }

    @Test
    void self_and_connected_holds_every_org_once() {
        assertThat(middle.selfAndConnected())
                .containsExactlyInAnyOrder(OrgId.of(10), OrgId.of(20), OrgId.of(30), OrgId.of(31));
    }

    @Test
    void org_ids_are_positive() {
        assertThatIllegalArgumentException().isThrownBy(() -> OrgId.of(0)).withMessage("org id must be positive, was 0");
    }

    @Test
    void an_org_cannot_be_its_own_parent() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Org.childOf(OrgId.of(20), OrgId.of(20), "Acme", ZoneId.of("Asia/Kolkata"), true))
                .withMessage("an org cannot be its own parent: 20");
    }

    @Test
    void a_child_org_knows_its_parent_and_a_root_org_has_none() {
        var zone = ZoneId.of("Asia/Kolkata");

        assertThat(Org.childOf(OrgId.of(10), OrgId.of(20), "Acme South", zone, false).parent()).contains(OrgId.of(10));
        assertThat(Org.root(OrgId.of(10), "Acme", zone, true).parent()).isEmpty();
        assertThat(Org.root(OrgId.of(10), "Acme", zone, true).settings())
                .isEqualTo(new OrgSettings(OrgId.of(10), zone, true));
    }
}
