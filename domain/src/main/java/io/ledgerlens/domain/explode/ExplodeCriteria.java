package io.ledgerlens.domain.explode;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A valid explode request: whose ledger, which events, which sections, which
 * page. It cannot be built from input that breaks a rule of the contract; see
 * {@link ExplodeRules#validate(ExplodeParameters)}.
 */
@ValueObject
public record ExplodeCriteria(SubjectIdentifier subject, SubjectType type, boolean primaryUser, EventSelector selector,
                              ExplodeFlags flags, CurrencySelection currencies, Page page) {

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
