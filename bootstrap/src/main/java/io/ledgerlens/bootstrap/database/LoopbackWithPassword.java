package io.ledgerlens.bootstrap.database;

import io.ledgerlens.bootstrap.access.OwnerOnlyFile;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Closes the embedded PostgreSQL to everyone but the service that started
 * it: TCP on loopback only, no unix socket, and every connection must prove
 * the superuser's password (SCRAM), which is generated on first start and
 * kept in the data directory ({@link #PASSWORD_FILE}, owner read/write only).
 *
 * <p>initdb, as zonky runs it, trusts every connection. So the password is
 * set in single-user mode, before the server ever listens, and pg_hba.conf is
 * rewritten on every start: there is no moment at which a passwordless
 * connection is accepted. A data directory made by an earlier LedgerLens
 * (trust, no password file) is closed the same way on its next start.
 */
final class LoopbackWithPassword {

    /** The file in the data directory that holds the superuser's password. */
    static final String PASSWORD_FILE = "ledgerlens-database-password";

    /** How long single-user mode may take to set the password (it may replay WAL after a crash first). */
    private static final long SINGLE_USER_MODE_SECONDS = 120;

    private static final String HOST_BASED_AUTHENTICATION = """
            # Written by LedgerLens on every start of its embedded PostgreSQL: edits here do not survive.
            # TCP on loopback only, every user proves its password; no unix socket is opened.
            host  all  all  127.0.0.1/32  scram-sha-256
            host  all  all  ::1/128       scram-sha-256
            """;

    private final Path dataDirectory;
    private final String password;
    private final boolean passwordIsNew;

    private LoopbackWithPassword(Path dataDirectory, String password, boolean passwordIsNew) {
        this.dataDirectory = dataDirectory;
        this.password = password;
        this.passwordIsNew = passwordIsNew;
    }

    /** The password kept in {@code dataDirectory}, or a new one if it keeps none yet (written once it is set). */
    static LoopbackWithPassword of(Path dataDirectory) {
        var file = passwordFileIn(dataDirectory);
        if (Files.exists(file)) {
            try {
                return new LoopbackWithPassword(dataDirectory, Files.readString(file, StandardCharsets.US_ASCII).strip(), false);
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read the embedded database's password file " + file, unreadable);
            }
        }
        var random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new LoopbackWithPassword(dataDirectory, Base64.getUrlEncoder().withoutPadding().encodeToString(random), true);
    }

    static Path passwordFileIn(Path dataDirectory) {
        return dataDirectory.resolve(PASSWORD_FILE);
    }

    /** The superuser's password, for the service's own connections. */
    String password() {
        return password;
    }

    /** Settings on the server's command line, where no edit of postgresql.conf overrides them. */
    static Map<String, String> serverSettings() {
        var settings = new LinkedHashMap<String, String>();
        settings.put("listen_addresses", "localhost");
        settings.put("unix_socket_directories", "''");
        settings.put("password_encryption", "scram-sha-256");
        return settings;
    }

    /**
     * Run on the initialised, stopped cluster before each start: sets the password if it is new, then
     * allows only password connections on loopback.
     */
    void closeTheDoors(UnpackedPostgresBinaries binaries) {
        if (passwordIsNew) {
            setThePasswordInSingleUserMode(binaries.postgresExecutable());
            OwnerOnlyFile.write(passwordFileIn(dataDirectory), password + "\n");
        }
        OwnerOnlyFile.write(dataDirectory.resolve("pg_hba.conf"), HOST_BASED_AUTHENTICATION);
    }

    private void setThePasswordInSingleUserMode(Path postgres) {
        var arguments = new ArrayList<String>();
        if (LinuxUtils.isUnshareAvailable()) {
            // As zonky starts the server: PostgreSQL refuses to run as root, so as root it runs in a user namespace.
            arguments.addAll(List.of("unshare", "-U"));
        }
        arguments.addAll(List.of(postgres.toString(), "--single", "-D", dataDirectory.toString(),
                "-c", "listen_addresses=", "-c", "password_encryption=scram-sha-256", "postgres"));
        var command = new ProcessBuilder(arguments).redirectErrorStream(true);
        try {
            var process = command.start();
            try (var input = process.getOutputStream()) {
                // base64url: no quote can end the literal early
                input.write(("ALTER ROLE postgres WITH PASSWORD '" + password + "';\n").getBytes(StandardCharsets.US_ASCII));
            }
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(SINGLE_USER_MODE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("PostgreSQL in single-user mode did not finish setting the password in "
                        + SINGLE_USER_MODE_SECONDS + " s");
            }
            if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
                throw new IllegalStateException("could not set the embedded database's password in single-user mode: "
                        + output.replace(password, "***").strip());
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("could not run " + postgres + " in single-user mode", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting the embedded database's password", interrupted);
        }
    }
}
