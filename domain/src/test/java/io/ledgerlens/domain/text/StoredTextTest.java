package io.ledgerlens.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text is measured and refused as PostgreSQL would store it. */
class StoredTextTest {

    private static final String EMOJI = "\ud83d\ude00";

    @Test
    void a_character_outside_the_basic_plane_counts_once_as_in_the_database() {
        assertThat(EMOJI.repeat(255)).hasSize(510);
        assertThat(StoredText.length(EMOJI.repeat(255))).isEqualTo(255);
        assertThat(StoredText.fits(EMOJI.repeat(255), StoredText.SHORT)).isTrue();
        assertThat(StoredText.fits(EMOJI.repeat(256), StoredText.SHORT)).isFalse();
    }

    @Test
    void a_control_character_or_half_a_surrogate_pair_cannot_be_stored() {
        assertThat(StoredText.isStorable("nul\u0000inside")).isFalse();
        assertThat(StoredText.isStorable("line\nbreak")).isFalse();
        assertThat(StoredText.isStorable("half \ud800 a pair")).isFalse();
        assertThat(StoredText.isStorable("\udfff")).isFalse();
        assertThat(StoredText.isStorable("Zoë İstanbul " + EMOJI)).isTrue();
    }
}
