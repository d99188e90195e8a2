package io.ledgerlens.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A credential's name: what a Basic header, a shell and a log line carry unchanged. */
class CredentialNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "till.mumbai-01", "api_client@brand", "A.Z_0-9@x"})
    void letters_digits_dots_underscores_at_signs_and_hyphens_make_a_name(String text) {
        assertThat(CredentialName.parse(text).get().value()).isEqualTo(text);
        assertThat(new CredentialName(text).value()).isEqualTo(text);
    }

    @Test
    void a_name_is_three_to_sixty_four_characters_long() {
        assertThat(CredentialName.parse("x".repeat(3)).isRight()).isTrue();
        assertThat(CredentialName.parse("x".repeat(64)).isRight()).isTrue();
        assertThat(CredentialName.parse("x".repeat(2)).isLeft()).isTrue();
        assertThat(CredentialName.parse("x".repeat(65)).isLeft()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "till mumbai", "till:mumbai", "tíll.mumbai", "till/1", "till+1", "till\u0000x", "ｔｉｌｌ"})
    void anything_else_is_refused_with_what_a_name_may_be(String text) {
        assertThat(CredentialName.parse(text).getLeft())
                .isEqualTo("a name is 3 to 64 letters, digits, '.', '_', '@' or '-'");
        assertThatThrownBy(() -> new CredentialName(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void no_name_is_refused() {
        assertThat(CredentialName.parse(null).isLeft()).isTrue();
        assertThatThrownBy(() -> new CredentialName(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
