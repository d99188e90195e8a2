package io.ledgerlens.adapter.persistence.recording;

import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.contract.JooqLedger;
import io.ledgerlens.adapter.persistence.explode.JooqLoadLedgerEvents;
import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.port.in.recording.ChainVerdict;
import io.ledgerlens.application.service.VerifyLedgerService;
import io.ledgerlens.domain.event.ChainLink;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Whoever holds the schema owner's role (or a copy of the database) can switch the append-only triggers off and
 * rewrite a row. The chain does not stop that; it tells: verification names the event, and a chain recomputed to
 * hide the change no longer matches the head an auditor kept.
 */
class HistoryRewrittenTest {

    private final PostgresDatabase.Ledger ledger = PostgresDatabase.freshLedger();
    private final LedgerWorld world = LedgerWorld.recordedThrough(JooqLedger.over(ledger));
    private final VerifyLedgerService verify = new VerifyLedgerService(new JooqLedgerChain(PostgresDatabase.storeOn(ledger.owner())),
            new JooqLoadLedgerEvents(PostgresDatabase.storeOn(ledger.owner())));

    /** Runs {@code sql} as the owner with every trigger off, as a console session bent on it could. */
    private void rewrite(String sql) throws SQLException {
        try (var connection = ledger.owner().getConnection(); var statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.execute(sql);
        }
    }

    private ChainVerdict verdict() {
        return verify.verify(PARENT, checked -> { });
    }

    @Test
    void an_untouched_ledger_verifies_whole() {
        assertThat(verdict()).as(verdict().toString()).isInstanceOf(ChainVerdict.Intact.class);
    }

    @Test
    void an_amount_rewritten_by_the_owner_with_the_triggers_off_is_named() throws SQLException {
        rewrite("update points_allocation set value = value * 100 where event_log_id = " + world.purchase.value());
        var verdict = verdict();
        assertThat(verdict).isInstanceOf(ChainVerdict.Broken.class);
        assertThat(((ChainVerdict.Broken) verdict).event()).contains(world.purchase);
        assertThat(((ChainVerdict.Broken) verdict).why()).contains("no longer says what it said");
    }

    @Test
    void an_event_removed_or_its_link_rewritten_is_named_too() throws SQLException {
        rewrite("delete from custom_field where event_log_id = " + world.registration.value());
        rewrite("update ledger_chain set content_fingerprint = '" + "0".repeat(64) + "' where event_log_id = "
                + world.expiry.value());
        var verdict = (ChainVerdict.Broken) verdict();
        assertThat(verdict.event()).as(verdict.why()).isPresent();
        assertThat(java.util.List.of(world.registration, world.expiry)).contains(verdict.event().get());
    }

    @Test
    void a_chain_recomputed_to_hide_a_change_verifies_but_no_longer_has_the_head_it_had() throws SQLException {
        var before = (ChainVerdict.Intact) verdict();
        rewrite("update points_allocation set value = value * 100 where event_log_id = " + world.purchase.value());
        // The owner recomputes every fingerprint and hash from the changed event on, as the formula is public.
        var stored = verify.verify(PARENT, checked -> { });
        assertThat(stored).isInstanceOf(ChainVerdict.Broken.class);
        rechainFromTheStoredEvents();
        var after = verdict();
        assertThat(after).as("the rewritten chain holds together").isInstanceOf(ChainVerdict.Intact.class);
        assertThat(((ChainVerdict.Intact) after).head().map(ChainLink::hash))
                .as("but its head is not the one kept before").isNotEqualTo(before.head().map(ChainLink::hash));
    }

    /** What a careful forger does: recompute the links of every event from what is stored now. */
    private void rechainFromTheStoredEvents() throws SQLException {
        var events = new JooqLoadLedgerEvents(PostgresDatabase.storeOn(ledger.owner()));
        var chain = new JooqLedgerChain(PostgresDatabase.storeOn(ledger.owner())).linksAfter(PARENT, 0, 10_000);
        var previous = ChainLink.GENESIS;
        for (var stored : chain) {
            var link = stored.link();
            var event = events.load(new io.ledgerlens.application.port.out.explode.EventLookup(java.util.List.of(stored.owner().orElseThrow()),
                    new io.ledgerlens.domain.explode.EventSelector.ByEventIds(java.util.List.of(link.event())))).get(0);
            var fingerprint = io.ledgerlens.domain.event.EventFingerprint.of(event);
            var hash = ChainLink.hashOf(previous, PARENT, link.position(), link.event(), fingerprint);
            rewrite("update ledger_chain set content_fingerprint = '" + fingerprint + "', chain_hash = '" + hash
                    + "' where org_id = " + PARENT.value() + " and chain_position = " + link.position());
            previous = hash;
        }
    }
}
