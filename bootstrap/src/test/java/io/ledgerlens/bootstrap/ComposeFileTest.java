package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code src/image/compose.yaml} cannot be run here (no image registry to pull PostgreSQL from), so it is read: every
 * setting it gives is one the service takes, and it names the image, port and volume the build makes.
 */
class ComposeFileTest {

    private static final Path IMAGE_SOURCES = Path.of("src/image");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+):5432/(\\w+)");

    private final JsonNode compose = read(IMAGE_SOURCES.resolve("compose.yaml"));
    private final JsonNode ledgerlens = compose.path("services").path("ledgerlens");
    private final CommandLine.Model.CommandSpec cli = new CommandLine(new LedgerLensCommand()).getCommandSpec();

    @Test
    void every_variable_and_flag_it_gives_the_service_is_one_the_service_reads() {
        ledgerlens.path("environment").fieldNames().forEachRemaining(variable -> {
            assertThat(variable).startsWith("LEDGERLENS_");
            var option = "--" + variable.substring("LEDGERLENS_".length()).toLowerCase(Locale.ROOT).replace('_', '-');
            var readDirectly = variable.equals(DatabaseOptions.KEY_VARIABLE) || option.equals(LogFormat.OPTION);
            assertThat(readDirectly || cli.findOption(option) != null).as(variable + " is the variable of " + option).isTrue();
        });
        ledgerlens.path("command").forEach(word -> {
            if (word.asText().startsWith("--")) {
                assertThat(cli.findOption(word.asText())).as(word.asText()).isNotNull();
            }
        });
    }

    @Test
    void the_service_reaches_the_postgres_service_as_its_owner() {
        var environment = ledgerlens.path("environment");
        var url = JDBC_URL.matcher(environment.path("LEDGERLENS_DB_URL").asText());
        assertThat(url.matches()).isTrue();
        var postgres = compose.path("services").path(url.group(1));
        assertThat(postgres.path("image").asText()).isEqualTo("docker.io/library/postgres:15");
        assertThat(postgres.path("environment").path("POSTGRES_DB").asText()).isEqualTo(url.group(2));
        assertThat(postgres.path("environment").path("POSTGRES_USER").asText())
                .isEqualTo(environment.path("LEDGERLENS_DB_USER").asText());
        assertThat(postgres.path("environment").path("POSTGRES_PASSWORD").asText())
                .isEqualTo(environment.path("LEDGERLENS_DB_PASSWORD").asText());
        assertThat(ledgerlens.path("depends_on").path(url.group(1)).path("condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void it_runs_the_image_the_build_makes_on_its_port_with_its_volume() throws IOException {
        var build = Files.readString(IMAGE_SOURCES.resolve("build.sh"));
        assertThat(ledgerlens.path("image").asText())
                .isEqualTo("localhost/ledgerlens:${LEDGERLENS_VERSION:-" + BuildVersion.version() + "}");
        assertThat(build).contains("oci-archive:$out:ledgerlens:$version", "--port 7070/tcp", "--volume /var/lib/ledgerlens");
        assertThat(ledgerlens.path("ports").get(0).asText()).isEqualTo("7070:7070");
        assertThat(ledgerlens.path("volumes").get(0).asText()).endsWith(":/var/lib/ledgerlens");
    }

    private static JsonNode read(Path yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
