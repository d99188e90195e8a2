package io.ledgerlens.adapter.web.explode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An id §7.5 answers as an integer, read from what was recorded: free text from before revision 2 is left out. */
class StoredIdTest {

    private final KindJsonMapper mapper = KindJsonMapper.INSTANCE;

    @Test
    void digits_are_answered_as_the_integer_they_spell() {
        assertThat(mapper.storedId("9001")).isEqualTo(9001L);
        assertThat(mapper.storedId("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void free_text_empty_text_and_numbers_past_64_bits_are_left_out_rather_than_answered_as_another_type() {
        assertThat(mapper.storedId("RDM-1")).isNull();
        assertThat(mapper.storedId("req-55")).isNull();
        assertThat(mapper.storedId("")).isNull();
        assertThat(mapper.storedId("99999999999999999999")).isNull();
    }
}
