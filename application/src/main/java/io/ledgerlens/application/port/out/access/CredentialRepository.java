package io.ledgerlens.application.port.out.access;

import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The credentials of every org. Names are unique per kind across the service, revoked ones included. */
public interface CredentialRepository {

    Optional<Credential> named(CredentialKind kind, CredentialName name);

    Optional<Credential> find(CredentialId id);

    /** The org's credentials, revoked ones included, oldest first. */
    List<Credential> ofOrg(OrgId org);

    CredentialId nextId();

    /** Adds a new credential; {@code false}, and nothing added, when its name is taken. */
    boolean add(Credential credential);

    /** Revokes the org's credential {@code id} (once; a second revoke keeps the first time) and returns it. */
    Optional<Credential> revoke(OrgId org, CredentialId id, Instant at);
}
