package io.ledgerlens.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jmolecules.architecture.hexagonal.Application;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesArchitectureRules.StereotypeLookup;
import org.jmolecules.archunit.JMoleculesArchitectureRules.VerificationDepth;
import org.jmolecules.archunit.JMoleculesDddRules;

/**
 * The gate of ARCHITECTURE.md as ArchUnit rules.
 *
 * <p>Every package-based rule is built by a factory that takes the root package, so that
 * {@link ArchitectureGateCanFailTest} can aim the very same rule at a fixture of deliberately wrong
 * classes that mirrors the real layout under {@code io.ledgerlens.fixture}. The constants are those
 * factories applied to {@value #ROOT}; {@link HexagonalArchitectureTest} checks them against the
 * production classes.
 *
 * <p>Each of our own rules refuses to pass when it finds nothing to check
 * ({@code allowEmptyShould(false)}): a renamed package must break the gate, not silence it.
 */
public final class LedgerLensArchitectureRules {

    public static final String ROOT = "io.ledgerlens";

    /** Frameworks and infrastructure that the core rings (domain, application) never see. */
    static final String[] FRAMEWORKS = {
        "io.javalin..", "org.eclipse.jetty..",
        "org.jooq..", "java.sql..", "javax.sql..",
        "com.fasterxml.jackson..", "tools.jackson..",
        "org.mapstruct..",
        "org.slf4j..", "ch.qos.logback..", "io.micrometer..", "io.prometheus..",
        "org.flywaydb..", "com.zaxxer.hikari..", "org.postgresql..", "io.zonky..",
        "picocli..",
        "org.springframework..", "jakarta..", "javax.inject..", "javax.transaction..", "javax.persistence..",
    };

    /** What only the persistence adapter may touch. */
    static final String[] PERSISTENCE_TECHNOLOGY = {
        "org.jooq..", "java.sql..", "javax.sql..",
        "org.flywaydb..", "com.zaxxer.hikari..", "org.postgresql..", "io.zonky..",
    };

    /**
     * What only the web adapter may touch: HTTP, and JSON as objects on the wire. Jackson's streaming parser
     * ({@code com.fasterxml.jackson.core}) is not in it: the persistence adapter reads with it the JSON that
     * PostgreSQL aggregates an event's sections into, and never maps an object to or from JSON.
     */
    static final String[] WEB_TECHNOLOGY = {
        "io.javalin..", "org.eclipse.jetty..",
        "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.annotation..", "com.fasterxml.jackson.module..",
        "com.fasterxml.jackson.datatype..", "tools.jackson..",
        "org.mapstruct..",
    };

    // 1. The hexagon as jMolecules sees it through the package-info stereotypes.

    /**
     * jMolecules' hexagonal rule at its strictest: adapters reach the application only through
     * ports. Parent-package traversal lets a class in {@code adapter.web.explode} inherit the
     * {@code @PrimaryAdapter} of {@code adapter.web}; without it that class gets no stereotype and
     * is not checked at all.
     */
    public static final ArchRule THE_HEXAGON_IS_ENTERED_ONLY_THROUGH_PORTS = JMoleculesArchitectureRules.ensureHexagonal(
            VerificationDepth.STRICT, StereotypeLookup.defaultLookup().withParentPackageTraversal());

    /**
     * The hexagonal rule sees only what carries a stereotype, and it passes when nothing does. This
     * rule makes sure every class of every ring carries its stereotype, on itself or on an
     * enclosing package.
     */
    public static final ArchRule EVERY_RING_CARRIES_ITS_STEREOTYPE = everyRingCarriesItsStereotype(ROOT);

    // 2. The model as jMolecules DDD sees it.

    /** Aggregates refer to each other by identity; value objects hold no identifiables; and so on. */
    public static final ArchRule THE_MODEL_KEEPS_THE_DDD_BUILDING_BLOCK_RULES = JMoleculesDddRules.all();

