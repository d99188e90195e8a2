package io.ledgerlens.adapter.persistence.explode;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.persistence.registration.NotifyingRegistration;
import io.ledgerlens.adapter.persistence.testing.Eventually;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.StatementCounter;
import io.ledgerlens.application.contract.OrgTrees;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import io.ledgerlens.domain.points.AlternateCurrency;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An org's settings and alternate currencies are read once and remembered by each instance; a change made through
 * this instance is answered on its very next request, one made by another instance as soon as PostgreSQL tells
 * this one.
 */
class CachedLoadOrgTest {

    private static final OrgId RETAILER = OrgId.of(100);
    private static final OrgId NOT_YET = OrgId.of(200);
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    /** Far below what is remembered at most (Remembered.KEPT_FOR): a change answered within it was heard. */
    private static final Duration HEARD_WITHIN = Duration.ofSeconds(2);

    private final PostgresDatabase.Ledger ledger = PostgresDatabase.freshLedger();
    private final StatementCounter counter = new StatementCounter();
    private final ChangeNotices notices = ChangeNotices.listeningOn(ledger.owner());
    private final CachedLoadOrg orgs = new CachedLoadOrg(new JooqLoadOrg(PostgresDatabase.storeOn(counter.counting(ledger.service()))), notices);
    private final RegistrationPort here = new NotifyingRegistration(new JooqRegistration(PostgresDatabase.storeOn(ledger.service())), notices);
    private final RegistrationPort elsewhere = new JooqRegistration(PostgresDatabase.storeOn(ledger.service()));

    CachedLoadOrgTest() {
        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(RETAILER, "Retailer", UTC, false));
        Eventually.within(HEARD_WITHIN, "the instance listens", notices::isListening);
    }

    @AfterEach
    void stopListening() {
        notices.close();
    }

    private ZoneId zoneOfTheRetailer() {
        return orgs.settingsOf(List.of(RETAILER)).get(0).timeZone();
    }

    private static void changeZone(RegistrationPort registration, ZoneId zone) {
        registration.inOrg(RETAILER, registry -> {
            registry.orgs().changeSettings(Org.root(RETAILER, "Retailer", zone, true));
            return null;
        });
    }

    @Test
    void the_settings_are_read_once_and_then_remembered() {
        assertThat(counter.countDuring(() -> {
            for (int i = 0; i < 3; i++) {
                assertThat(zoneOfTheRetailer()).isEqualTo(UTC);
            }
        })).isEqualTo(1);
    }

    @Test
    void a_change_made_here_is_answered_on_the_next_request() {
        assertThat(zoneOfTheRetailer()).isEqualTo(UTC);

        changeZone(here, INDIA);

        assertThat(zoneOfTheRetailer()).isEqualTo(INDIA);
        assertThat(orgs.settingsOf(List.of(RETAILER))).extracting(OrgSettings::sourceValueCapturing).containsExactly(true);
    }

    @Test
    void a_change_made_by_another_instance_is_heard() {
        assertThat(zoneOfTheRetailer()).isEqualTo(UTC);

        changeZone(elsewhere, INDIA);

        Eventually.within(HEARD_WITHIN, "the other instance's change is answered", () -> zoneOfTheRetailer().equals(INDIA));
    }

    @Test
    void an_answer_without_an_org_not_registered_yet_is_not_remembered() {
        assertThat(orgs.settingsOf(List.of(RETAILER, NOT_YET))).hasSize(1);

        OrgTrees.register(JooqOrgTree.onOwner(ledger.owner()), Org.root(NOT_YET, "Newcomer", INDIA, true));

        assertThat(orgs.settingsOf(List.of(RETAILER, NOT_YET))).extracting(OrgSettings::orgId).containsExactly(RETAILER, NOT_YET);
    }

    private List<String> currenciesOfTheRetailer() {
        return orgs.alternateCurrenciesOf(List.of(RETAILER)).stream().map(AlternateCurrency::name).toList();
    }

    private static void registerCurrency(RegistrationPort registration, AlternateCurrency currency) {
        registration.inOrg(RETAILER, registry -> {
            registry.referenceData().save(RETAILER, currency);
            return null;
        });
    }

    @Test
    void the_currencies_are_read_once_and_then_remembered_even_when_there_are_none() {
        assertThat(counter.countDuring(() -> {
            for (int i = 0; i < 3; i++) {
                assertThat(currenciesOfTheRetailer()).isEmpty();
            }
        })).isEqualTo(1);
    }

    @Test
    void a_currency_registered_here_is_answered_on_the_next_request() {
        assertThat(currenciesOfTheRetailer()).isEmpty();

        registerCurrency(here, new AlternateCurrency(301, "stars", "P7d8Br"));

        assertThat(currenciesOfTheRetailer()).containsExactly("stars");
    }

    @Test
    void a_currency_added_or_renamed_by_another_instance_is_heard() {
        assertThat(currenciesOfTheRetailer()).isEmpty();

        registerCurrency(elsewhere, new AlternateCurrency(301, "stars", "P7d8Br"));
        Eventually.within(HEARD_WITHIN, "the other instance's new currency is answered",
                () -> currenciesOfTheRetailer().equals(List.of("stars")));

        registerCurrency(elsewhere, new AlternateCurrency(301, "moons", "P7d8Br"));
        Eventually.within(HEARD_WITHIN, "the other instance's renamed currency is answered",
                () -> currenciesOfTheRetailer().equals(List.of("moons")));
    }
}
