package io.ledgerlens.adapter.persistence.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A bulk registration of more customers than one statement can carry values for (an import's batch size is the
 * operator's): every one is written. On one PostgreSQL the batch travels as column arrays; on Citus
 * ({@code bench/citus/suites.sh}) as rows of values, split by {@link ProfileRows#ROWS_PER_STATEMENT}.
 */
class LargeRegistrationBatchTest {

    private static final OrgId BRAND = OrgId.of(700);

    private final PostgresDatabase.Ledger ledger = PostgresDatabase.freshLedger();

    @Test
    void a_batch_larger_than_one_statement_carries_is_written_whole() throws SQLException {
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(BRAND, "Bulk", ZoneId.of("UTC"), true));
        // Four values a row: more rows than a statement of 65,535 values (the driver's limit) can carry.
        var count = 65_535 / 4 + 1;
        var customers = IntStream.range(0, count).mapToObj(i -> Customer.register(CustomerId.of(7_000_000L + i), BRAND,
                "First" + i, "Last", List.of(CustomerIdentifier.of(IdentifierName.MOBILE, String.valueOf(9_170_000_000L + i),
                        Source.INSTORE)))).toList();

        var notWritten = new JooqRegistration(PostgresDatabase.storeOn(ledger.service()))
                .inOrg(BRAND, registry -> registry.customers().saveAll(customers));

        assertThat(notWritten).isEmpty();
        try (var connection = ledger.owner().getConnection(); var rows = connection.createStatement().executeQuery(
                "select (select count(*) from customer where org_id = 700),"
                        + " (select count(*) from customer_identifier where org_id = 700)")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(count);
            assertThat(rows.getLong(2)).isEqualTo(count);
        }
    }
}