    /**
     * {@link JMoleculesDddRules#all()} passes on a model without a single annotated aggregate. This
     * one fails then: it demands aggregates and entities, each declaring its {@code @Identity}.
     */
    public static final ArchRule THE_MODEL_DECLARES_AGGREGATES_WITH_AN_IDENTITY =
            JMoleculesDddRules.annotatedEntitiesAndAggregatesNeedToHaveAnIdentifier().allowEmptyShould(false);

    // 3. and 4. The core rings are plain Java.

    public static final ArchRule THE_DOMAIN_DEPENDS_ONLY_ON_JAVA_VAVR_JMOLECULES_AND_ITSELF =
            theDomainDependsOnlyOnJavaVavrJMoleculesAndItself(ROOT);

    public static final ArchRule THE_APPLICATION_USES_NO_FRAMEWORK = theApplicationUsesNoFramework(ROOT);

    // 5. Who may depend on whom.

    public static final ArchRule IN_PORTS_DO_NOT_DEPEND_ON_OUT_PORTS = inPortsDoNotDependOnOutPorts(ROOT);

    public static final ArchRule OUT_PORTS_DO_NOT_DEPEND_ON_IN_PORTS = outPortsDoNotDependOnInPorts(ROOT);

    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = adaptersDoNotDependOnEachOther(ROOT);

    public static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = nothingDependsOnBootstrap(ROOT);

    // 6. Names.

    public static final ArchRule IN_PORTS_ARE_USE_CASES_OR_QUERIES = inPortsAreUseCasesOrQueries(ROOT);

    public static final ArchRule OUT_PORTS_ARE_REPOSITORIES_OR_PORTS = outPortsAreRepositoriesOrPorts(ROOT);

    // What each adapter may use (the module table of ARCHITECTURE.md).

    public static final ArchRule THE_WEB_ADAPTER_USES_NO_PERSISTENCE_TECHNOLOGY =
            theWebAdapterUsesNoPersistenceTechnology(ROOT);

    public static final ArchRule THE_PERSISTENCE_ADAPTER_USES_NO_WEB_TECHNOLOGY =
            thePersistenceAdapterUsesNoWebTechnology(ROOT);

    private LedgerLensArchitectureRules() {
    }

    /** Adapters' feature packages carry port.in's feature names (ARCHITECTURE.md, "Rings are modules"). */
    public static final ArchRule ADAPTER_FEATURES_MIRROR_THE_IN_PORTS = adapterFeaturesMirrorTheInPorts(ROOT);

    /** One implementation naming rule: {@code <Technology><Port>}, e.g. {@code JooqCredentialRepository}. */
    public static final ArchRule OUT_PORT_IMPLEMENTATIONS_ARE_NAMED_AFTER_THEIR_PORT =
            outPortImplementationsAreNamedAfterTheirPort(ROOT);

    /** The web adapter's packages that are no feature: its top, which wires the features, and its shared bottom. */
    static final Set<String> WEB_FRAME = Set.of("server", "http");

    /** The persistence adapter's packages that are no feature: its bottom, the one door to PostgreSQL, and jOOQ's generated schema. */
    static final Set<String> PERSISTENCE_FRAME = Set.of("database", "schema");

    public static ArchRule everyRingCarriesItsStereotype(String root) {
        return CompositeArchRule
                .of(ringCarries(root + ".application.port.in..", PrimaryPort.class))
                .and(ringCarries(root + ".application.port.out..", SecondaryPort.class))
                .and(ringCarries(root + ".application.service..", Application.class))
                .and(ringCarries(root + ".adapter.web..", PrimaryAdapter.class))
                .and(ringCarries(root + ".adapter.persistence..", SecondaryAdapter.class));
    }

