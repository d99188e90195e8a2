package io.ledgerlens.adapter.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.database.Remembered;
import io.ledgerlens.adapter.persistence.testing.Eventually;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.adapter.persistence.testing.StatementCounter;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.access.SecretHash;
import io.ledgerlens.domain.org.OrgId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances over one ledger, each remembering the credentials its requests present: what one revokes, the
 * other stops admitting as soon as PostgreSQL tells it (well before anything remembered would expire), and an
 * instance that cannot listen remembers nothing.
 */
class RevokeSeenEverywhereTest {

    private static final OrgId ORG = OrgId.of(100);
    private static final CredentialName TILL = new CredentialName("till.pune");
    /** Far below {@link Remembered#KEPT_FOR}: a revoke seen within it was heard, not waited out. */
    private static final Duration HEARD_WITHIN = Duration.ofSeconds(2);

    private final PostgresDatabase.Ledger ledger = PostgresDatabase.freshLedger();
    private final StatementCounter counter = new StatementCounter();
    private final ChangeNotices firstListens = listening();
    private final ChangeNotices secondListens = listening();
    private final CachedCredentialRepository first = instance(firstListens, counter);
    private final CachedCredentialRepository second = instance(secondListens, new StatementCounter());

    @AfterEach
    void stopListening() {
        firstListens.close();
        secondListens.close();
    }

    private ChangeNotices listening() {
        var notices = ChangeNotices.listeningOn(ledger.owner());
        Eventually.within(HEARD_WITHIN, "the instance listens", notices::isListening);
        return notices;
    }

    private CachedCredentialRepository instance(ChangeNotices notices, StatementCounter statements) {
        return new CachedCredentialRepository(
                new JooqCredentialRepository(PostgresDatabase.storeOn(statements.counting(ledger.service()))), notices);
    }

    private Credential issued() {
        var credential = Credential.issued(first.nextId(), ORG, CredentialKind.TILL_USER, TILL,
                new SecretHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), Set.of(AccessRight.POINTS_READ),
                Instant.parse("2026-12-04T10:00:00Z"));
        assertThat(first.add(credential)).isTrue();
        return credential;
    }

    private static boolean active(Optional<Credential> credential) {
        return credential.filter(Credential::isActive).isPresent();
    }

    @Test
    void an_active_credential_presented_again_is_answered_without_a_round_trip() {
        var credential = issued();
        assertThat(active(first.named(CredentialKind.TILL_USER, TILL))).isTrue();

        assertThat(counter.countDuring(() -> {
            assertThat(active(first.named(CredentialKind.TILL_USER, TILL))).isTrue();
            assertThat(active(first.find(credential.id()))).isTrue();
            assertThat(active(first.find(credential.id()))).isTrue();
        })).as("one read for the id, none for the name seen before").isEqualTo(1);
    }

    @Test
    void a_revoke_on_one_instance_is_seen_by_the_other_as_soon_as_it_commits() {
        var credential = issued();
        assertThat(active(first.named(CredentialKind.TILL_USER, TILL))).isTrue();
        assertThat(active(first.find(credential.id()))).isTrue();

        second.revoke(ORG, credential.id(), Instant.parse("2026-12-04T11:00:00Z"));

        Eventually.within(HEARD_WITHIN, "the first instance no longer admits the revoked credential",
                () -> !active(first.named(CredentialKind.TILL_USER, TILL)) && !active(first.find(credential.id())));
    }

    @Test
    void the_instance_that_revokes_forgets_before_the_revoke_returns() {
        var credential = issued();
        assertThat(active(first.named(CredentialKind.TILL_USER, TILL))).isTrue();

        first.revoke(ORG, credential.id(), Instant.parse("2026-12-04T11:00:00Z"));

        assertThat(first.named(CredentialKind.TILL_USER, TILL)).get().extracting(Credential::isActive).isEqualTo(false);
    }

    @Test
    void unknown_and_revoked_names_are_read_every_time() {
        var credential = issued();
        second.revoke(ORG, credential.id(), Instant.parse("2026-12-04T11:00:00Z"));
        var stranger = new CredentialName("nobody.here");

        assertThat(counter.countDuring(() -> {
            for (int i = 0; i < 3; i++) {
                assertThat(first.named(CredentialKind.TILL_USER, stranger)).isEmpty();
                assertThat(active(first.named(CredentialKind.TILL_USER, TILL))).isFalse();
            }
        })).isEqualTo(6);
    }

    @Test
    void an_instance_that_is_not_listening_remembers_nothing() {
        issued();
        var deaf = new CachedCredentialRepository(new JooqCredentialRepository(PostgresDatabase.storeOn(counter.counting(ledger.service()))),
                ChangeNotices.none());

        assertThat(counter.countDuring(() -> {
            for (int i = 0; i < 3; i++) {
                assertThat(active(deaf.named(CredentialKind.TILL_USER, TILL))).isTrue();
            }
        })).isEqualTo(3);
    }

    @Test
    void an_instance_whose_listening_connection_is_cut_forgets_everything_and_listens_again() throws Exception {
        issued();
        assertThat(active(first.named(CredentialKind.TILL_USER, TILL))).isTrue();

        try (var owner = ledger.owner().getConnection(); var cut = owner.createStatement()) {
            cut.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database()"
                    + " and application_name = '" + ChangeNotices.APPLICATION_NAME + "'");
        }

        // Found within PROBE_EVERY + PROBE_TIMEOUT (5 s) at most; listening again a second later.
        Eventually.within(Duration.ofSeconds(6), "the cut is noticed", () -> !firstListens.isListening());
        assertThat(counter.countDuring(() -> first.named(CredentialKind.TILL_USER, TILL)))
                .as("nothing is remembered while not listening").isEqualTo(1);
        Eventually.within(Duration.ofSeconds(5), "both instances listen again",
                () -> firstListens.isListening() && secondListens.isListening());
        var credential = first.named(CredentialKind.TILL_USER, TILL).orElseThrow();
        assertThat(counter.countDuring(() -> first.named(CredentialKind.TILL_USER, TILL))).as("remembered again").isZero();

        second.revoke(ORG, credential.id(), Instant.parse("2026-12-04T11:00:00Z"));
        Eventually.within(HEARD_WITHIN, "a revoke is heard on the new connection",
                () -> !active(first.named(CredentialKind.TILL_USER, TILL)));
    }

    @Test
    void an_instance_that_stops_listening_forgets_and_reads_again() {
        issued();
        assertThat(active(first.named(CredentialKind.TILL_USER, TILL))).isTrue();

        firstListens.close();

        assertThat(firstListens.isListening()).isFalse();
        assertThat(counter.countDuring(() -> first.named(CredentialKind.TILL_USER, TILL))).isEqualTo(1);
    }
}
