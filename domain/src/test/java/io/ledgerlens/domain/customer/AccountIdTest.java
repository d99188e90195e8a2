package io.ledgerlens.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** One account of a multi-account source: up to 100 printable characters. */
class AccountIdTest {

    @Test
    void an_account_id_of_one_hundred_characters_is_parsed() {
        assertThat(AccountId.parse("a".repeat(100))).contains(AccountId.of("a".repeat(100)));
    }

    @Test
    void an_account_id_of_one_hundred_and_one_characters_is_not() {
        assertThat(AccountId.parse("a".repeat(101))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> AccountId.of("a".repeat(101)))
                .withMessage("account id must be up to 100 printable characters");
    }

    @Test
    void an_account_id_with_a_control_character_is_not() {
        assertThat(AccountId.parse("wx\u0000")).isEmpty();
        assertThat(AccountId.parse("wx\r\n")).isEmpty();
    }

    @Test
    void no_account_id_is_not_an_account_id() {
        assertThat(AccountId.parse(null)).isEmpty();
    }

    @Test
    void an_account_id_is_kept_without_surrounding_spaces() {
        assertThat(AccountId.of("  wx-official-2 ").value()).isEqualTo("wx-official-2");
    }

    @Test
    void the_default_account_is_the_empty_one() {
        assertThat(AccountId.DEFAULT.isDefault()).isTrue();
        assertThat(AccountId.of("   ")).isEqualTo(AccountId.DEFAULT);
        assertThat(AccountId.of("wx-1").isDefault()).isFalse();
    }
}
