package io.ledgerlens.adapter.persistence.database;

/**
 * What kind of PostgreSQL holds the ledger: one server, or a Citus cluster whose coordinator the service connects
 * to. They differ in how a call's {@link TenantFence} reaches the rows: PostgreSQL enforces row-level security where
 * the statement runs, but Citus runs each statement's part on the worker holding the shard, on a connection of its
 * own, which sees only what the coordinator's transaction passes on to it.
 */
public enum DatabaseKind {

    /** One PostgreSQL server (or a replica set behind one address): the default. */
    POSTGRESQL,

    /**
     * A Citus coordinator: the schema is distributed by org (the migrations of {@code db/citus} as well), and the fence
     * is set by {@code SET LOCAL} inside an explicit transaction, which Citus repeats on every worker connection of
     * that transaction; a {@code set_config} there would stay on the coordinator and every fenced shard would answer
     * nothing.
     */
    CITUS
}
