package io.ledgerlens.application.service;

import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGERS_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.contract.LedgerPorts;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.port.in.recording.ChainVerdict;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Verifying an org's ledger names the first event that does not say what it said when it was appended. */
class VerifyLedgerServiceTest {

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final io.ledgerlens.application.service.EventAppends appends = new io.ledgerlens.application.service.EventAppends(ledger);
    private final LedgerWorld world = LedgerWorld.recordedThrough(LedgerPorts.of(ledger));
    private final VerifyLedgerService verify = new VerifyLedgerService(ledger, ledger);

    private LedgerEvent goodwill(String uniqueId, String points) {
        return LedgerEventBuilder.aGoodwillAllocation().id(ledger.nextEventLogId().value()).org(STRANGER)
                .subject(EventSubject.customer(STRANGERS_CUSTOMER)).uniqueId(uniqueId).withoutAllocations()
                .allocations(Allocations.regular(points)).build();
    }

    @Test
    void an_untouched_ledger_is_intact_with_its_head_and_progress_reported_as_it_goes() {
        for (int i = 0; i < 250; i++) {
            appends.append(goodwill("g-" + i, "1.0"));
        }
        var progress = new ArrayList<Long>();
        var verdict = verify.verify(STRANGER, progress::add);
        assertThat(verdict).isInstanceOf(ChainVerdict.Intact.class);
        var intact = (ChainVerdict.Intact) verdict;
        assertThat(intact.events()).isEqualTo(251);
        assertThat(intact.head()).get().satisfies(head -> assertThat(head.position()).isEqualTo(251));
        assertThat(progress).as("a page of 100 at a time").containsExactly(100L, 200L, 251L);
    }

    @Test
    void an_amount_rewritten_behind_the_ledgers_back_is_named_with_its_position() {
        var first = goodwill("g-1", "10.0");
        var second = goodwill("g-2", "20.0");
        appends.append(first);
        appends.append(second);
        appends.append(goodwill("g-3", "30.0"));
        ledger.rewriteBehindItsBack(LedgerEventBuilder.aGoodwillAllocation().id(second.id().value()).org(STRANGER)
                .subject(EventSubject.customer(STRANGERS_CUSTOMER)).uniqueId("g-2").withoutAllocations()
                .allocations(Allocations.regular("2000.0")).build());
        var verdict = verify.verify(STRANGER, checked -> { });
        assertThat(verdict).isInstanceOf(ChainVerdict.Broken.class);
        var broken = (ChainVerdict.Broken) verdict;
        assertThat(broken.event()).contains(second.id());
        assertThat(broken.position()).isEqualTo(3);
        assertThat(broken.checked()).isEqualTo(2);
        assertThat(broken.why()).contains("no longer says what it said");
    }

    @Test
    void the_other_orgs_are_not_concerned_by_one_orgs_break() {
        var event = goodwill("g-1", "10.0");
        appends.append(event);
        ledger.rewriteBehindItsBack(goodwillLike(event, "99.0"));
        assertThat(verify.verify(STRANGER, checked -> { })).isInstanceOf(ChainVerdict.Broken.class);
        assertThat(verify.verify(PARENT, checked -> { })).isInstanceOf(ChainVerdict.Intact.class);
        assertThat(world.recorded(world.purchase)).isNotNull();
    }

    private static LedgerEvent goodwillLike(LedgerEvent event, String points) {
        return LedgerEventBuilder.aGoodwillAllocation().id(event.id().value()).org(event.orgId()).subject(event.subject())
                .uniqueId(event.uniqueId()).withoutAllocations().allocations(Allocations.regular(points)).build();
    }

    @Test
    void an_empty_chain_is_intact_and_has_no_head() {
        var verdict = verify.verify(io.ledgerlens.domain.org.OrgId.of(424242), checked -> { });
        assertThat(verdict).isEqualTo(new ChainVerdict.Intact(io.ledgerlens.domain.org.OrgId.of(424242), 0, Optional.empty(), 0));
    }
}
