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

    SecretHash hash(String secret);

    SecretCheck matches(String secret, SecretHash hash);

    /** The credential with this hash was revoked: nothing verified against it may be remembered any longer. */
    void forget(SecretHash hash);
}
