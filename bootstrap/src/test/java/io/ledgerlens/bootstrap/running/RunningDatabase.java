package io.ledgerlens.bootstrap.running;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A connection, as the superuser, to the embedded PostgreSQL a running
 * ledgerlens started on a data directory: its port from postmaster.pid, its
 * password from the file the embedded default keeps it in. For a test to
 * watch what a process it is about to kill has committed.
 */
public final class RunningDatabase {

    private RunningDatabase() {
    }

    public static Connection connect(Path dataDir) throws IOException, SQLException {
        var port = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).strip();
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", Files.readString(dataDir.resolve("ledgerlens-database-password")).strip());
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
    }

    /** How many events org {@code org}'s ledger holds now. */
    public static long eventsOf(Path dataDir, long org) throws IOException, SQLException {
        try (var connection = connect(dataDir);
             var statement = connection.prepareStatement("select count(*) from ledger_event where org_id = ?")) {
            statement.setLong(1, org);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
