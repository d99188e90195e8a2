package io.ledgerlens.adapter.persistence.explode;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.jsonArray;
import static org.jooq.impl.DSL.jsonArrayAgg;
import static org.jooq.impl.DSL.select;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.OrderField;
import org.jooq.TableLike;
import org.jooq.impl.SQLDataType;

/**
 * A section of an event (its bill, line items, allocations, fields, payment modes, tiers) as PostgreSQL aggregates
 * it, one JSON array of rows, each row the array of its columns' values in their order; read with Jackson's
 * streaming parser straight into the section's values.
 *
 * <p>jOOQ's MULTISET aggregated the same rows, but read them back through its own JSON parser into a jOOQ record
 * for each row before they became the section's values: 14% of the JVM's samples of an explode with every flag
 * (JFR, 10⁶ events). Here a section is its columns and a {@link RowReader} that takes their values in the same
 * order; a row with more or fewer values than its reader takes is refused as a broken invariant.
 */
final class SectionJson {

    /** Thread-safe once configured; each read makes its own parser. */
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    private SectionJson() {
    }

    /**
     * Reads one row's values, in the order of the section's columns.
     *
     * @param <T> the section's value
     */
    @FunctionalInterface
    interface RowReader<T> {
        T read(SectionRow row) throws IOException;
    }

    /**
     * The rows of {@code from} that match {@code where}, in {@code order}, as one JSON array of their
     * {@code columns}' values; an empty array when none match.
     */
    static Field<JSON> rows(List<? extends Field<?>> columns, TableLike<?> from, Condition where, OrderField<?>... order) {
        var values = columns.stream().map(SectionJson::asSent).toList();
        var aggregate = order.length == 0 ? jsonArrayAgg(jsonArray(values)) : jsonArrayAgg(jsonArray(values)).orderBy(order);
        return field(select(coalesce(aggregate, jsonArray())).from(from).where(where));
    }

    /**
     * A column as its section sends it: a timestamp as microseconds since the epoch (PostgreSQL's precision, exact
     * through {@code numeric}), which {@link SectionRow#instant} reads as a number; parsing it as ISO 8601 text was
     * half the time of reading an allocation. Any other column as it is.
     */
    private static Field<?> asSent(Field<?> column) {
        return column.getType() == Instant.class
                ? field("cast(extract(epoch from {0}) * 1000000 as bigint)", SQLDataType.BIGINT, column)
                : column;
    }

    /** The section {@code rows} holds, each row read by {@code reader}. */
    static <T> Field<List<T>> read(Field<JSON> rows, RowReader<T> reader) {
        return rows.convertFrom(json -> json == null ? List.of() : parse(json.data(), reader));
    }

    /** The rows of one section's JSON, as PostgreSQL wrote it. */
    static <T> List<T> parse(String json, RowReader<T> reader) {
        if ("[]".equals(json)) {
            return List.of();
        }
        try (var parser = JSON_FACTORY.createParser(json)) {
            parser.nextToken();
            return new SectionRow(parser).rowsAfterStart(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("a section of the ledger could not be read", e);
        }
    }

    /** One row alone, not an array of rows: a document whose values are sections ({@link EventDocument}). */
    static <T> T parseRow(String json, RowReader<T> reader) {
        try (var parser = JSON_FACTORY.createParser(json)) {
            parser.nextToken();
            var row = new SectionRow(parser);
            row.expect(JsonToken.START_ARRAY);
            var read = reader.read(row);
            if (parser.nextToken() != JsonToken.END_ARRAY) {
                throw new IllegalStateException("a document has more values than its reader takes");
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("a document of the ledger could not be read", e);
        }
    }

    /** One row of a section, its values taken in column order; a nested section is itself an array of rows. */
    static final class SectionRow {

        private final JsonParser parser;

        private SectionRow(JsonParser parser) {
            this.parser = parser;
        }

        /** The section's rows, the parser on the array's start. */
        private <T> List<T> rowsAfterStart(RowReader<T> reader) throws IOException {
            expect(JsonToken.START_ARRAY);
            var rows = new ArrayList<T>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                expect(JsonToken.START_ARRAY);
                rows.add(reader.read(this));
                if (parser.nextToken() != JsonToken.END_ARRAY) {
                    throw new IllegalStateException("a section's row has more values than its reader takes");
                }
            }
            return rows;
        }

        private void expect(JsonToken token) {
            if (parser.currentToken() != token) {
                throw new IllegalStateException("a section's JSON has " + parser.currentToken() + " where " + token + " belongs");
            }
        }

        /** The next value, or {@code false} if it is SQL's null. */
        private boolean next() throws IOException {
            var token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                throw new IllegalStateException("a section's row has fewer values than its reader takes");
            }
            return token != JsonToken.VALUE_NULL;
        }

        String text() throws IOException {
            return next() ? parser.getText() : null;
        }

        Long int64() throws IOException {
            return next() ? parser.getLongValue() : null;
        }

        Integer int32() throws IOException {
            return next() ? parser.getIntValue() : null;
        }

        /** A numeric as written, its scale kept ({@code 12.50} stays {@code 12.50}). */
        BigDecimal decimal() throws IOException {
            return next() ? parser.getDecimalValue() : null;
        }

        Boolean bool() throws IOException {
            return next() ? parser.getBooleanValue() : null;
        }

        /** A timestamp, sent as microseconds since the epoch ({@link #rows}). */
        Instant instant() throws IOException {
            if (!next()) {
                return null;
            }
            var micros = parser.getLongValue();
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        }

        /** A date, which PostgreSQL writes in ISO 8601. */
        LocalDate date() throws IOException {
            return next() ? LocalDate.parse(parser.getText()) : null;
        }

        /** Passes over the next value, a nested section whole: one the answer will not show. */
        void skip() throws IOException {
            if (next()) {
                parser.skipChildren();
            }
        }

        /** A nested section's rows. */
        <T> List<T> rows(RowReader<T> reader) throws IOException {
            return next() ? rowsAfterStart(reader) : List.of();
        }
    }
}
