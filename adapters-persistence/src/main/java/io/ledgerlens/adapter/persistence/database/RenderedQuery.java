package io.ledgerlens.adapter.persistence.database;

import java.util.List;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Field;

/**
 * A select rendered to SQL once and run many times with new bind values.
 * Its columns keep their jOOQ types, so nested MULTISETs are still read back
 * into their records.
 */
public final class RenderedQuery {

    private final LedgerStore store;
    private final String sql;
    private final List<Field<?>> columns;

    private RenderedQuery(LedgerStore store, String sql, List<Field<?>> columns) {
        this.store = store;
        this.sql = sql;
        this.columns = columns;
    }

    /** Renders {@code template}, which must have exactly {@code binds} bind values (constants inlined). */
    public static RenderedQuery of(LedgerStore store, Select<?> template, int binds) {
        var found = store.bindValues(template).size();
        if (found != binds) {
            throw new IllegalStateException("the template has " + found + " bind values, expected " + binds);
        }
        return new RenderedQuery(store, store.sql(template), List.copyOf(template.getSelect()));
    }

    /**
     * Runs the statement within {@code fence} with {@code binds}, in the order
     * the template declared them, and reads the rows through the template's
     * columns. The statement goes to JDBC as rendered: handing it back to jOOQ
     * would render it again.
     */
    public List<Record> fetch(TenantFence fence, Object... binds) {
        return store.fetch(fence, sql, columns, binds);
    }
}
