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
 */
@ValueObject
public record AuditActor(Kind kind, Optional<CredentialId> credential, Optional<String> name, Optional<String> clientAddress) {

    /** The kinds of actor: the service itself speaks for its own log (how many records it could not keep). */
    public enum Kind {
        OPERATOR, CREDENTIAL, SIGNING_IN, SERVICE
    }

    public AuditActor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clientAddress, "clientAddress");
        name = name.map(AuditRecord::clipped);
        clientAddress = clientAddress.map(AuditRecord::clipped);
    }

    public static AuditActor operator() {
        return new AuditActor(Kind.OPERATOR, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static AuditActor service() {
        return new AuditActor(Kind.SERVICE, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static AuditActor of(Caller caller) {
        return new AuditActor(Kind.CREDENTIAL, Optional.of(caller.credential()), Optional.empty(), Optional.empty());
    }

    /** Someone signing in from {@code clientAddress} with the credential {@code credential} (named {@code name}), if it exists. */
    public static AuditActor signingIn(Optional<CredentialId> credential, Optional<String> name, String clientAddress) {
        return new AuditActor(Kind.SIGNING_IN, credential, name, Optional.of(clientAddress));
    }
}
