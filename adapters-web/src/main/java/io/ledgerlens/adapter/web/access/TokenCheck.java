package io.ledgerlens.adapter.web.access;

import io.ledgerlens.domain.access.CredentialId;
import java.time.Instant;
import java.util.function.Function;

/** What checking a presented token found. */
public sealed interface TokenCheck {

    /**
     * Signed by one of our keys, for us, in date: issued to {@code credential}, valid until {@code expiresAt}.
     *
     * @param credential the API client's credential the token was issued to
     * @param expiresAt the token's {@code exp}
     */
    record Valid(CredentialId credential, Instant expiresAt) implements TokenCheck {
    }

    /**
     * Ours and intact, but past its {@code exp}.
     *
     * @param expiredAt the token's {@code exp}, which the 401 names
     */
    record Expired(Instant expiredAt) implements TokenCheck {
    }

    /**
     * Anything else: malformed, unsigned, signed otherwise or by another key, for someone else.
     *
     * @param why what was wrong, for the audit log; never answered
     */
    record Invalid(String why) implements TokenCheck {
    }

    /**
     * One function per case.
     *
     * @param <R> what every case becomes
     * @param onValid what to make of a valid token
     * @param onExpired what to make of an expired one, given when it expired
     * @param onInvalid what to make of any other, given why
     * @return what the function of this case returned
     */
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
