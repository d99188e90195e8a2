package io.ledgerlens.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The gate for hosts fails on a host that breaks it (planted in {@code com.example.badhost}), naming the culprits. */
class HostArchitectureRulesCanFailTest {

    private final com.tngtech.archunit.core.domain.JavaClasses badHost =
            new ClassFileImporter().importPackages("com.example.badhost");

    @Test
    void a_host_that_uses_a_ledgerlens_service_is_refused() {
        var result = HostArchitectureRules.reachLedgerLensOnlyThroughItsPorts("com.example.badhost").evaluate(badHost);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line ->
                assertThat(line).contains("PeekingDesk", "ExplodeLedgerService"));
    }

    @Test
    void a_host_store_not_named_after_its_port_is_refused() {
        var result = HostArchitectureRules.implementLedgerLensPortsUnderTheirNames("com.example.badhost").evaluate(badHost);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("AuditTrail implements io.ledgerlens.application.port.out.access.AuditLogPort");
    }
}
