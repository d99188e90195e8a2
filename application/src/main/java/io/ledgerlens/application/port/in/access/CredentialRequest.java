package io.ledgerlens.application.port.in.access;

import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A credential to issue. A till user is named by whoever asks for it; an API
 * client without a name gets a generated key.
 *
 * @param kind   a till user or an API client
 * @param name   the username or key asked for; empty lets the service generate an API client's key
 * @param rights what the holder may do; at least one
 */
public record CredentialRequest(CredentialKind kind, Optional<CredentialName> name, Set<AccessRight> rights) {

    /**
     * Refuses a request without rights, and a till user without a username.
     *
     * @param kind   a till user or an API client
     * @param name   the username or key asked for; empty lets the service generate an API client's key
     * @param rights what the holder may do; at least one
     */
    public CredentialRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        rights = Set.copyOf(rights);
        if (rights.isEmpty()) {
            throw new IllegalArgumentException("a credential holds at least one right");
        }
        if (kind == CredentialKind.TILL_USER && name.isEmpty()) {
            throw new IllegalArgumentException("a till user needs a username");
        }
    }
}
