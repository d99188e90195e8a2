package io.ledgerlens.adapter.persistence.recording;

import com.fasterxml.jackson.core.JsonFactory;
import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.adapter.persistence.database.PostgresValues;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;

/**
 * Rows for one table, sent as one INSERT of column arrays unnested by
 * PostgreSQL, queued with the transaction's other statements in a {@link Pipeline}:
 * one statement for the whole batch, one statement text per
 * table (prepared once), and next to no work in Java (no multi-row statement
 * to render). Ids and flags travel as binary arrays, instants as epoch
 * microseconds, amounts and text as text (measured on 200,000 events: sending
 * ids and instants as text cost PostgreSQL 33 s of CPU, this way 27 s). Constraints, foreign keys and row-level
 * security are checked as for any insert.
 *
 * <p>Not COPY, which this class used before: PostgreSQL refuses COPY FROM into
 * a table with row-level security for a role subject to it, and the service's
 * role is (migration V5). Measured importing 50,000 events into the machine's
 * PostgreSQL, twice each: 1,443 and 1,462 events/s this way, 1,679 and 1,452
 * with COPY: no difference beyond the noise between runs.
 *
 * <p>On Citus the same batch travels as rows of values ({@link #queued}): there the unnest's insert would be copied
 * into the shards, which is that same COPY.
 */
public final class RowBatch {

    /** How a column travels: ids and flags as binary arrays, instants as epoch microseconds, the rest as text. */
    private enum Carrier {
        BIGINT("int8", "bigint", "%s"),
        INTEGER("int4", "integer", "%s"),
        BOOLEAN("bool", "boolean", "%s"),
        // PostgreSQL parses a timestamptz from text slowly; from microseconds it only adds. Whole seconds and the
        // microseconds apart: a double holds every microsecond only up to the year 2255 (expiry dates reach 9999).
        INSTANT("int8", "bigint", "to_timestamp(%1$s / 1000000) + (%1$s %% 1000000) * interval '1 microsecond'"),
        TEXT("text", "text", "%s");

        final String arrayElement;
        final String sqlElement;
        final String select;

        Carrier(String arrayElement, String sqlElement, String select) {
            this.arrayElement = arrayElement;
            this.sqlElement = sqlElement;
            this.select = select;
        }

        static Carrier of(Field<?> field) {
            var javaType = field.getType();
            if (javaType == Long.class) {
                return BIGINT;
            } else if (javaType == Integer.class) {
                return INTEGER;
            } else if (javaType == Boolean.class) {
                return BOOLEAN;
            } else if (javaType == Instant.class) {
                return INSTANT;
            }
            return TEXT;
        }

        Object carried(Object value) {
            if (value == null) {
                return null;
            }
            return switch (this) {
                case BIGINT -> ((Number) value).longValue();
                case INTEGER -> ((Number) value).intValue();
                case BOOLEAN -> (Boolean) value;
                case INSTANT -> PostgresValues.epochMicros((Instant) value);
                case TEXT -> text(value);
            };
        }
    }

    /**
     * Each shape's statement, rendered once: rendering it for every append took an eighth of the JVM's time inside a
     * group's transaction, while PostgreSQL waited.
     */
    private static final Map<Shape, String> STATEMENTS = new ConcurrentHashMap<>();
    /** Thread-safe once configured; each batch makes its own generator. */
    private static final JsonFactory JSON = new JsonFactory();
    /** The most binds one statement can carry: the protocol counts them in a signed 16-bit number. */
    static final int MOST_BINDS = Short.MAX_VALUE;
    /**
     * Each table's carriers, found once: a group's row writers are made anew for every append, and finding them (a
     * jOOQ type lookup per field of some fifteen tables) was a third of queueing a group's rows.
     */
    private static final Map<Shape, List<Carrier>> CARRIERS = new ConcurrentHashMap<>();

