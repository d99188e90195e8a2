package io.ledgerlens.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import io.ledgerlens.adapter.persistence.access.KeyEncryptionKey;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.bootstrap.access.KeyEncryptionKeyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** The operator at a terminal: {@code ledgerlens} commands run against a fresh test database of their own. */
final class OperatorConsole {

    /** What a command did: its exit code and what it printed. */
    record Run(int exitCode, String out, String err) {
    }

    private final String dbUrl = ((HikariDataSource) PostgresDatabase.freshDatabase()).getJdbcUrl();
    /** The key-encryption key every command on an external database needs, as an operator keeps it: in a file. */
    private final Path keyFile;

    OperatorConsole() {
        try {
            keyFile = Files.createTempDirectory("ledgerlens-operator").resolve("kek");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        KeyEncryptionKeyFile.write(keyFile, KeyEncryptionKey.generate());
    }

    /** Runs {@code sql} on the ledger's database as its owner with every trigger off: what a console session bent on it can do. */
    void rewriteAsTheOwner(String sql) {
        try (var connection = java.sql.DriverManager.getConnection(dbUrl, PostgresDatabase.server().user(),
                PostgresDatabase.server().password()); var statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.execute(sql);
        } catch (java.sql.SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    Run ledgerlens(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", dbUrl, "--db-user", PostgresDatabase.server().user(),
                "--db-password", PostgresDatabase.server().password(), "--key-encryption-key-file", keyFile.toString()));
        var out = new StringWriter();
        var err = new StringWriter();
        int code = new CommandLine(new LedgerLensCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
