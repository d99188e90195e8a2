package io.ledgerlens.domain.explode;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A valid explode request: whose ledger, which events, which sections, which
 * page. It cannot be built from input that breaks a rule of the contract; see
 * {@link ExplodeRules#validate(ExplodeParameters)}.
 *
 * @param subject the identifier of the customer or group whose ledger is read
 * @param type whether it names a customer or a user group
 * @param primaryUser with {@code USERGROUP2}, read the primary member's ledger instead of the group's
 *        ({@code isPrimaryUser})
 * @param selector which events
 * @param flags which optional sections
 * @param currencies which alternate currencies
 * @param page which page of the events
 */
@ValueObject
public record ExplodeCriteria(SubjectIdentifier subject, SubjectType type, boolean primaryUser, EventSelector selector,
                              ExplodeFlags flags, CurrencySelection currencies, Page page) {

    /**
     * Refuses a missing part; {@code primaryUser} holds only for {@code USERGROUP2}.
     *
     * @param subject the identifier of the customer or group whose ledger is read
     * @param type whether it names a customer or a user group
     * @param primaryUser with {@code USERGROUP2}, read the primary member's ledger instead of the group's
     *                    ({@code isPrimaryUser})
     * @param selector which events
     * @param flags which optional sections
     * @param currencies which alternate currencies
     * @param page which page of the events
     */
    public ExplodeCriteria {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(currencies, "currencies");
        Objects.requireNonNull(page, "page");
        primaryUser = primaryUser && type == SubjectType.USERGROUP2;
    }
}
