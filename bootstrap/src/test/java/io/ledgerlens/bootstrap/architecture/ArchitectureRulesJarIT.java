package io.ledgerlens.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The gate for hosts ships as a jar of its own: the rules and what they need, and none of our other tests. */
class ArchitectureRulesJarIT {

    @Test
    void the_rules_jar_holds_the_host_rules_and_the_rules_they_build_on_and_nothing_else() throws IOException {
        var jar = Path.of(System.getProperty("ledgerlens.architecture-rules.jar", "target/missing.jar"));
        assertThat(jar).isRegularFile();
        var classes = new ArrayList<String>();
        try (var file = new JarFile(jar.toFile())) {
            file.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class")).forEach(classes::add);
        }
        assertThat(classes).contains("io/ledgerlens/bootstrap/architecture/HostArchitectureRules.class",
                "io/ledgerlens/bootstrap/architecture/LedgerLensArchitectureRules.class");
        assertThat(classes).allSatisfy(name -> assertThat(name).matches(
                "io/ledgerlens/bootstrap/architecture/(Host|LedgerLens)ArchitectureRules(\\$.*)?\\.class"));
    }
}
