package io.ledgerlens.adapter.persistence.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;

/**
 * A select rendered to SQL once and run many times with new bind values,
 * planned by PostgreSQL once per connection ({@link LedgerStore.Planning#ONCE}).
 * Its columns keep their jOOQ types, so nested MULTISETs are still read back
 * into their records.
 */
public final class RenderedQuery {

    /** A named parameter as jOOQ renders it ({@code :orgs}); {@code ::type} would be a cast, {@code :1} an unnamed one. */
    private static final Pattern NAMED_PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z]\\w*)");

    private final LedgerStore store;
    private final LedgerStore.PlannedOnce sql;
    private final List<Field<?>> columns;
    /** For a template of named parameters: the name bound at each {@code ?} of {@link #sql}, in order. */
    private final List<String> slots;

    private RenderedQuery(LedgerStore store, String sql, List<Field<?>> columns, List<String> slots) {
        this.store = store;
        this.sql = store.plannedOnce(sql);
        this.columns = columns;
        this.slots = slots;
    }

    /**
     * Renders {@code template}, which must have exactly {@code binds} bind values (constants inlined).
     *
     * @param store the store that renders it and will run it
     * @param template the select, built once with placeholder bind values
     * @param binds how many bind values it must have: a check that no constant became one
     * @return the rendered statement, to run with {@link #fetch(TenantFence, Object...)}
     * @throws IllegalStateException if the template has another number of bind values
     */
    public static RenderedQuery of(LedgerStore store, Select<?> template, int binds) {
        var found = store.bindValues(template).size();
        if (found != binds) {
            throw new IllegalStateException("the template has " + found + " bind values, expected " + binds);
        }
        return new RenderedQuery(store, store.sql(template), List.copyOf(template.getSelect()), List.of());
    }

    /**
     * Renders {@code template}, whose bind values are all named parameters
     * ({@code DSL.param(name, type)}), each of which may be used more than once:
     * {@link #fetch(TenantFence, Map)} then binds every use of a name to its value.
     *
     * @param store the store that renders it and will run it
     * @param template the select, whose every bind value is a named parameter
     * @return the rendered statement, to run with {@link #fetch(TenantFence, Map)}
     * @throws IllegalStateException if a bind value is not a named parameter
     */
    public static RenderedQuery named(LedgerStore store, Select<?> template) {
        var slots = new ArrayList<String>();
        var uses = NAMED_PARAMETER.matcher(store.sqlWithNamedParameters(template));
        while (uses.find()) {
            slots.add(uses.group(1));
        }
        var found = store.bindValues(template).size();
        if (slots.isEmpty() || found != slots.size()) {
            throw new IllegalStateException("the template binds " + found + " values, of which " + slots.size() + " are named");
        }
        return new RenderedQuery(store, store.sql(template), List.copyOf(template.getSelect()), List.copyOf(slots));
    }

    /**
     * Runs the statement within {@code fence} with {@code binds}, in the order
     * the template declared them, and reads the rows through the template's
     * columns. The statement goes to JDBC as rendered: handing it back to jOOQ
     * would render it again.
     *
     * @param fence the orgs the statement may see
     * @param binds the bind values, in the order the template declared them
     * @return the rows, read through the template's columns
     * @throws IllegalStateException if the statement binds named parameters
     */
    public List<Record> fetch(TenantFence fence, Object... binds) {
        if (!slots.isEmpty()) {
            throw new IllegalStateException("this statement binds named parameters");
        }
        return store.fetch(fence, sql, columns, binds);
    }

    /**
     * Runs a statement of named parameters within {@code fence}, every use of a name bound to its value.
     *
     * @param fence the orgs the statement may see
     * @param values each parameter's value, by its name
     * @return the rows, read through the template's columns
     * @throws IllegalArgumentException if a parameter has no value
     */
    public List<Record> fetch(TenantFence fence, Map<String, ?> values) {
        var binds = new Object[slots.size()];
        for (int i = 0; i < binds.length; i++) {
            if (!values.containsKey(slots.get(i))) {
                throw new IllegalArgumentException("no value for the parameter " + slots.get(i));
            }
            binds[i] = values.get(slots.get(i));
        }
        return store.fetch(fence, sql, columns, binds);
    }
}
