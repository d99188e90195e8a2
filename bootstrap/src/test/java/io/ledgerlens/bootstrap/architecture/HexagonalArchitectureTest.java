package io.ledgerlens.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The gate: the production classes of every module, checked against the rules of ARCHITECTURE.md.
 * Bootstrap is the only module that sees them all. {@link ArchitectureGateCanFailTest} proves that
 * each rule rejects a planted violation.
 */
@AnalyzeClasses(
        packages = LedgerLensArchitectureRules.ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class HexagonalArchitectureTest {

    @ArchTest
    static final ArchRule adapters_reach_the_application_only_through_its_ports =
            LedgerLensArchitectureRules.THE_HEXAGON_IS_ENTERED_ONLY_THROUGH_PORTS;

    @ArchTest
    static final ArchRule every_class_of_a_ring_carries_the_ring_stereotype =
            LedgerLensArchitectureRules.EVERY_RING_CARRIES_ITS_STEREOTYPE;

    @ArchTest
    static final ArchRule the_model_keeps_the_ddd_building_block_rules =
            LedgerLensArchitectureRules.THE_MODEL_KEEPS_THE_DDD_BUILDING_BLOCK_RULES;

    @ArchTest
    static final ArchRule the_model_declares_aggregates_each_with_an_identity =
            LedgerLensArchitectureRules.THE_MODEL_DECLARES_AGGREGATES_WITH_AN_IDENTITY;

    @ArchTest
    static final ArchRule adapters_name_their_feature_packages_after_the_in_ports_features =
            LedgerLensArchitectureRules.ADAPTER_FEATURES_MIRROR_THE_IN_PORTS;

    @ArchTest
    static final ArchRule out_port_implementations_are_named_technology_then_port =
            LedgerLensArchitectureRules.OUT_PORT_IMPLEMENTATIONS_ARE_NAMED_AFTER_THEIR_PORT;

    @ArchTest
    static final ArchRule the_domain_depends_only_on_java_vavr_jmolecules_and_itself =
            LedgerLensArchitectureRules.THE_DOMAIN_DEPENDS_ONLY_ON_JAVA_VAVR_JMOLECULES_AND_ITSELF;

    @ArchTest
    static final ArchRule the_application_uses_no_framework =
            LedgerLensArchitectureRules.THE_APPLICATION_USES_NO_FRAMEWORK;

    @ArchTest
    static final ArchRule in_ports_do_not_depend_on_out_ports =
            LedgerLensArchitectureRules.IN_PORTS_DO_NOT_DEPEND_ON_OUT_PORTS;

    @ArchTest
    static final ArchRule out_ports_do_not_depend_on_in_ports =
            LedgerLensArchitectureRules.OUT_PORTS_DO_NOT_DEPEND_ON_IN_PORTS;

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other =
            LedgerLensArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;

    @ArchTest
    static final ArchRule nothing_depends_on_bootstrap =
            LedgerLensArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP;

    @ArchTest
    static final ArchRule in_port_interfaces_are_use_cases_or_queries =
            LedgerLensArchitectureRules.IN_PORTS_ARE_USE_CASES_OR_QUERIES;

    @ArchTest
    static final ArchRule out_port_interfaces_are_repositories_or_ports =
            LedgerLensArchitectureRules.OUT_PORTS_ARE_REPOSITORIES_OR_PORTS;

    @ArchTest
    static final ArchRule the_web_adapter_uses_no_persistence_technology =
            LedgerLensArchitectureRules.THE_WEB_ADAPTER_USES_NO_PERSISTENCE_TECHNOLOGY;

    @ArchTest
    static final ArchRule the_persistence_adapter_uses_no_web_technology =
            LedgerLensArchitectureRules.THE_PERSISTENCE_ADAPTER_USES_NO_WEB_TECHNOLOGY;
}
