package io.ledgerlens.adapter.web.access;

import io.ledgerlens.domain.access.CredentialId;
import java.time.Instant;
import java.util.function.Function;

/** What checking a presented token found. */
public sealed interface TokenCheck {

    /** Signed by one of our keys, for us, in date: issued to {@code credential}, valid until {@code expiresAt}. */
    record Valid(CredentialId credential, Instant expiresAt) implements TokenCheck {
    }

    /** Ours and intact, but past its {@code exp}. */
    record Expired(Instant expiredAt) implements TokenCheck {
    }

    /** Anything else: malformed, unsigned, signed otherwise or by another key, for someone else. */
    record Invalid(String why) implements TokenCheck {
    }

    default <R> R fold(Function<Valid, R> onValid, Function<Instant, R> onExpired, Function<String, R> onInvalid) {
        if (this instanceof Valid valid) {
            return onValid.apply(valid);
        }
        if (this instanceof Expired expired) {
            return onExpired.apply(expired.expiredAt());
        }
        return onInvalid.apply(((Invalid) this).why());
    }
}
