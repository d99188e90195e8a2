package io.ledgerlens.adapter.persistence.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;

/**
 * {@code --citus} on one PostgreSQL is refused before any migration runs, in words an operator can act on (the
 * other way round, a Citus coordinator served without {@code --citus}, is {@link CitusFenceTest}'s cluster's).
 */
class DatabaseKindRefusedTest {

    @Test
    void citusMigrationsAreRefusedOnOnePostgresql() {
        var ledger = PostgresDatabase.freshLedger();

        assertThatThrownBy(() -> LedgerSchema.migrate(ledger.owner(), DatabaseKind.CITUS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--citus needs a Citus coordinator")
                .hasMessageContaining("create extension citus");
    }
}
