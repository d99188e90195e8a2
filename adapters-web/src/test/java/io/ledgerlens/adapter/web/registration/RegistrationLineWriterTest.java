package io.ledgerlens.adapter.web.registration;

import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.web.RunningWebApp;
import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An org's reference data and profiles, written as registration lines and read back by an import into an empty
 * ledger, are registered there exactly as they were: every kind, every field.
 */
class RegistrationLineWriterTest {

    private final InMemoryLedger source = new InMemoryLedger();
    private final InMemoryLedger copy = new InMemoryLedger();
    private final RegistrationLineWriter writer = new RegistrationLineWriter();

    RegistrationLineWriterTest() {
        LedgerWorld.recordedThrough(LedgerPorts.of(source));
        source.inOrg(PARENT, registry -> {
            registry.referenceData().save(PARENT, new Program(4401, "Club", false));
            registry.referenceData().save(PARENT, new Tier(4401, 3, "GOLD"));
            registry.referenceData().save(PARENT, new ExpiryStrategy(4402, "ROLLING_12", ExpiryType.ROLLING));
            registry.referenceData().save(PARENT, new Promotion(4403, "Diwali", Optional.of(LocalDate.parse("2024-10-20")),
                    Optional.of(LocalDate.parse("2024-11-05"))));
            registry.referenceData().save(PARENT, new Till(61, "STORE-61"));
            return null;
        });
        OrgTrees.register(copy, source.registeredOrgs().toArray(Org[]::new));
    }

    private List<String> linesOfTheParent() {
        var lines = new ArrayList<>(writer.lines(PARENT, source.referenceDataOf(PARENT)));
        source.customersAfter(PARENT, 0, 100).forEach(customer -> lines.add(writer.line(customer)));
        source.userGroupsAfter(PARENT, 0, 100).forEach(group -> lines.add(writer.line(group)));
        return lines;
    }

    private void importIntoTheCopy(List<String> lines) {
        var reader = new RegistrationLines(RunningWebApp.registrationOver(copy));
        for (var line : lines) {
            var outcome = reader.read(PARENT, line.getBytes(StandardCharsets.UTF_8)).fold(problems -> {
                throw new AssertionError(line + " is refused: " + problems);
            }, write -> write.get());
            assertThat(outcome).as(line).isInstanceOf(RegistrationOutcome.Saved.class);
        }
    }

    @Test
    void every_kind_of_reference_data_reads_back_as_it_was_registered() {
        var data = source.referenceDataOf(PARENT);
        assertThat(data.tiers()).isNotEmpty();
        assertThat(data.promotions()).isNotEmpty();
        assertThat(data.alternateCurrencies()).isNotEmpty();
        assertThat(data.tills()).isNotEmpty();

        importIntoTheCopy(writer.lines(PARENT, data));

        assertThat(copy.referenceDataOf(PARENT)).isEqualTo(data);
    }

    @Test
    void customers_and_user_groups_read_back_with_their_names_identifiers_and_members() {
        importIntoTheCopy(linesOfTheParent());

        var customers = source.customersAfter(PARENT, 0, 100);
        var copied = copy.customersAfter(PARENT, 0, 100);
        assertThat(copied).extracting(Customer::id).containsExactlyElementsOf(customers.stream().map(Customer::id).toList());
        for (int i = 0; i < customers.size(); i++) {
            var was = customers.get(i);
            var is = copied.get(i);
            assertThat(List.of(is.firstName(), is.lastName())).isEqualTo(List.of(was.firstName(), was.lastName()));
            assertThat(new HashSet<>(is.identifiers())).as("identifiers of %s", was.id()).isEqualTo(new HashSet<>(was.identifiers()));
        }
        var group = copy.userGroupsAfter(PARENT, 0, 100);
        assertThat(group).extracting(UserGroup::id, UserGroup::externalId, UserGroup::name, UserGroup::primaryMember,
                        UserGroup::members)
                .containsExactlyElementsOf(source.userGroupsAfter(PARENT, 0, 100).stream().map(g -> org.assertj.core.groups.Tuple.tuple(
                        g.id(), g.externalId(), g.name(), g.primaryMember(), g.members())).toList());
        assertThat(group).isNotEmpty();
    }

    @Test
    void every_line_starts_with_its_register_key_so_an_import_tells_it_from_an_event() {
        assertThat(linesOfTheParent()).hasSizeGreaterThan(10).allSatisfy(line -> {
            assertThat(RegistrationLines.isRegistration(line)).as(line).isTrue();
            assertThat(line).doesNotContain("\n");
        });
    }

    @Test
    void a_line_changed_after_it_was_written_registers_something_else() {
        var lines = writer.lines(PARENT, source.referenceDataOf(PARENT)).stream()
                .map(line -> line.replace("\"STORE-61\"", "\"STORE-62\"")).toList();
        importIntoTheCopy(lines);
        assertThat(copy.referenceDataOf(PARENT)).as("the comparison can fail").isNotEqualTo(source.referenceDataOf(PARENT));
    }
}
