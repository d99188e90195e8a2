package io.ledgerlens.application.port.out.access;

import io.ledgerlens.domain.access.SecretHash;

/**
 * Turns secrets into slow, salted hashes and checks a presented secret against
 * one. Implementations may remember secrets they verified, so that a till
 * sending Basic on every request does not pay a full hash each time; they
 * must drop what they remember of a hash when told to {@link #forget} it.
 * They may bound how many checks run at once (each costs memory): a check
 * that cannot start soon is answered {@link SecretCheck.Busy}, never queued
 * without end.
 */
public interface SecretHashingPort {

    /**
     * The at-rest form of a new secret: salted and slow, so that a copy of the store does not give the secrets away.
     *
     * @param secret the secret in clear, as the holder will present it
     * @return its hash, with the parameters it was made with
     */
    SecretHash hash(String secret);

    /**
     * Whether {@code secret} is the one {@code hash} was made of, or that no check could start in time.
     *
     * @param secret the secret presented
     * @param hash   the stored hash to check it against
     * @return matched, mismatched, or busy with how long to wait
     */
    SecretCheck matches(String secret, SecretHash hash);

    /**
     * The credential with this hash was revoked: nothing verified against it may be remembered any longer.
     *
     * @param hash the revoked credential's hash
     */
    void forget(SecretHash hash);
}
