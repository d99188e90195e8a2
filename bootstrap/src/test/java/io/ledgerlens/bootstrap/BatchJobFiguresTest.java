package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator and an import leave their figures where Prometheus's node_exporter picks them up. */
class BatchJobFiguresTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+(?:\\{[^}]*})?) (\\S+)$");
    private final OperatorConsole console = new OperatorConsole();

    @TempDir
    Path directory;

    @Test
    void the_generator_and_an_import_count_what_became_of_every_line() throws IOException {
        var events = directory.resolve("events.jsonl");
        var generatorFigures = directory.resolve("generator.prom");
        var generated = console.ledgerlens("demo", "--org", "920001", "--orgs", "1", "--customers", "20", "--events", "60",
                "--seed", "5", "--out", events.toString(), "--metrics-file", generatorFigures.toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        var generator = samples(generatorFigures);
        assertThat(generator).containsEntry("ledgerlens_generator_customers_total", 20.0)
                .containsEntry("ledgerlens_generator_events_total", 60.0)
                .containsEntry("ledgerlens_generator_finished", 1.0);
        assertThat(generator.get("ledgerlens_generator_events_per_second")).isPositive();

        var firstLine = Files.readAllLines(events).get(0);
        Files.writeString(events, "{not json\n" + firstLine + "\n", java.nio.file.StandardOpenOption.APPEND);
        var importFigures = directory.resolve("import.prom");
        var imported = console.ledgerlens("import", events.toString(), "--org", "920001",
                "--metrics-file", importFigures.toString());
        assertThat(imported.exitCode()).as("some lines were rejected").isEqualTo(3);
        assertThat(samples(importFigures))
                .containsEntry("ledgerlens_import_events_total{outcome=\"imported\"}", 60.0)
                .containsEntry("ledgerlens_import_events_total{outcome=\"already_present\"}", 1.0)
                .containsEntry("ledgerlens_import_events_total{outcome=\"rejected\"}", 1.0)
                .containsEntry("ledgerlens_import_finished", 1.0)
                .containsKeys("ledgerlens_import_events_per_second", "ledgerlens_import_duration_seconds");
        assertThat(directory).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void a_figures_file_that_cannot_be_written_is_refused_before_anything_is_imported() throws IOException {
        var events = directory.resolve("events.jsonl");
        Files.writeString(events, "{}\n");
        var run = console.ledgerlens("import", events.toString(), "--org", "920001",
                "--metrics-file", directory.resolve("no/such/dir/import.prom").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--metrics-file", "is not a directory this process can write to");
        assertThat(run.out()).doesNotContain("Imported");
    }

    private static Map<String, Double> samples(Path prometheusText) throws IOException {
        var samples = new HashMap<String, Double>();
        for (var line : Files.readAllLines(prometheusText)) {
            var sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.matches()) {
                samples.put(sample.group(1), Double.parseDouble(sample.group(2)));
            }
        }
        return samples;
    }
}
