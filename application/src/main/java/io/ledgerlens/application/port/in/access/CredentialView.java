package io.ledgerlens.application.port.in.access;

import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A credential as shown to people: everything but its secret.
 *
 * @param id        the credential's id, which a token names and a revoke takes
 * @param org       the org it acts for
 * @param kind      a till user or an API client
 * @param name      its username or key
 * @param rights    what its holder may do
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked; empty while it still lets its holder in
 */
public record CredentialView(long id, OrgId org, CredentialKind kind, String name, Set<AccessRight> rights,
                             Instant createdAt, Optional<Instant> revokedAt) {

    /**
     * The view of a stored credential, its secret hash left out.
     *
     * @param credential the credential as stored
     * @return what may be shown of it
     */
    public static CredentialView of(Credential credential) {
        return new CredentialView(credential.id().value(), credential.org(), credential.kind(), credential.name().value(),
                credential.rights(), credential.createdAt(), credential.revokedAt().toJavaOptional());
    }
}
