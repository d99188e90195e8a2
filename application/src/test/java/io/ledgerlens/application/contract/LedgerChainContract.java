package io.ledgerlens.application.contract;

import static io.ledgerlens.application.contract.LedgerWorld.ASHA;
import static io.ledgerlens.application.contract.LedgerWorld.CHILD;
import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.in.recording.ChainVerdict;
import io.ledgerlens.application.port.out.recording.LedgerChainPort.StoredLink;
import io.ledgerlens.application.service.VerifyLedgerService;
import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.event.EventFingerprint;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.testdata.Allocations;
import io.ledgerlens.domain.testdata.LedgerEventBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every ledger must do with its chain (see {@code ChainLink}): each org's events, as they are appended, one
 * after the other, with no gap and no fork, however many writers append at once; and what it stores of them reads
 * back to the fingerprint they were appended with, for every kind of event, so a verification finds them whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LedgerChainContract {

    protected LedgerPorts ports;
    private LedgerWorld world;

    /** A fresh, empty ledger for this suite. */
    protected abstract LedgerPorts freshLedger();

    @BeforeAll
    void recordTheWorld() {
        ports = freshLedger();
        world = LedgerWorld.recordedThrough(ports);
    }

    private List<ChainLink> chainOf(OrgId org) {
        return ports.chain().linksAfter(org, 0, 10_000).stream().map(StoredLink::link).toList();
    }

    @Test
    void each_orgs_events_are_linked_once_in_order_each_hash_following_the_one_before() {
        for (var org : List.of(PARENT, CHILD, STRANGER)) {
            var chain = chainOf(org);
            var appended = world.everyRecorded().values().stream().filter(event -> event.orgId().equals(org)).toList();
            assertThat(chain).extracting(ChainLink::event).containsExactlyInAnyOrderElementsOf(
                    appended.stream().map(event -> event.id()).toList());
            var previous = ChainLink.GENESIS;
            for (int i = 0; i < chain.size(); i++) {
                var link = chain.get(i);
                assertThat(link.position()).isEqualTo(i + 1);
                assertThat(link.fingerprint()).isEqualTo(EventFingerprint.of(world.recorded(link.event())));
                assertThat(link.hash()).isEqualTo(ChainLink.hashOf(previous, org, link.position(), link.event(), link.fingerprint()));
                previous = link.hash();
            }
        }
    }

    @Test
    void every_kind_of_event_reads_back_to_what_it_said_so_the_whole_ledger_verifies() {
        var verify = new VerifyLedgerService(ports.chain(), ports.events());
        for (var org : List.of(PARENT, CHILD, STRANGER)) {
            var verdict = verify.verify(org, checked -> { });
            assertThat(verdict).as("org %s: %s", org, verdict).isInstanceOf(ChainVerdict.Intact.class);
            assertThat(((ChainVerdict.Intact) verdict).events()).isEqualTo(chainOf(org).size()).isPositive();
        }
    }

    @Test
    void sixteen_writers_appending_to_one_org_at_once_leave_one_chain_without_a_gap() throws Exception {
        var pool = Executors.newFixedThreadPool(16);
        try {
            var writes = new ArrayList<Callable<Object>>();
            for (int writer = 0; writer < 16; writer++) {
                var name = "chained-" + writer;
                writes.add(() -> {
                    for (int i = 0; i < 5; i++) {
                        var event = LedgerEventBuilder.aGoodwillAllocation().id(ports.recorder().nextEventLogId().value())
                                .org(STRANGER).subject(EventSubject.customer(LedgerWorld.STRANGERS_CUSTOMER))
                                .uniqueId(name + "-" + i).withoutAllocations().allocations(Allocations.regular("1.0")).build();
                        if (i % 2 == 0) {
                            ports.appends().append(event);
                        } else {
                            ports.appends().appendAll(List.of(event));
                        }
                    }
                    return null;
                });
            }
            for (var done : pool.invokeAll(writes)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        var verdict = new VerifyLedgerService(ports.chain(), ports.events()).verify(STRANGER, checked -> { });
        assertThat(verdict).as(verdict.toString()).isInstanceOf(ChainVerdict.Intact.class);
        assertThat(chainOf(STRANGER)).extracting(ChainLink::position)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, chainOf(STRANGER).size()).boxed().toList());
        assertThat(ports.chain().unlinked(STRANGER)).isEqualTo(new io.ledgerlens.application.port.out.recording.LedgerChainPort.Unlinked(0, 0));
    }

    @Test
    void links_are_read_a_page_at_a_time_after_a_position() {
        var chain = chainOf(PARENT);
        assertThat(ports.chain().linksAfter(PARENT, 2, 3)).extracting(stored -> stored.link().position()).containsExactly(3L, 4L, 5L);
        assertThat(ports.chain().linksAfter(PARENT, chain.size(), 3)).isEmpty();
        assertThat(ports.chain().linksAfter(PARENT, 0, 1)).singleElement()
                .satisfies(stored -> assertThat(stored.owner()).isPresent());
        assertThat(chain).extracting(ChainLink::org).containsOnly(PARENT);
        assertThat(ports.chain().linksAfter(OrgId.of(424242), 0, 10)).isEmpty();
        assertThat(world.recorded(world.purchase).subject()).isEqualTo(EventSubject.customer(ASHA));
    }
}
