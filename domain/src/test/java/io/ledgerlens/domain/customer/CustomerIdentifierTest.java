package io.ledgerlens.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** How a customer is known on a source: only a registrable, well-shaped identifier can exist. */
class CustomerIdentifierTest {

    @Test
    void an_email_is_stored_in_lower_case() {
        var identifier = CustomerIdentifier.of(IdentifierName.EMAIL, "Tom.Riddle@Example.COM", Source.INSTORE);

        assertThat(identifier.value()).isEqualTo("tom.riddle@example.com");
    }

    @Test
    void an_external_id_is_stored_without_surrounding_spaces() {
        assertThat(CustomerIdentifier.of(IdentifierName.EXTERNAL_ID, " Ext-0042 ", Source.INSTORE).value())
                .isEqualTo("Ext-0042");
    }

    @Test
    void an_external_id_keeps_its_case() {
        assertThat(CustomerIdentifier.of(IdentifierName.EXTERNAL_ID, "Ext-0042", Source.WECHAT).value())
                .isEqualTo("Ext-0042");
    }

    @Test
    void an_identifier_without_an_account_is_on_the_sources_only_account() {
        var identifier = CustomerIdentifier.of(IdentifierName.MOBILE, "919876543210", Source.INSTORE);

        assertThat(identifier.account()).isEqualTo(AccountId.DEFAULT);
        assertThat(identifier.account().isDefault()).isTrue();
    }

    @Test
    void an_id_cannot_be_registered_since_it_is_assigned() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CustomerIdentifier.of(IdentifierName.ID, "341198823", Source.INSTORE))
                .withMessage("ID is assigned, not registered");
    }

    @Test
    void nothing_is_registered_under_the_query_source_all() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CustomerIdentifier.of(IdentifierName.MOBILE, "919876543210", Source.ALL))
                .withMessage("ALL is a query value, not a source to register under");
    }

    @Test
    void a_malformed_value_cannot_be_registered() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CustomerIdentifier.of(IdentifierName.MOBILE, "9876543", Source.INSTORE))
                .withMessage("not a valid MOBILE: 9876543");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CustomerIdentifier.of(IdentifierName.EMAIL, null, Source.INSTORE));
    }

    @Test
    void a_name_a_source_and_an_account_are_required() {
        assertThatNullPointerException()
                .isThrownBy(() -> new CustomerIdentifier(null, "919876543210", Source.INSTORE, AccountId.DEFAULT));
        assertThatNullPointerException()
                .isThrownBy(() -> new CustomerIdentifier(IdentifierName.MOBILE, "919876543210", null, AccountId.DEFAULT));
        assertThatNullPointerException()
                .isThrownBy(() -> new CustomerIdentifier(IdentifierName.MOBILE, "919876543210", Source.INSTORE, null));
    }

    @Test
    void source_all_matches_an_identifier_registered_under_any_source() {
        assertThat(Source.ALL.matches(Source.WECHAT)).isTrue();
        assertThat(Source.INSTORE.matches(Source.INSTORE)).isTrue();
        assertThat(Source.INSTORE.matches(Source.WECHAT)).isFalse();
    }

    @Test
    void a_source_is_parsed_case_insensitively_and_rendered_in_lower_case() {
        assertThat(Source.parse("web_engage")).contains(Source.WEB_ENGAGE);
        assertThat(Source.parse("pos")).isEmpty();
        assertThat(Source.WEB_ENGAGE.wireName()).isEqualTo("web_engage");
    }
}
