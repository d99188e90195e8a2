package io.ledgerlens.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;

/**
 * The embedded default is a production database: what it acknowledges is on
 * disk (fsync, synchronous commit, full pages), and nobody but the service
 * gets in (loopback TCP only, no unix socket, a password it generated).
 */
class EmbeddedDefaultIsClosedAndDurableTest {

    @Test
    void the_embedded_default_flushes_every_commit_to_disk(@TempDir Path dataDir) throws SQLException {
        try (var database = EmbeddedLedgerPostgres.start(dataDir, 1)) {
            assertThat(setting(database.ownerDataSource(), "fsync")).isEqualTo("on");
            assertThat(setting(database.ownerDataSource(), "synchronous_commit")).isEqualTo("on");
            assertThat(setting(database.ownerDataSource(), "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void the_embedded_default_listens_on_loopback_only_and_opens_no_unix_socket(@TempDir Path dataDir) throws SQLException {
        try (var database = EmbeddedLedgerPostgres.start(dataDir, 1)) {
            assertThat(setting(database.ownerDataSource(), "listen_addresses")).isEqualTo("localhost");
            assertThat(setting(database.ownerDataSource(), "unix_socket_directories")).isEmpty();
        }
    }

    @Test
    void a_connection_without_the_generated_password_is_refused(@TempDir Path dataDir) throws IOException, SQLException {
        try (var database = EmbeddedLedgerPostgres.start(dataDir, 1)) {
            var passwordFile = LoopbackWithPassword.passwordFileIn(dataDir);
            assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            var password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);

            assertThatThrownBy(() -> connect(database.port(), null)).isInstanceOf(PSQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(database.port(), "postgres")).isInstanceOf(PSQLException.class)
                    .satisfies(refused -> assertThat(((PSQLException) refused).getSQLState()).isEqualTo("28P01"));
            // The control: the same connection with the password gets in, so the refusals are the password's.
            assertThat(connect(database.port(), password)).isTrue();
        }
    }

    @Test
    void a_restart_keeps_the_password_and_the_doors_closed(@TempDir Path dataDir) throws IOException, SQLException {
        String firstPassword;
        try (var first = EmbeddedLedgerPostgres.start(dataDir, 1)) {
            firstPassword = Files.readString(LoopbackWithPassword.passwordFileIn(dataDir));
        }
        try (var second = EmbeddedLedgerPostgres.start(dataDir, 1)) {
            assertThat(Files.readString(LoopbackWithPassword.passwordFileIn(dataDir))).isEqualTo(firstPassword);
            assertThatThrownBy(() -> connect(second.port(), null)).isInstanceOf(PSQLException.class);
            assertThat(connect(second.port(), firstPassword.strip())).isTrue();
        }
    }

    @Test
    void a_data_directory_an_earlier_version_left_open_is_closed_on_its_next_start_with_its_data(@TempDir Path dataDir)
            throws IOException, SQLException {
        // What LedgerLens made before: zonky's test defaults, every local connection trusted.
        try (var open = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
             var connection = open.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create table kept_from_before (id int); insert into kept_from_before values (42)");
        }
        try (var database = EmbeddedLedgerPostgres.start(dataDir, 1)) {
            assertThatThrownBy(() -> connect(database.port(), null)).isInstanceOf(PSQLException.class);
            assertThat(setting(database.ownerDataSource(), "fsync")).isEqualTo("on");
            try (var connection = database.ownerDataSource().getConnection();
                 var rows = connection.createStatement().executeQuery("select id from kept_from_before")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            }
        }
    }

    private static String setting(DataSource source, String name) throws SQLException {
        try (var connection = source.getConnection();
             var rows = connection.createStatement().executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** A direct connection as the superuser over loopback, with {@code password} or none. */
    private static boolean connect(int port, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties)) {
            return connection.isValid(2);
        }
    }
}
