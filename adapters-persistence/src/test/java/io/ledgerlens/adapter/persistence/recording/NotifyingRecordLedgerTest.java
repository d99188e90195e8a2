package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.domain.testdata.Allocations.STARS;
import static io.ledgerlens.domain.testdata.Allocations.regular;
import static io.ledgerlens.domain.testdata.Allocations.regularIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.contract.JooqLedger;
import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An event may earn a currency its org did not have, which its recording adds: the instance that recorded it
 * forgets the currencies it remembers as soon as it commits, and only for such events.
 */
class NotifyingRecordLedgerTest {

    /** Notices that hear nothing from PostgreSQL: whatever is forgotten here, this instance said. */
    private final ChangeNotices notices = ChangeNotices.none();
    private final AtomicInteger currenciesForgotten = new AtomicInteger();
    private final LedgerPorts ports;

    NotifyingRecordLedgerTest() {
        notices.onChange("alternate_currency", currenciesForgotten::incrementAndGet);
        var jooq = JooqLedger.over(PostgresDatabase.freshLedger());
        ports = new LedgerPorts(jooq.orgs(), jooq.subjects(), jooq.events(), new NotifyingRecordLedger(jooq.recorder(), notices),
                jooq.registration(), jooq.tree(), jooq.chain(), jooq.export());
        LedgerWorld.recordedThrough(ports);
    }

    private void recordRegistrationEarning(LedgerEventBuilder event) {
        var id = ports.recorder().nextEventLogId();
        ports.appends().append(event.id(id.value()).build());
    }

    private static LedgerEventBuilder aRegistrationOfAsha(String uniqueId) {
        return LedgerEventBuilder.anEvent(EventName.CUSTOMER_REGISTRATION).org(LedgerWorld.PARENT)
                .subject(EventSubject.customer(LedgerWorld.ASHA)).uniqueId(uniqueId);
    }

    @Test
    void an_event_that_earned_an_alternate_currency_forgets_the_currencies_once_committed() {
        var before = currenciesForgotten.get();

        recordRegistrationEarning(aRegistrationOfAsha("earns-stars").allocations(regular("1.0"), regularIn(STARS, "2.0")));

        assertThat(currenciesForgotten.get()).isEqualTo(before + 1);
    }

    @Test
    void an_event_that_earned_points_only_forgets_nothing() {
        var before = currenciesForgotten.get();

        recordRegistrationEarning(aRegistrationOfAsha("earns-points").allocations(regular("1.0")));

        assertThat(currenciesForgotten.get()).isEqualTo(before);
    }
}