    /**
     * What a batch's statement depends on. By identity: the table and fields are jOOQ's generated constants, whose
     * own {@code hashCode} builds qualified names each time.
     */
    private record Shape(Table<?> table, List<Field<?>> fields, String onConflict) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Shape shape) || shape.table != table || !shape.onConflict.equals(onConflict)
                    || shape.fields.size() != fields.size()) {
                return false;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (shape.fields.get(i) != fields.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = System.identityHashCode(table) * 31 + onConflict.hashCode();
            for (var field : fields) {
                hash = hash * 31 + System.identityHashCode(field);
            }
            return hash;
        }
    }

    private final Table<?> table;
    private final List<Field<?>> fields;
    private final List<Carrier> carriers;
    private final List<List<Object>> columns;
    private int rows;
    private String onConflict = "";

    /**
     * An empty batch for {@code table}'s {@code fields}.
     *
     * @param table the table written
     * @param fields its columns, in the order {@link #add} takes their values
     */
    public RowBatch(Table<?> table, Field<?>... fields) {
        this.table = table;
        this.fields = List.of(fields);
        this.carriers = CARRIERS.computeIfAbsent(new Shape(table, this.fields, ""),
                shape -> shape.fields().stream().map(Carrier::of).toList());
        var columns = new ArrayList<List<Object>>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            columns.add(new ArrayList<>());
        }
        this.columns = columns;
    }

    /**
     * Adds a row.
     *
     * @param values its values, in the order of the fields
     * @return this batch
     */
    public RowBatch add(Object... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(table.getName() + " takes " + fields.size() + " values, not " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            columns.get(i).add(carriers.get(i).carried(values[i]));
        }
        rows++;
        return this;
    }

    /**
     * Queues the batch's insert, even of no rows: then every append queues the same statements and its pipeline's
     * text is one of very few, which the driver prepares once per connection and PostgreSQL plans once. Skipped
     * when empty, a group commit's mixed events made a new text nearly every time, parsed and planned anew
     * (measured: 1,446 against 1,817 events/s, PostgreSQL 0.42 against 0.30 ms of CPU per event). Rendered for the
     * database as the pipeline is sent.
     *
     * @param pipeline the transaction's statements
     */
    public void queueIn(Pipeline pipeline) {
        pipeline.write(table.getName(), queued());
    }

    /**
     * The rows as one JSON array of objects keyed by column name, each value as the batch carries it (instants as
     * epoch microseconds, amounts and dates as text); {@code []} for no rows. For a statement that inserts only the
     * batches with rows (migration V26).
     */
    String jsonRows() {
        if (rows == 0) {
            return "[]";
        }
        var text = new StringWriter(64 * rows * fields.size());
        try (var json = JSON.createGenerator(text)) {
            json.writeStartArray();
            for (int row = 0; row < rows; row++) {
                json.writeStartObject();
                for (int column = 0; column < fields.size(); column++) {
                    json.writeFieldName(fields.get(column).getName());
                    json.writeObject(columns.get(column).get(row));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return text.toString();
    }

    /** The batch as it stands, to be rendered for the database it is sent to. */
    Pipeline.ByKind queued() {
        var arrays = new Object[fields.size()];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = new Pipeline.SqlArray(carriers.get(i).arrayElement, arrayOf(i));
        }
        return new Queued(new Shape(table, fields, onConflict), carriers, arrays, rows);
    }

    /**
     * A batch as queued, rendered for the database it is sent to. On one PostgreSQL: the insert of column arrays,
     * queued even with no rows (above). On Citus: rows of values, and nothing for no rows. Citus cannot push an
     * {@code insert ... select} from arrays down to a shard; it pulls the rows to the coordinator and copies them into
     * the shards, which PostgreSQL refuses under row-level security ("COPY FROM not supported with row-level
     * security"). A multi-row {@code insert ... values} it routes by the org of each row.
     */
    private record Queued(Shape shape, List<Carrier> carriers, Object[] arrays, int rows)
            implements Pipeline.ByKind {

        @Override
        public List<Pipeline.Sql> statements(DatabaseKind kind) {
            if (kind == DatabaseKind.POSTGRESQL) {
                return List.of(new Pipeline.Sql(STATEMENTS.computeIfAbsent(shape, RowBatch::sql), List.of(arrays)));
            }
            // The protocol numbers a statement's binds in 16 bits: a batch of more values is sent in several.
            var perStatement = Math.max(1, MOST_BINDS / arrays.length);
            var statements = new ArrayList<Pipeline.Sql>();
            for (int first = 0; first < rows; first += perStatement) {
                int count = Math.min(perStatement, rows - first);
                statements.add(new Pipeline.Sql(valuesSql(shape, count), binds(first, count)));
            }
            return statements;
        }

        /** Rows {@code first} to {@code first + count}, value by value. */
        private List<Object> binds(int first, int count) {
            var binds = new ArrayList<Object>(count * arrays.length);
            for (int row = first; row < first + count; row++) {
                for (int column = 0; column < arrays.length; column++) {
                    var value = ((Pipeline.SqlArray) arrays[column]).values()[row];
                    // An instant travels as epoch microseconds in an array; as a value, as the instant it is.
                    binds.add(carriers.get(column) == Carrier.INSTANT && value != null
                            ? Instant.EPOCH.plus((Long) value, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC) : value);
                }
            }
            return binds;
        }
    }

    /** The multi-row insert of {@code rows} rows of {@code shape}, each value cast to its column's type. */
    private static String valuesSql(Shape shape, int rows) {
        var fields = shape.fields();
        var row = fields.stream().map(field -> switch (Carrier.of(field)) {
            case BIGINT -> "?::bigint";
            case INTEGER -> "?::integer";
            case BOOLEAN -> "?::boolean";
            case INSTANT -> "?::timestamptz";
            case TEXT -> "?::" + sqlType(field);
        }).collect(Collectors.joining(", ", "(", ")"));
        return "insert into " + shape.table().getName() + " ("
                + fields.stream().map(Field::getName).collect(Collectors.joining(", ")) + ") values "
                + String.join(", ", java.util.Collections.nCopies(rows, row)) + shape.onConflict();
    }

    /** Rows already stored are left as they are (reference data, registered on first use). */
    RowBatch keepingStoredRows() {
        onConflict = " on conflict do nothing";
        return this;
    }

    private static String sql(Shape shape) {
        var table = shape.table();
        var fields = shape.fields();
        var carriers = fields.stream().map(Carrier::of).toList();
        var names = fields.stream().map(Field::getName).collect(Collectors.joining(", "));
        var selected = new ArrayList<String>();
        var arrays = new ArrayList<String>();
        for (int i = 0; i < fields.size(); i++) {
            var carrier = carriers.get(i);
            selected.add(carrier == Carrier.TEXT ? "c" + i + "::" + sqlType(fields.get(i)) : carrier.select.formatted("c" + i));
            arrays.add("?::" + carrier.sqlElement + "[]");
        }
        var aliases = IntStream.range(0, fields.size()).mapToObj(i -> "c" + i).collect(Collectors.joining(", "));
        return "insert into " + table.getName() + " (" + names + ") select " + String.join(", ", selected)
                + " from unnest(" + String.join(", ", arrays) + ") as u(" + aliases + ")" + shape.onConflict();
    }

    private Object[] arrayOf(int column) {
        var values = columns.get(column);
        return switch (carriers.get(column)) {
            case BIGINT, INSTANT -> values.toArray(Long[]::new);
            case INTEGER -> values.toArray(Integer[]::new);
            case BOOLEAN -> values.toArray(Boolean[]::new);
            case TEXT -> values.toArray(String[]::new);
        };
    }

    /** A value PostgreSQL casts from text to its column's type. */
    private static String text(Object value) {
        if (value instanceof String string) {
            return string;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        throw new DataAccessException("no text form for " + value.getClass().getSimpleName());
    }

    private static String sqlType(Field<?> field) {
        var type = field.getType();
        if (type == BigDecimal.class) {
            return "numeric";
        } else if (type == LocalDate.class) {
            return "date";
        } else if (type == JSONB.class) {
            // jOOQ reads the migrations' json columns as JSONB; the ledger's one (V24) is json, stored as sent.
            return "json";
        }
        return "text";
    }
}
