package io.ledgerlens.adapter.persistence.explode;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import java.sql.SQLException;
import org.jooq.SQLDialect;
import org.jooq.conf.NestedCollectionEmulation;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The functions that read each kind of detail (V21) say exactly what their jOOQ queries in {@link DetailRows}
 * render, so the rows an explode reads are still defined once. A change to a query there fails here, with the body
 * the new migration must give its function.
 */
class DetailFunctionsTest {

    private static final org.jooq.DSLContext RENDERER = DSL.using(SQLDialect.POSTGRES, new Settings()
            .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
            .withEmulateMultiset(NestedCollectionEmulation.JSON));

    private final PostgresDatabase.Ledger ledger = PostgresDatabase.freshLedger();

    /** The body a function must have: its query rendered, answering the event's rows as a MULTISET's JSON. */
    static String bodyOf(DetailRows.DetailKind kind) {
        return "begin return " + RENDERER.renderInlined(DetailRows.definitionOf(kind)) + "; end";
    }

    private String storedBodyOf(String function) throws SQLException {
        try (var connection = ledger.owner().getConnection();
             var statement = connection.prepareStatement("select prosrc from pg_proc where proname = ?")) {
            statement.setString(1, function);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1).strip() : "(no function " + function + ")";
            }
        }
    }

    @Test
    void every_kind_of_detail_is_read_by_a_function_that_says_what_its_query_renders() throws SQLException {
        assertThat(DetailRows.KINDS).hasSize(8);
        for (var kind : DetailRows.KINDS) {
            assertThat(storedBodyOf(kind.function()))
                    .as("%s no longer says what DetailRows reads: give it, in a new migration, the body%n%s",
                            kind.function(), bodyOf(kind))
                    .isEqualTo(bodyOf(kind));
        }
    }
}
