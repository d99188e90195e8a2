package io.ledgerlens.bootstrap.architecture;

import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.adapterFeaturesMirrorTheInPorts;
import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.adaptersDoNotDependOnEachOther;
import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.everyRingCarriesItsStereotype;
import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.inPortsAreUseCasesOrQueries;
import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.inPortsDoNotDependOnOutPorts;
import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.nothingDependsOnBootstrap;
import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.outPortImplementationsAreNamedAfterTheirPort;
import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.outPortsAreRepositoriesOrPorts;
import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.outPortsDoNotDependOnInPorts;
import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.theApplicationUsesNoFramework;
import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.theDomainDependsOnlyOnJavaVavrJMoleculesAndItself;
import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.thePersistenceAdapterUsesNoWebTechnology;
import static io.ledgerlens.bootstrap.architecture.LedgerLensArchitectureRules.theWebAdapterUsesNoPersistenceTechnology;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.ledgerlens.fixture.adapter.persistence.JooqWalletRepository;
import io.ledgerlens.fixture.adapter.persistence.WalletColumnJson;
import io.ledgerlens.fixture.adapter.persistence.WalletJsonMapper;
import io.ledgerlens.fixture.adapter.persistence.WalletRows;
import io.ledgerlens.fixture.adapter.persistence.WalletTable;
import io.ledgerlens.fixture.adapter.persistence.WalletTableHttpHandler;
import io.ledgerlens.fixture.adapter.web.wallet.ConfiguredWalletRoutes;
import io.ledgerlens.fixture.adapter.web.wallet.JdbcWalletEndpoint;
import io.ledgerlens.fixture.adapter.web.wallet.SettleWalletRoute;
import io.ledgerlens.fixture.adapter.web.wallet.WalletPageRenderer;
import io.ledgerlens.fixture.adapter.web.wallet.WalletRoutes;
import io.ledgerlens.fixture.application.port.in.SettleWalletCommand;
import io.ledgerlens.fixture.application.port.in.SettleWalletUseCase;
import io.ledgerlens.fixture.application.port.in.WalletBalanceQuery;
import io.ledgerlens.fixture.application.port.in.WalletService;
import io.ledgerlens.fixture.application.port.out.SettlementNotificationPort;
import io.ledgerlens.fixture.application.port.out.WalletDao;
import io.ledgerlens.fixture.application.port.out.WalletRepository;
import io.ledgerlens.fixture.application.service.JooqWalletReportService;
import io.ledgerlens.fixture.application.service.LoggingSettleWalletService;
import io.ledgerlens.fixture.domain.member.Member;
import io.ledgerlens.fixture.domain.member.Referral;
import io.ledgerlens.fixture.domain.wallet.JdbcStampedBalance;
import io.ledgerlens.fixture.domain.wallet.LoggingExpiryPolicy;
import io.ledgerlens.fixture.domain.wallet.Points;
import io.ledgerlens.fixture.domain.wallet.VoucherWithoutIdentity;
import io.ledgerlens.fixture.domain.wallet.WalletHoldingItsOwner;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.StereotypeLookup;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A gate that cannot fail is no gate. Each rule of the gate, aimed at the fixture under
 * {@value #FIXTURE} (deliberately wrong classes laid out like the real code), must reject the class
 * planted for it, and must spare the well-formed classes beside it.
 */
class ArchitectureGateCanFailTest {

    private static final String FIXTURE = "io.ledgerlens.fixture";

    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    // 1. The hexagon

    @Test
    void an_adapter_in_a_nested_package_that_calls_a_service_instead_of_its_port_is_rejected() {
        assertRejects(LedgerLensArchitectureRules.THE_HEXAGON_IS_ENTERED_ONLY_THROUGH_PORTS, WalletRoutes.class,
                SettleWalletRoute.class);
    }

    @Test
    void without_parent_package_traversal_the_hexagonal_rule_would_not_see_a_nested_adapter() {
        ArchRule withoutTraversal = JMoleculesArchitectureRules.ensureHexagonal(
                VerificationDepth.STRICT, StereotypeLookup.defaultLookup());

        assertThat(violationsOf(withoutTraversal)).noneMatch(about(WalletRoutes.class));
    }

    @Test
    void a_ring_whose_package_carries_no_stereotype_is_rejected() {
        assertRejects(everyRingCarriesItsStereotype(FIXTURE), WalletTable.class,
                WalletRoutes.class, SettleWalletUseCase.class, WalletRepository.class, LoggingSettleWalletService.class);
    }

    // 2. The model

    @Test
    void an_aggregate_that_holds_another_aggregate_instead_of_its_id_is_rejected() {
        assertRejects(LedgerLensArchitectureRules.THE_MODEL_KEEPS_THE_DDD_BUILDING_BLOCK_RULES,
                WalletHoldingItsOwner.class, Member.class);
    }

    @Test
    void a_value_object_that_holds_an_aggregate_is_rejected() {
        assertRejects(LedgerLensArchitectureRules.THE_MODEL_KEEPS_THE_DDD_BUILDING_BLOCK_RULES,
                Referral.class, Points.class);
    }

    @Test
    void an_aggregate_without_an_identity_is_rejected() {
        assertRejects(LedgerLensArchitectureRules.THE_MODEL_DECLARES_AGGREGATES_WITH_AN_IDENTITY,
                VoucherWithoutIdentity.class, Member.class);
    }

    @Test
    void a_model_without_any_aggregate_leaves_the_ddd_rules_nothing_to_check_and_is_rejected() {
        JavaClasses noAggregates = new ClassFileImporter().importPackages(FIXTURE + ".application");

        assertThatThrownBy(() -> LedgerLensArchitectureRules.THE_MODEL_DECLARES_AGGREGATES_WITH_AN_IDENTITY
                .evaluate(noAggregates))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    // 3. The domain

    @Test
    void a_domain_class_that_uses_jdbc_is_rejected() {
        assertRejects(theDomainDependsOnlyOnJavaVavrJMoleculesAndItself(FIXTURE), JdbcStampedBalance.class,
                Points.class, Member.class);
    }

    @Test
    void a_domain_class_that_logs_is_rejected() {
        assertRejects(theDomainDependsOnlyOnJavaVavrJMoleculesAndItself(FIXTURE), LoggingExpiryPolicy.class,
                Points.class, Member.class);
    }

    // 4. The application

    @Test
    void an_application_service_that_logs_with_slf4j_is_rejected() {
        assertRejects(theApplicationUsesNoFramework(FIXTURE), LoggingSettleWalletService.class,
                SettleWalletUseCase.class, WalletRepository.class);
    }

    @Test
    void an_application_service_that_queries_with_jooq_is_rejected() {
        assertRejects(theApplicationUsesNoFramework(FIXTURE), JooqWalletReportService.class,
                SettleWalletUseCase.class, WalletRepository.class);
    }

    // 5. Who may depend on whom

    @Test
    void an_in_port_that_hands_out_an_out_port_type_is_rejected() {
        assertRejects(inPortsDoNotDependOnOutPorts(FIXTURE), WalletBalanceQuery.class, SettleWalletUseCase.class);
    }

    @Test
    void an_out_port_that_takes_an_in_port_command_is_rejected() {
        assertRejects(outPortsDoNotDependOnInPorts(FIXTURE), SettlementNotificationPort.class, WalletRepository.class);
    }

    @Test
    void a_web_adapter_that_depends_on_the_persistence_adapter_is_rejected() {
        assertRejects(adaptersDoNotDependOnEachOther(FIXTURE), WalletPageRenderer.class, SettleWalletRoute.class);
    }

    @Test
    void a_class_that_depends_on_bootstrap_is_rejected() {
        assertRejects(nothingDependsOnBootstrap(FIXTURE), ConfiguredWalletRoutes.class, SettleWalletRoute.class);
    }

    // 6. Names

    @Test
    void an_in_port_interface_named_neither_use_case_nor_query_is_rejected() {
        assertRejects(inPortsAreUseCasesOrQueries(FIXTURE), WalletService.class,
                SettleWalletUseCase.class, WalletBalanceQuery.class, SettleWalletCommand.class);
        assertThat(violationsOf(inPortsAreUseCasesOrQueries(FIXTURE))).noneMatch(line -> line.contains("package-info"));
    }

    @Test
    void an_out_port_interface_named_neither_repository_nor_port_is_rejected() {
        assertRejects(outPortsAreRepositoriesOrPorts(FIXTURE), WalletDao.class,
                WalletRepository.class, SettlementNotificationPort.class);
        assertThat(violationsOf(outPortsAreRepositoriesOrPorts(FIXTURE))).noneMatch(line -> line.contains("package-info"));
    }

    // What each adapter may use

    @Test
    void a_web_adapter_that_reads_the_database_with_jdbc_and_jooq_is_rejected() {
        assertRejects(theWebAdapterUsesNoPersistenceTechnology(FIXTURE), JdbcWalletEndpoint.class,
                SettleWalletRoute.class);
    }

    @Test
    void a_persistence_adapter_that_answers_http_with_javalin_is_rejected() {
        assertRejects(thePersistenceAdapterUsesNoWebTechnology(FIXTURE), WalletTableHttpHandler.class,
                WalletTable.class);
    }

    @Test
    void a_persistence_adapter_that_maps_objects_to_json_with_jackson_databind_is_rejected_but_may_parse_a_column() {
        assertRejects(thePersistenceAdapterUsesNoWebTechnology(FIXTURE), WalletJsonMapper.class,
                WalletColumnJson.class);
    }

    @Test
    void an_adapter_package_named_after_no_feature_of_the_in_ports_is_rejected() {
        // The fixture's port.in has no feature packages, so its web adapter's "wallet" names none.
        assertRejects(adapterFeaturesMirrorTheInPorts(FIXTURE), SettleWalletRoute.class);
    }

    @Test
    void an_out_port_implementation_not_named_after_its_port_is_rejected() {
        assertRejects(outPortImplementationsAreNamedAfterTheirPort(FIXTURE), WalletRows.class, JooqWalletRepository.class);
    }

    // None of our rules passes by finding nothing to check

    @ParameterizedTest
    @MethodSource("ourRules")
    void a_rule_that_finds_nothing_to_check_fails(Function<String, ArchRule> rule) {
        JavaClasses nothingOfLedgerLens = new ClassFileImporter().importClasses(String.class);

        assertThatThrownBy(() -> rule.apply(FIXTURE).evaluate(nothingOfLedgerLens))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    static Stream<Named<Function<String, ArchRule>>> ourRules() {
        return Stream.of(
                Named.of("every ring carries its stereotype", LedgerLensArchitectureRules::everyRingCarriesItsStereotype),
                Named.of("the domain depends only on Java, Vavr, jMolecules and itself",
                        LedgerLensArchitectureRules::theDomainDependsOnlyOnJavaVavrJMoleculesAndItself),
                Named.of("the application uses no framework", LedgerLensArchitectureRules::theApplicationUsesNoFramework),
                Named.of("in-ports do not depend on out-ports", LedgerLensArchitectureRules::inPortsDoNotDependOnOutPorts),
                Named.of("out-ports do not depend on in-ports", LedgerLensArchitectureRules::outPortsDoNotDependOnInPorts),
                Named.of("adapters do not depend on each other", LedgerLensArchitectureRules::adaptersDoNotDependOnEachOther),
                Named.of("nothing depends on bootstrap", LedgerLensArchitectureRules::nothingDependsOnBootstrap),
                Named.of("in-ports are use cases or queries", LedgerLensArchitectureRules::inPortsAreUseCasesOrQueries),
                Named.of("out-ports are repositories or ports", LedgerLensArchitectureRules::outPortsAreRepositoriesOrPorts),
                Named.of("the web adapter uses no persistence technology",
                        LedgerLensArchitectureRules::theWebAdapterUsesNoPersistenceTechnology),
                Named.of("adapter features mirror the in-ports", LedgerLensArchitectureRules::adapterFeaturesMirrorTheInPorts),
                Named.of("out-port implementations are named after their port",
                        LedgerLensArchitectureRules::outPortImplementationsAreNamedAfterTheirPort),
                Named.of("the persistence adapter uses no web technology",
                        LedgerLensArchitectureRules::thePersistenceAdapterUsesNoWebTechnology),
                Named.of("the model declares aggregates with an identity",
                        root -> LedgerLensArchitectureRules.THE_MODEL_DECLARES_AGGREGATES_WITH_AN_IDENTITY));
    }

    private static void assertRejects(ArchRule rule, Class<?> planted, Class<?>... wellFormed) {
        List<String> violations = violationsOf(rule);
        String report = String.format("violations of '%s':%n%s", rule.getDescription(), String.join("\n", violations));

        assertThat(violations).as(report).anyMatch(about(planted));
        for (Class<?> spared : wellFormed) {
            assertThat(violations).as(report).noneMatch(about(spared));
        }
    }

    private static List<String> violationsOf(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURE_CLASSES);
        return result.hasViolation() ? result.getFailureReport().getDetails() : List.of();
    }

    /**
     * Whether a violation is about the class: whether the first fixture class it names is that one
     * (a violation names its subject first, then what the subject wrongly touches). ArchUnit writes
     * names fully qualified; jMolecules abbreviates every package to its initial
     * ({@code i.l.f.d.w.WalletHoldingItsOwner}).
     */
    private static Predicate<String> about(Class<?> type) {
        String abbreviated = Stream.of(type.getPackageName().split("\\."))
                .map(segment -> segment.substring(0, 1))
                .collect(Collectors.joining(".", "", "." + type.getSimpleName()));
        Pattern firstFixtureName = Pattern.compile("(?<![\\w$.])(" + Pattern.quote(FIXTURE) + "|i\\.l\\.f)\\.[\\w$.]+");
        return line -> {
            Matcher first = firstFixtureName.matcher(line);
            if (!first.find()) {
                return false;
            }
            String subject = first.group();
            return Stream.of(type.getName(), abbreviated).anyMatch(name -> subject.equals(name)
                    || subject.startsWith(name) && !Character.isJavaIdentifierPart(subject.charAt(name.length())));
        };
    }
}
