package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.domain.testdata.BillBuilder.aBill;
import static io.ledgerlens.domain.testdata.BillBuilder.aLineItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.contract.Subjects;
import io.ledgerlens.application.port.out.LedgerRefusedException;
import io.ledgerlens.application.port.out.LedgerRefusedException.Part;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.Amounts;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.event.detail.GoodwillDetail;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The second line behind the door: a value PostgreSQL refuses (too long, out
 * of range, a character it cannot hold) is the input's fault, said as a
 * {@link LedgerRefusedException} naming the part of the event it was in, and
 * not as a store that cannot answer. Events built past the door, as a bug
 * in it would let them through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedValuesTest {

    private static final OrgId ORG = OrgId.of(71);
    private static final CustomerId CUSTOMER = CustomerId.of(7101);

    private JooqRecordLedger recorder;
    private EventAppends appends;
    private JooqRegistration registration;
    private int uniqueIds;

    @BeforeAll
    void openTheLedger() {
        var ledger = PostgresDatabase.freshLedger();
        recorder = new JooqRecordLedger(PostgresDatabase.storeOn(ledger.service()));
        appends = new EventAppends(recorder);
        registration = new JooqRegistration(PostgresDatabase.storeOn(ledger.service()));
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(ORG, "Refusing", ZoneId.of("UTC"), true));
        new Subjects(registration).register(Customer.register(CUSTOMER, ORG, "R", "V", List.of()));
    }

    private LedgerEvent purchase(UnaryOperator<LedgerEventBuilder> change) {
        return change.apply(LedgerEventBuilder.aTransactionAdd().id(recorder.nextEventLogId().value()).org(ORG)
                .subject(EventSubject.customer(CUSTOMER)).uniqueId("refused-" + uniqueIds++)).build();
    }

    private static void refusedAt(LedgerEvent event, Part part, org.assertj.core.api.ThrowableAssert.ThrowingCallable append) {
        assertThatThrownBy(append).isInstanceOfSatisfying(LedgerRefusedException.class,
                refused -> assertThat(refused.part()).as(event.uniqueId()).isEqualTo(part));
    }

    @Test
    void a_unique_id_longer_than_its_column_is_refused_in_the_event() {
        var event = purchase(e -> e.uniqueId("u".repeat(256)));
        refusedAt(event, Part.EVENT, () -> appends.append(event));
    }

    @Test
    void an_amount_beyond_its_column_is_refused_in_the_bill() {
        var event = purchase(e -> e.bill(aBill().amounts(Amounts.of("1" + "0".repeat(18), "0", "1"))));
        refusedAt(event, Part.BILL, () -> appends.append(event));
    }

    @Test
    void a_nul_character_is_refused_where_it_was_sent() {
        var note = purchase(e -> e.bill(aBill().note("nul\u0000inside")));
        refusedAt(note, Part.BILL, () -> appends.append(note));
        var field = purchase(e -> e.customField("zone", "north\u0000"));
        refusedAt(field, Part.CUSTOM_FIELDS, () -> appends.appendAll(List.of(field)));
    }

    @Test
    void an_item_code_longer_than_its_column_is_refused_in_the_line_items() {
        var line = aLineItem(1, Allocations.regular("1.0"));
        var tooLong = new io.ledgerlens.domain.event.LineItem(line.id(), "c".repeat(256), line.amounts(), line.rate(),
                line.qty(), line.allocations(), line.returned());
        var event = purchase(e -> e.bill(aBill().lineItems(tooLong)));
        refusedAt(event, Part.LINE_ITEMS, () -> appends.appendAll(List.of(event)));
    }

    @Test
    void a_goodwill_reason_longer_than_its_column_is_refused_in_the_event_detail() {
        var event = LedgerEventBuilder.anEvent(EventName.ALLOCATE_GOODWILL_POINTS).id(recorder.nextEventLogId().value())
                .org(ORG).subject(EventSubject.customer(CUSTOMER)).uniqueId("refused-goodwill")
                .detail(new GoodwillDetail("r".repeat(256), "", Optional.empty(), "")).build();
        refusedAt(event, Part.EVENT_DETAIL, () -> appends.append(event));
    }

    @Test
    void a_customer_name_longer_than_its_column_is_refused_in_the_customer() {
        var customer = Customer.register(CustomerId.of(7102), ORG, "f".repeat(256), "", List.of());
        assertThatThrownBy(() -> registration.inOrg(ORG, registry -> registry.customers().save(customer))).isInstanceOfSatisfying(LedgerRefusedException.class,
                refused -> assertThat(refused.part()).isEqualTo(Part.CUSTOMER));
    }
}
