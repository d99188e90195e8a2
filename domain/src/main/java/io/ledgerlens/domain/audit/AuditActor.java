package io.ledgerlens.domain.audit;

import io.ledgerlens.domain.access.Caller;
import io.ledgerlens.domain.access.CredentialId;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Who acted: the operator at the command line, a signed-in credential,
 * someone presenting a credential that did not let them in, or the service. A name is kept
 * only when it is a credential's (a till user's username or an API client's
 * key), never a secret; an address only for sign-ins, where it is what an
 * operator blocks.
 *
 * @param kind which kind of actor acted
 * @param credential the credential that acted or was presented, when it is known
 * @param name the credential's name as presented, when it is kept
 * @param clientAddress the address a sign-in came from; only for sign-ins
 */
@ValueObject
public record AuditActor(Kind kind, Optional<CredentialId> credential, Optional<String> name, Optional<String> clientAddress) {

    /** The kinds of actor: the service itself speaks for its own log (how many records it could not keep). */
    public enum Kind {
        /** The operator, running a command of the service's command line. */
        OPERATOR,
        /** A signed-in credential, acting in its org. */
        CREDENTIAL,
        /** Someone presenting a credential (or a name) that did not let them in. */
        SIGNING_IN,
        /** The service itself, speaking for its own log. */
        SERVICE
    }

    /**
     * Refuses a missing part (absent ones are empty {@code Optional}s); puts the name and the address on one line of
     * at most {@value AuditRecord#MAX_TEXT} characters, as {@link AuditRecord} does its texts.
     *
     * @param kind which kind of actor acted
     * @param credential the credential that acted or was presented, when it is known
     * @param name the credential's name as presented, when it is kept
     * @param clientAddress the address a sign-in came from; only for sign-ins
     */
    public AuditActor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clientAddress, "clientAddress");
        name = name.map(AuditRecord::clipped);
        clientAddress = clientAddress.map(AuditRecord::clipped);
    }

    /** {@return the operator, acting at the command line} */
    public static AuditActor operator() {
        return new AuditActor(Kind.OPERATOR, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** {@return the service itself, speaking for its own log} */
    public static AuditActor service() {
        return new AuditActor(Kind.SERVICE, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A signed-in credential: the one {@code caller} presented.
     *
     * @param caller the authenticated caller
     * @return the actor for records of what the caller did
     */
    public static AuditActor of(Caller caller) {
        return new AuditActor(Kind.CREDENTIAL, Optional.of(caller.credential()), Optional.empty(), Optional.empty());
    }

    /**
     * Someone signing in from {@code clientAddress} with the credential {@code credential} (named {@code name}), if it exists.
     *
     * @param credential the credential the name belongs to, if one does
     * @param name the name presented, if it is kept
     * @param clientAddress the address the sign-in came from
     * @return the actor for a sign-in record
     */
    public static AuditActor signingIn(Optional<CredentialId> credential, Optional<String> name, String clientAddress) {
        return new AuditActor(Kind.SIGNING_IN, credential, name, Optional.of(clientAddress));
    }
}
