package io.ledgerlens.application.port.in.access;

import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A credential as shown to people: everything but its secret. */
public record CredentialView(long id, OrgId org, CredentialKind kind, String name, Set<AccessRight> rights,
                             Instant createdAt, Optional<Instant> revokedAt) {

    public static CredentialView of(Credential credential) {
        return new CredentialView(credential.id().value(), credential.org(), credential.kind(), credential.name().value(),
                credential.rights(), credential.createdAt(), credential.revokedAt().toJavaOptional());
    }
}
