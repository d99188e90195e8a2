package io.ledgerlens.domain.explode;

import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How a request names the customer or group whose ledger it reads. The value
 * is already known to fit its name and is kept in its stored (normalised) form.
 *
 * @param name how the request names the subject
 * @param value the identifier value, stored form
 * @param source the source the identifier was registered under, or {@code ALL}
 * @param account the account of a multi-account source the request named ({@code accountId}); empty when it named none
 */
@ValueObject
public record SubjectIdentifier(IdentifierName name, String value, Source source, Optional<AccountId> account) {

    /**
     * Refuses a value its name does not accept; keeps the value normalised.
     *
     * @param name how the request names the subject
     * @param value the identifier value, stored form
     * @param source the source the identifier was registered under, or {@code ALL}
     * @param account the account of a multi-account source the request named ({@code accountId}); empty when it named
     *        none
     */
    public SubjectIdentifier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(account, "account");
        if (value == null || !name.accepts(value)) {
            throw new IllegalArgumentException("not a valid " + name + ": " + value);
        }
        value = CustomerIdentifier.normalise(name, value);
    }

    /**
     * The numeric value of an id-like identifier ({@code id}, {@code primaryUserId}).
     *
     * @return the id
     * @throws IllegalStateException when the name is not id-like (mobile, email, external id)
     */
    public long numericValue() {
        return Numerals.positiveLong(value).orElseThrow(() -> new IllegalStateException(name + " is not numeric"));
    }
}
