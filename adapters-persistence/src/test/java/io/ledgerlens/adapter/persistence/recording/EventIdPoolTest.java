package io.ledgerlens.adapter.persistence.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.persistence.testing.PostgresDatabase;
import io.ledgerlens.domain.event.EventLogId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Event ids come from the sequence a block at a time, and no id is handed out twice, by one pool or by two. */
class EventIdPoolTest {

    private final List<Integer> draws = new ArrayList<>();
    private long next = 1;

    private List<Long> sequence(int count) {
        draws.add(count);
        var ids = LongStream.range(next, next + count).boxed().toList();
        next += count;
        return ids;
    }

    @Test
    void groups_of_sixteen_draw_from_the_sequence_once_a_block() {
        var pool = new EventIdPool(this::sequence);
        var ids = new ArrayList<EventLogId>();
        for (int group = 0; group < 16; group++) {
            ids.addAll(pool.take(16));
        }
        assertThat(draws).containsExactly(EventIdPool.BLOCK);
        assertThat(ids).extracting(EventLogId::value).isSorted().doesNotHaveDuplicates().hasSize(256);
        pool.take(1);
        assertThat(draws).containsExactly(EventIdPool.BLOCK, EventIdPool.BLOCK);
    }

    @Test
    void a_batch_larger_than_a_block_draws_what_it_lacks_in_one_go() {
        var pool = new EventIdPool(this::sequence);
        pool.take(6);
        var batch = pool.take(1000);
        assertThat(draws).containsExactly(EventIdPool.BLOCK, 1000 - (EventIdPool.BLOCK - 6));
        assertThat(batch).extracting(EventLogId::value).isSorted().doesNotHaveDuplicates().hasSize(1000);
    }

    @Test
    void two_instances_over_one_ledger_never_hand_out_the_same_id() {
        var ledger = PostgresDatabase.freshLedger();
        var one = new JooqRecordLedger(PostgresDatabase.storeOn(ledger.service()));
        var other = new JooqRecordLedger(PostgresDatabase.storeOn(ledger.service()));
        var seen = new HashSet<EventLogId>();
        int handedOut = 0;
        for (int round = 0; round < 40; round++) {
            var fromOne = one.nextEventLogIds(13);
            var fromOther = other.nextEventLogIds(round % 2 == 0 ? 1 : 29);
            seen.addAll(fromOne);
            seen.addAll(fromOther);
            handedOut += fromOne.size() + fromOther.size();
        }
        assertThat(seen).hasSize(handedOut);
    }
}
