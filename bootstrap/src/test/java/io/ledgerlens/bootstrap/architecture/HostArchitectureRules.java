package io.ledgerlens.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * LedgerLens's gate for the service that embeds it: apply these to your own packages (shipped as
 * {@code ledgerlens-bootstrap-<version>-architecture-rules.jar}, see the README's "Embedding") and your build fails
 * the moment your code reaches past LedgerLens's ports.
 *
 * <pre>{@code
 * HostArchitectureRules.all("com.example.loyalty").check(new ClassFileImporter().importPackages("com.example.loyalty"));
 * }</pre>
 */
public final class HostArchitectureRules {

    private static final String LEDGERLENS = LedgerLensArchitectureRules.ROOT;

    private HostArchitectureRules() {
    }

    /** Every rule below, for the host's classes under {@code hostRoot}. */
    public static ArchRule all(String hostRoot) {
        return CompositeArchRule.of(reachLedgerLensOnlyThroughItsPorts(hostRoot))
                .and(implementLedgerLensPortsUnderTheirNames(hostRoot));
    }

    /**
     * A host uses LedgerLens's use cases (the application's ports in), offers it stores (its ports out), speaks its
     * domain, and starts it through {@code bootstrap.embedding}: never its services, its adapters or its wiring,
     * which change without notice.
     */
    public static ArchRule reachLedgerLensOnlyThroughItsPorts(String hostRoot) {
        return noClasses().that().resideInAPackage(hostRoot + "..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(LEDGERLENS + "..")
                        .and(JavaClass.Predicates.resideOutsideOfPackages(LEDGERLENS + ".domain..",
                                LEDGERLENS + ".application.port..", LEDGERLENS + ".bootstrap.embedding..")))
                .because("LedgerLens's ports, domain and embedding entry point are its public face;"
                        + " services, adapters and wiring are not")
                .allowEmptyShould(false);
    }

    /** A host's store for one of LedgerLens's ports out is named as LedgerLens names its own: {@code <Technology><Port>}. */
    public static ArchRule implementLedgerLensPortsUnderTheirNames(String hostRoot) {
        return classes().that().resideInAPackage(hostRoot + "..")
                .and().implement(JavaClass.Predicates.resideInAPackage(LEDGERLENS + ".application.port.out.."))
                .should(LedgerLensArchitectureRules.beNamedTechnologyThenPort(LEDGERLENS))
                .because("one naming rule for every out-port implementation, LedgerLens's and its hosts'")
                .allowEmptyShould(true);
    }
}
