package io.ledgerlens.adapter.persistence.testing;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.LedgerSchema;
import io.ledgerlens.adapter.persistence.database.PostgresDataSources;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The nodes of the Citus cluster whose coordinator the tests were given ({@code -Dledgerlens.test.db-kind=citus}), and
 * test databases made on every one of them.
 *
 * <p>A Citus database is one database of the same name on the coordinator and on each worker (the coordinator connects
 * to the workers' database of its own name), each with the extension, and the workers in the coordinator's metadata.
 * The template is made and migrated once, on all nodes, then closed to connections: Citus keeps a maintenance daemon
 * connected to every database it runs in, and PostgreSQL copies no database someone is connected to. A test's database
 * is then {@code create database … template …} on every node, a fraction of a second, with the template's shards,
 * placements and metadata in it, all consistent because every node copies its own part.
 */
final class CitusNodes {

    /**
     * Shards per distributed table in test databases: a few, so that the orgs of a test still spread over shards and
     * workers while the template migrates in seconds rather than a minute (32, Citus's default, in production).
     */
    private static final int TEST_SHARD_COUNT = 4;

    private final PostgresDatabase.Server coordinator;
    private final String coordinatorHost;
    private final int coordinatorPort;
    private final List<PostgresDatabase.Server> workers;
    private final List<String> workerAddresses;

    private CitusNodes(PostgresDatabase.Server coordinator, String host, int port, List<PostgresDatabase.Server> workers,
                       List<String> workerAddresses) {
        this.coordinator = coordinator;
        this.coordinatorHost = host;
        this.coordinatorPort = port;
        this.workers = workers;
        this.workerAddresses = workerAddresses;
    }

    /** The nodes as the coordinator's own database ({@code bench/citus/up.sh}'s, or yours) knows them. */
    static CitusNodes of(PostgresDatabase.Server coordinator) {
        var url = coordinator.urlOf(coordinator.adminDatabase());
        try (var connection = DriverManager.getConnection(url, coordinator.user(), coordinator.password());
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select groupid, nodename, nodeport from pg_dist_node"
                     + " where noderole = 'primary' and isactive order by groupid, nodeid")) {
            String host = null;
            var port = 0;
            var workers = new ArrayList<PostgresDatabase.Server>();
            var addresses = new ArrayList<String>();
            while (rows.next()) {
                if (rows.getInt(1) == 0) {
                    host = rows.getString(2);
                    port = rows.getInt(3);
                } else {
                    workers.add(new PostgresDatabase.Server("jdbc:postgresql://" + rows.getString(2) + ":" + rows.getInt(3)
                            + "/", coordinator.user(), coordinator.password(), "postgres"));
                    addresses.add(rows.getString(2) + ":" + rows.getInt(3));
                }
            }
            if (host == null || workers.isEmpty()) {
                throw new IllegalStateException(url + " is not a Citus coordinator with its host set and workers added"
                        + " (bench/citus/up.sh makes one)");
            }
            return new CitusNodes(coordinator, host, port, workers, addresses);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not read the Citus nodes from " + url
                    + " (-Dledgerlens.test.db-kind=citus needs the URL of a coordinator's database with the extension)",
                    failure);
        }
    }

    /** Makes {@code name} on every node, migrated with {@code --citus}'s migrations, closed as a template. */
    void makeTemplate(String name) {
        everyNode(node -> run(node, node.adminDatabase(), "create database " + name));
        everyNode(node -> run(node, name, "create extension citus"));
        run(coordinator, name, "select citus_set_coordinator_host('" + coordinatorHost + "', " + coordinatorPort + ")");
        for (var address : workerAddresses) {
            var colon = address.lastIndexOf(':');
            run(coordinator, name, "select citus_add_node('" + address.substring(0, colon) + "', "
                    + address.substring(colon + 1) + ")");
        }
        run(coordinator, coordinator.adminDatabase(), "alter database " + name + " set citus.shard_count = "
                + TEST_SHARD_COUNT);
        LedgerSchema.migrate(PostgresDataSources.owner(coordinator.urlOf(name), coordinator.user(), coordinator.password()),
                DatabaseKind.CITUS);
        everyNode(node -> {
            run(node, node.adminDatabase(), "alter database " + name + " allow_connections false");
            // The maintenance daemon ends on SIGTERM without being restarted; no new session can start another.
            run(node, node.adminDatabase(), "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                    + name + "'");
        });
    }

    /** A copy of {@code template} named {@code name} on every node, workers first. */
    void copy(String template, String name) {
        everyNode(node -> run(node, node.adminDatabase(), "create database " + name + " template " + template));
    }

    /** Drops {@code name} everywhere, the coordinator first (it holds the connections to the workers). */
    void drop(String name) {
        run(coordinator, coordinator.adminDatabase(), "drop database if exists " + name + " with (force)");
        for (var worker : workers) {
            run(worker, worker.adminDatabase(), "drop database if exists " + name + " with (force)");
        }
    }

    private void everyNode(Consumer<PostgresDatabase.Server> action) {
        workers.forEach(action);
        action.accept(coordinator);
    }

    private static void run(PostgresDatabase.Server node, String database, String sql) {
        try (var connection = DriverManager.getConnection(node.urlOf(database), node.user(), node.password());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not run '" + sql + "' on " + node.urlOf(database), failure);
        }
    }
}
