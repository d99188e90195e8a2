package io.ledgerlens.domain.customer;

import java.util.Locale;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A way the customer is known on one source and account: a mobile number, an
 * email address or an external id. Emails compare case-insensitively, so they
 * are kept in lower case.
 *
 * @param name what kind of identifier it is: mobile, email or external id
 * @param value the number, address or id, as sent
 * @param source the channel it was registered through
 * @param account the account of that source; {@link AccountId#DEFAULT} for single-account sources
 */
@ValueObject
public record CustomerIdentifier(IdentifierName name, String value, Source source, AccountId account) {

    /**
     * Refuses an identifier that is not registrable ({@code id}), a source of {@code ALL}, or a value its name does not
     * accept; normalises the value (stripped, emails in lower case).
     *
     * @param name what kind of identifier it is: mobile, email or external id
     * @param value the number, address or id, as sent
     * @param source the channel it was registered through
     * @param account the account of that source; {@link AccountId#DEFAULT} for single-account sources
     */
    public CustomerIdentifier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(account, "account");
        if (!name.isRegistrable()) {
            throw new IllegalArgumentException(name + " is assigned, not registered");
        }
        if (source == Source.ALL) {
            throw new IllegalArgumentException("ALL is a query value, not a source to register under");
        }
        if (value == null || !name.accepts(value)) {
            throw new IllegalArgumentException("not a valid " + name + ": " + value);
        }
        value = normalise(name, value);
    }

    /**
     * An identifier on a source's only account.
     *
     * @param name mobile, email or external id
     * @param value the number, address or id
     * @param source the channel it was registered through
     * @return the identifier, normalised
     */
    public static CustomerIdentifier of(IdentifierName name, String value, Source source) {
        return new CustomerIdentifier(name, value, source, AccountId.DEFAULT);
    }

    /**
     * The form identifiers are stored and compared in.
     *
     * @param name the kind of identifier
     * @param value the value as sent
     * @return the value stripped of surrounding blanks, and in lower case for an email
     */
    public static String normalise(IdentifierName name, String value) {
        // strip(), not trim(): trim() would also cut control characters, which must be refused, not hidden
        return name == IdentifierName.EMAIL ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
    }
}
