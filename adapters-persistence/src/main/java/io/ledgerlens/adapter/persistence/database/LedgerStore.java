package io.ledgerlens.adapter.persistence.database;

import io.ledgerlens.application.port.out.LedgerUnavailableException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door to PostgreSQL for every adapter. Any failure of the store
 * (refused connection, pool timeout, SQL error) becomes a
 * {@link LedgerUnavailableException}: the cause is logged here and never
 * travels further, so no SQL reaches a client.
 */
public final class LedgerStore {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerStore.class);

    private final DSLContext dsl;

    private LedgerStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public static LedgerStore on(DataSource dataSource) {
        var configuration = new DefaultConfiguration()
                .set(dataSource)
                .set(SQLDialect.POSTGRES)
                .set(new Settings()
                        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                        .withExecuteLogging(false));
        return new LedgerStore(DSL.using(configuration));
    }

    /** Runs a read; a failing store becomes {@link LedgerUnavailableException}. */
    public <T> T read(Function<DSLContext, T> query) {
        try {
            return query.apply(dsl);
        } catch (DataAccessException failure) {
            throw unavailable(failure);
        }
    }

    /** Runs {@code work} in one transaction: all of it is written, or none. */
    public <T> T write(Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (DataAccessException failure) {
            throw unavailable(failure);
        }
    }

    private static LedgerUnavailableException unavailable(DataAccessException failure) {
        LOG.warn("ledger store failed: {}", failure.getMessage());
        return new LedgerUnavailableException("the ledger store cannot answer", failure);
    }
}