    public static ArchRule theDomainDependsOnlyOnJavaVavrJMoleculesAndItself(String root) {
        DescribedPredicate<JavaClass> javaButNotJdbc = JavaClass.Predicates.resideInAPackage("java..")
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("java.sql..")))
                .as("Java (but not JDBC)");
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat(javaButNotJdbc
                        .or(JavaClass.Predicates.resideInAnyPackage("io.vavr..", "org.jmolecules..", root + ".domain.."))
                        .as("Java (but not JDBC), Vavr, jMolecules or the domain itself"))
                .because("the model is pure Java, Vavr and jMolecules DDD; it knows nothing of HTTP, SQL or logging")
                .allowEmptyShould(false);
    }

    public static ArchRule theApplicationUsesNoFramework(String root) {
        return noClasses().that().resideInAPackage(root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the use cases are plain Java wired by hand; frameworks live in the adapters and bootstrap")
                .allowEmptyShould(false);
    }

    public static ArchRule inPortsDoNotDependOnOutPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port.in..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.port.out..")
                .because("what LedgerLens offers must not expose what it needs from the world")
                .allowEmptyShould(false);
    }

    public static ArchRule outPortsDoNotDependOnInPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port.out..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.port.in..")
                .because("what LedgerLens needs from the world must not know what it offers")
                .allowEmptyShould(false);
    }

    public static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .because("adapters meet only in the application's ports and in bootstrap's wiring")
                .allowEmptyShould(false);
    }

    public static ArchRule nothingDependsOnBootstrap(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
                .because("bootstrap is the composition root: it depends on everything and nothing on it")
                .allowEmptyShould(false);
    }

    /**
     * A port is an interface adapters implement. A sealed interface is a closed
     * result type (a value such as {@code ExplodeOutcome}), not a port, so the
     * naming rules leave it alone.
     */
    private static DescribedPredicate<JavaClass> areOpenForImplementation() {
        return DescribedPredicate.describe("are not sealed", javaClass -> !javaClass.reflect().isSealed());
    }

    public static ArchRule inPortsAreUseCasesOrQueries(String root) {
        return classes().that().resideInAPackage(root + ".application.port.in..")
                .and().areInterfaces()
                .and(areOpenForImplementation())
                .and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("UseCase")
                .orShould().haveSimpleNameEndingWith("Query")
                .because("primary ports are <Verb><Noun>UseCase or <Noun>Query")
                .allowEmptyShould(false);
    }

    public static ArchRule outPortsAreRepositoriesOrPorts(String root) {
        return classes().that().resideInAPackage(root + ".application.port.out..")
                .and().areInterfaces()
                .and(areOpenForImplementation())
                .and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("Repository")
                .orShould().haveSimpleNameEndingWith("Port")
                .because("secondary ports are <Aggregate>Repository or <Thing>Port")
                .allowEmptyShould(false);
    }

    public static ArchRule theWebAdapterUsesNoPersistenceTechnology(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter.web..")
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE_TECHNOLOGY)
                .because("the web adapter reaches the ledger only through the application's ports")
                .allowEmptyShould(false);
    }

    public static ArchRule thePersistenceAdapterUsesNoWebTechnology(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB_TECHNOLOGY)
                .because("the persistence adapter knows nothing of HTTP or its wire format")
                .allowEmptyShould(false);
    }

    public static ArchRule adapterFeaturesMirrorTheInPorts(String root) {
        return classes().that().resideInAnyPackage(root + ".adapter.web..", root + ".adapter.persistence..")
                .should(resideInAFeatureOfTheInPortsOrTheFrame(root))
                .because("a feature has one name in every ring: port.in.explode, adapter.web.explode, adapter.persistence.explode")
                .allowEmptyShould(false);
    }

    private static ArchCondition<JavaClass> resideInAFeatureOfTheInPortsOrTheFrame(String root) {
        return new ArchCondition<>("reside in a package named after a feature of port.in, or in the adapter's top or bottom") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                var web = type.getPackageName().startsWith(root + ".adapter.web");
                var adapter = root + (web ? ".adapter.web" : ".adapter.persistence");
                if (type.getPackageName().equals(adapter)) {
                    return; // the adapter's package-info
                }
                var feature = type.getPackageName().substring(adapter.length() + 1).split("\\.")[0];
                var allowed = new TreeSet<>(inPortFeatures(type.getPackage(), root));
                allowed.addAll(web ? WEB_FRAME : PERSISTENCE_FRAME);
                if (!allowed.contains(feature)) {
                    events.add(SimpleConditionEvent.violated(type, String.format(
                            "%s resides in %s.%s, which is none of %s", type.getName(), adapter, feature, allowed)));
                }
            }
        };
    }

    /** The features of port.in: its subpackages, found by climbing from any class to the root package. */
    private static Set<String> inPortFeatures(JavaPackage from, String root) {
        var top = from;
        while (!top.getName().equals(root) && top.getParent().isPresent()) {
            top = top.getParent().get();
        }
        if (!top.containsPackage("application.port.in")) {
            return Set.of();
        }
        return top.getPackage("application.port.in").getSubpackages().stream()
                .map(JavaPackage::getRelativeName).collect(Collectors.toSet());
    }

    public static ArchRule outPortImplementationsAreNamedAfterTheirPort(String root) {
        return classes().that().resideInAPackage(root + ".adapter.persistence..")
                .and().implement(JavaClass.Predicates.resideInAPackage(root + ".application.port.out.."))
                .should(beNamedTechnologyThenPort(root))
                .because("one naming rule for every out-port implementation: <Technology><Port>, such as"
                        + " JooqCredentialRepository or Argon2idSecretHashing (a trailing Port is dropped)")
                .allowEmptyShould(false);
    }

    static ArchCondition<JavaClass> beNamedTechnologyThenPort(String root) {
        return new ArchCondition<>("be named <Technology><Port> after the out-ports they implement") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getRawInterfaces().stream()
                        .filter(port -> port.getPackageName().startsWith(root + ".application.port.out"))
                        .forEach(port -> {
                            var portName = port.getSimpleName().replaceFirst("Port$", "");
                            var name = type.getSimpleName();
                            var technology = name.endsWith(portName) ? name.substring(0, name.length() - portName.length()) : "";
                            if (technology.isEmpty() || !Character.isUpperCase(technology.charAt(0))) {
                                events.add(SimpleConditionEvent.violated(type, String.format(
                                        "%s implements %s but is not named <Technology>%s", type.getName(), port.getName(),
                                        portName)));
                            }
                        });
            }
        };
    }

    private static ArchRule ringCarries(String ring, Class<? extends Annotation> stereotype) {
        return classes().that().resideInAPackage(ring)
                .should(carryOnThemselvesOrAnEnclosingPackage(stereotype))
                .because("jMolecules' hexagonal rule skips classes without a stereotype instead of failing")
                .allowEmptyShould(false);
    }

    private static ArchCondition<JavaClass> carryOnThemselvesOrAnEnclosingPackage(
            Class<? extends Annotation> stereotype) {
        String name = "@" + stereotype.getSimpleName();
        return new ArchCondition<>("carry " + name + " on themselves or on an enclosing package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!carries(type, stereotype)) {
                    events.add(SimpleConditionEvent.violated(type, String.format(
                            "%s carries no %s, nor does any package enclosing it", type.getName(), name)));
                }
            }
        };
    }

    private static boolean carries(JavaClass type, Class<? extends Annotation> stereotype) {
        if (type.isAnnotatedWith(stereotype) || type.isMetaAnnotatedWith(stereotype)) {
            return true;
        }
        Optional<JavaPackage> pkg = Optional.of(type.getPackage());
        while (pkg.isPresent()) {
            JavaPackage current = pkg.get();
            if (current.isAnnotatedWith(stereotype) || current.isMetaAnnotatedWith(stereotype)) {
                return true;
            }
            pkg = current.getParent();
        }
        return false;
    }
}
