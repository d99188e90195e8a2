package io.ledgerlens.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.org.OrgId;
import org.junit.jupiter.api.Test;

class ChainLinkTest {

    private static final OrgId ORG = OrgId.of(50672);
    private static final String FINGERPRINT = "a".repeat(64);

    @Test
    void the_first_link_hashes_the_genesis_and_each_next_link_the_one_before() {
        var first = ChainLink.first(ORG, EventLogId.of(1000001), FINGERPRINT);
        var second = first.next(EventLogId.of(1000005), "b".repeat(64));
        assertThat(first.position()).isEqualTo(1);
        assertThat(second.position()).isEqualTo(2);
        assertThat(first.hash()).isEqualTo(ChainLink.hashOf(ChainLink.GENESIS, ORG, 1, EventLogId.of(1000001), FINGERPRINT));
        assertThat(second.hash()).isEqualTo(ChainLink.hashOf(first.hash(), ORG, 2, EventLogId.of(1000005), "b".repeat(64)));
    }

    @Test
    void the_hash_is_the_documented_sha_256_so_anyone_can_recompute_it() {
        // echo -n "$(printf '0%.0s' {1..64}):50672:1:1000001:$(printf 'a%.0s' {1..64})" | sha256sum
        assertThat(ChainLink.first(ORG, EventLogId.of(1000001), FINGERPRINT).hash())
                .isEqualTo("69bfd2d21c24ea85ee6cda4f28b6272c01d8c152e07f09824e7df6dd58556e13");
    }

    @Test
    void another_fingerprint_another_event_or_another_place_gives_another_hash() {
        var first = ChainLink.first(ORG, EventLogId.of(1000001), FINGERPRINT);
        assertThat(ChainLink.first(ORG, EventLogId.of(1000001), "c".repeat(64)).hash()).isNotEqualTo(first.hash());
        assertThat(ChainLink.first(ORG, EventLogId.of(1000002), FINGERPRINT).hash()).isNotEqualTo(first.hash());
        assertThat(ChainLink.first(OrgId.of(50673), EventLogId.of(1000001), FINGERPRINT).hash()).isNotEqualTo(first.hash());
    }
}
