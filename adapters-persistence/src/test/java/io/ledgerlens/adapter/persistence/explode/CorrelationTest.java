package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.LEDGER_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.jooq.SQLDialect;
import org.jooq.conf.NestedCollectionEmulation;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * How an event's sections are matched to it, read from the SQL each kind of database is sent: on one PostgreSQL by
 * the event's id alone (the statements measured in the README), on Citus by the org and the request's orgs too, in
 * every nested table, so that Citus can plan them on the request's shards.
 */
class CorrelationTest {

    private static final org.jooq.DSLContext RENDERER = DSL.using(SQLDialect.POSTGRES, new Settings()
            .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
            .withEmulateMultiset(NestedCollectionEmulation.JSON));
    /** Every table a section reads from or joins, and its alias (not a column, as in {@code extract(epoch from t.c)}). */
    private static final Pattern SECTION_TABLE = Pattern.compile("(?:from|join) (\\w+)(?![.\\w])(?: as (\\w+))?");

    private static String everySection(Correlation correlation) {
        return RENDERER.render(new EventColumns(SectionShape.ALL, correlation).everyColumnAfter().from(LEDGER_EVENT));
    }

    @Test
    void onOnePostgresqlSectionsAreMatchedByTheEventsIdAlone() {
        var sql = everySection(Correlation.BY_EVENT);

        assertThat(sql).doesNotContain("org_id = any").doesNotContain("org_id = ledger_event.org_id");
        // The kinds of detail are read by V21's functions.
        assertThat(sql).contains("ledger_transfer_detail(ledger_event.event_log_id)");
    }

    @Test
    void onCitusEveryNestedTableIsMatchedByItsOrgAndTheRequestsOrgs() {
        var sql = everySection(Correlation.BY_EVENT_AND_ORG);

        // The event statement's own FROM, the event, is the caller's: the sections come before it.
        var sections = sql.substring(0, sql.lastIndexOf(" from ledger_event"));
        var matcher = SECTION_TABLE.matcher(sections);
        var tables = new java.util.ArrayList<String>();
        while (matcher.find()) {
            var alias = matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
            tables.add(matcher.group(1));
            // Its conditions: its join's, or its where after the joins, before the subquery's ordering or next one.
            var rest = sections.substring(matcher.end());
            var end = java.util.stream.IntStream.of(rest.indexOf(" order by "), rest.indexOf("(select "), rest.length())
                    .filter(at -> at >= 0).min().orElseThrow();
            assertThat(rest.substring(0, end)).as(matcher.group(1)).contains(alias + ".org_id = any (");
        }
        assertThat(tables).containsAll(List.of("bill", "line_item", "points_allocation", "custom_field", "extended_field",
                "payment_mode", "event_tier", "generic_event_detail", "behavioral_field", "behavioral_attribute",
                "transfer_detail", "transfer_party", "event_program_points", "program", "adjustment_deduction",
                "import_detail"));
        // Read in the statement itself: a function's query from a shard would be a nested distributed execution.
        assertThat(sql).doesNotContain("ledger_transfer_detail(");
    }
}
