package io.ledgerlens.domain.org;

import static io.ledgerlens.domain.testdata.ContractMessages.CONNECTED_ORGS_NOT_SET;
import static io.ledgerlens.domain.testdata.OrgConnectionsBuilder.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ledgerlens.domain.explode.ErrorCode;
import io.ledgerlens.domain.explode.Problem;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Connected orgs (§3): org 20 is a child of 10 and the parent of 30 and 31;
 * 21 is its sibling (another child of 10), 99 an org it has no tie to.
 */
class OrgScopeTest {

    private static final OrgConnections MIDDLE = org(20).childOf(10).parentOf(30, 31).build();
    private static final OrgId CALLER = OrgId.of(20);

    private static Validation<Problem, OrgScope> onV21(String scope, String orgs) {
        return OrgScope.resolve(ApiVersion.V2_1, DataScopeHeaders.of(scope, orgs), MIDDLE);
    }

    private static List<Long> targetsOf(Validation<Problem, OrgScope> resolved) {
        assertThat(resolved.isValid()).as("refused with %s", resolved.isInvalid() ? resolved.getError() : null).isTrue();
        assertThat(resolved.get().caller()).isEqualTo(CALLER);
        return resolved.get().targets().stream().map(OrgId::value).toList();
    }

    private static void assertRefusedWith310144(Validation<Problem, OrgScope> resolved) {
        assertThat(resolved.isInvalid()).as("should be refused, was %s", resolved.isValid() ? resolved.get() : null)
                .isTrue();
        assertThat(resolved.getError().code()).isEqualTo(ErrorCode.CONNECTED_ORGS_NOT_SET);
        assertThat(resolved.getError().code().wireCode()).isEqualTo(310144);
        assertThat(resolved.getError().message()).isEqualTo(CONNECTED_ORGS_NOT_SET);
    }

    @Test
    void v2_ignores_the_scope_headers_and_reads_the_callers_org() {
        var resolved = OrgScope.resolve(ApiVersion.V2, DataScopeHeaders.of("OTHER", "99,98,97"), MIDDLE);

        assertThat(targetsOf(resolved)).containsExactly(20L);
    }

    @Test
    void v2_ignores_even_a_scope_value_that_means_nothing() {
        assertThat(targetsOf(OrgScope.resolve(ApiVersion.V2, DataScopeHeaders.of("EVERYTHING", null), MIDDLE)))
                .containsExactly(20L);
    }

    @Test
    void without_a_scope_header_v21_reads_the_callers_org() {
        assertThat(targetsOf(OrgScope.resolve(ApiVersion.V2_1, DataScopeHeaders.none(), MIDDLE))).containsExactly(20L);
    }

    @Test
    void self_reads_the_callers_org_and_ignores_the_org_header() {
        assertThat(targetsOf(onV21("SELF", "10,30"))).containsExactly(20L);
        assertThat(targetsOf(onV21("SELF", "not even a number"))).containsExactly(20L);
    }

    @Test
    void other_with_one_connected_org_reads_that_org() {
        assertThat(targetsOf(onV21("OTHER", "10"))).containsExactly(10L);
    }

    @Test
    void other_with_two_connected_orgs_reads_both_in_header_order() {
        assertThat(targetsOf(onV21("OTHER", "31, 10"))).containsExactly(31L, 10L);
    }

    @Test
    void other_may_list_the_callers_own_org() {
        assertThat(targetsOf(onV21("OTHER", "20,30"))).containsExactly(20L, 30L);
    }

    @Test
    void other_listing_an_org_twice_reads_it_once() {
        assertThat(targetsOf(onV21("OTHER", "30,30"))).containsExactly(30L);
    }

    @Test
    void other_without_the_org_header_is_refused_with_310144() {
        assertRefusedWith310144(onV21("OTHER", null));
    }

    @Test
    void other_with_a_blank_org_header_is_refused_with_310144() {
        assertRefusedWith310144(onV21("OTHER", " "));
    }

