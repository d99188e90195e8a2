package io.ledgerlens.adapter.persistence.recording;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.postgresql.PGConnection;

/**
 * Rows for one table, sent with PostgreSQL's COPY: one round trip for the
 * whole batch, and next to no work in Java (no statement to render, no
 * values to bind). Constraints and foreign keys are checked as for inserts.
 */
final class RowBatch {

    private final Table<?> table;
    private final List<Field<?>> fields;
    private final StringBuilder csv = new StringBuilder();
    private int rows;

    RowBatch(Table<?> table, Field<?>... fields) {
        this.table = table;
        this.fields = List.of(fields);
    }

    /** Adds a row; values in the order of the fields. */
    RowBatch add(Object... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(table.getName() + " takes " + fields.size() + " values, not " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            appendCsv(values[i]);
        }
        csv.append('\n');
        rows++;
        return this;
    }

    void insert(DSLContext dsl) {
        if (rows == 0) {
            return;
        }
        var columns = fields.stream().map(Field::getName).collect(Collectors.joining(", "));
        var copy = "COPY " + table.getName() + " (" + columns + ") FROM STDIN WITH (FORMAT csv)";
        dsl.connection(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(csv.toString()));
            } catch (IOException failure) {
                throw new SQLException("COPY into " + table.getName() + " failed", failure);
            }
        });
    }

    /**
     * CSV as COPY reads it: an unquoted empty field is NULL, so every text is
     * quoted (an empty text stays an empty text) and quotes inside are doubled.
     */
    private void appendCsv(Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else if (value instanceof BigDecimal decimal) {
            csv.append(decimal.toPlainString());
        } else if (value instanceof Instant instant) {
            csv.append(instant);
        } else if (value instanceof Boolean flag) {
            csv.append(flag ? 't' : 'f');
        } else if (value instanceof Number || value instanceof java.time.LocalDate) {
            csv.append(value);
        } else {
            throw new DataAccessException("no COPY form for " + value.getClass().getSimpleName());
        }
    }
}
