package io.ledgerlens.adapter.persistence.testing;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What no session of the service can do, for tests that need a ledger in a state the service never leaves it in
 * (events without their documents, as recorded before V24; a chain link gone): one statement as the owner, in a
 * transaction of its own with the ledger's triggers off ({@code session_replication_role = replica}). On Citus the
 * setting reaches the shards only when passed on to them.
 */
public final class PastTheLedgerGuards {

    private PastTheLedgerGuards() {
    }

    /**
     * Runs {@code sql} as the owner with the append-only triggers off.
     *
     * @param owner the owner's connections
     * @param sql one statement, without binds
     * @return the rows it changed
     * @throws SQLException when the database refuses it
     */
    public static int execute(DataSource owner, String sql) throws SQLException {
        try (var connection = owner.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            if (PostgresDatabase.kind() == DatabaseKind.CITUS) {
                statement.execute("set local citus.propagate_set_commands = 'local'");
            }
            statement.execute("set local session_replication_role = replica");
            int changed = statement.executeUpdate(sql);
            connection.commit();
            return changed;
        }
    }
}