    @Test
    void other_with_three_orgs_is_refused_with_310144_even_if_all_are_connected() {
        assertRefusedWith310144(onV21("OTHER", "10,30,31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "10,x", "10,", "-10", "0", "1.0", "10;30", "99999999999999999999"})
    void other_with_an_org_id_that_is_not_a_positive_integer_is_refused_with_310144(String orgs) {
        assertRefusedWith310144(onV21("OTHER", orgs));
    }

    @Test
    void other_with_an_unknown_or_unconnected_org_is_refused_with_310144() {
        assertRefusedWith310144(onV21("OTHER", "99"));
        assertRefusedWith310144(onV21("OTHER", "10,99"));
    }

    @Test
    void other_with_a_sibling_is_refused_with_310144_since_siblings_are_not_connected() {
        assertRefusedWith310144(onV21("OTHER", "21"));
    }

    @Test
    void other_with_a_grandchild_is_refused_with_310144() {
        var grandparent = org(10).parentOf(20, 21).build();

        assertRefusedWith310144(OrgScope.resolve(ApiVersion.V2_1, DataScopeHeaders.of("OTHER", "30"), grandparent));
    }

    @Test
    void all_reads_the_caller_its_parent_and_its_children() {
        assertThat(targetsOf(onV21("ALL", null))).containsExactlyInAnyOrder(10L, 20L, 30L, 31L);
    }

    @Test
    void all_ignores_the_org_header() {
        assertThat(targetsOf(onV21("ALL", "99"))).containsExactlyInAnyOrder(10L, 20L, 30L, 31L);
    }

    @Test
    void all_from_an_org_without_connections_reads_the_callers_org() {
        var alone = OrgConnections.isolated(CALLER);

        assertThat(targetsOf(OrgScope.resolve(ApiVersion.V2_1, DataScopeHeaders.of("ALL", null), alone)))
                .containsExactly(20L);
    }

    @Test
    void all_from_a_parent_of_three_children_is_refused_with_310144() {
        var bigParent = org(20).parentOf(30, 31, 32).build();

        assertRefusedWith310144(OrgScope.resolve(ApiVersion.V2_1, DataScopeHeaders.of("ALL", null), bigParent));
    }

    @Test
    void a_parent_of_three_children_may_still_name_two_of_them() {
        var bigParent = org(20).parentOf(30, 31, 32).build();

        assertThat(targetsOf(OrgScope.resolve(ApiVersion.V2_1, DataScopeHeaders.of("OTHER", "30,32"), bigParent)))
                .containsExactly(30L, 32L);
    }

    @Test
    void a_child_of_a_parent_with_three_children_may_use_all() {
        var child = org(20).childOf(10).build();

        assertThat(targetsOf(OrgScope.resolve(ApiVersion.V2_1, DataScopeHeaders.of("ALL", null), child)))
                .containsExactlyInAnyOrder(10L, 20L);
    }

    @Test
    void header_values_are_case_insensitive() {
        assertThat(targetsOf(onV21("other", "10"))).containsExactly(10L);
        assertThat(targetsOf(onV21(" Self ", "10"))).containsExactly(20L);
        assertThat(targetsOf(onV21("all", null))).containsExactlyInAnyOrder(10L, 20L, 30L, 31L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EVERYTHING", "OTHERS", "SELF,ALL", "PARENT"})
    void an_unknown_scope_value_is_refused_with_310144(String scope) {
        assertRefusedWith310144(onV21(scope, "10"));
    }

    @Test
    void a_scope_includes_only_its_targets() {
        var scope = onV21("OTHER", "10,30").get();

        assertThat(scope.includes(OrgId.of(10))).isTrue();
        assertThat(scope.includes(OrgId.of(30))).isTrue();
        assertThat(scope.includes(CALLER)).isFalse();
    }

    @Test
    void a_scope_targets_at_least_one_org() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrgScope(CALLER, List.of()))
                .withMessage("a scope targets at least one org");
    }
}
