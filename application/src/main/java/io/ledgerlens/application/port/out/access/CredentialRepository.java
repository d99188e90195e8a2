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

    /**
     * The credential of {@code kind} called {@code name}, whichever org it is of, revoked or not: what a till user's
     * or an API client's sign-in presents.
     *
     * @param kind a till user or an API client
     * @param name the username or key presented
     * @return the credential with its secret hash; empty when no credential of that kind has the name
     */
    Optional<Credential> named(CredentialKind kind, CredentialName name);

    /**
     * The credential {@code id}, whichever org it is of, revoked or not: what a token names.
     *
     * @param id the credential's id
     * @return the credential; empty when no credential has that id
     */
    Optional<Credential> find(CredentialId id);

    /**
     * The org's credentials, revoked ones included, oldest first; never another org's.
     *
     * @param org the org whose credentials are listed
     * @return its credentials; empty for an org with none
     */
    List<Credential> ofOrg(OrgId org);

    /**
     * An id no credential has, nor will be given again, for a credential about to be added.
     *
     * @return the fresh id
     */
    CredentialId nextId();

    /**
     * Adds a new credential; {@code false}, and nothing added, when its name is taken.
     *
     * @param credential the credential with its secret hash, never its secret
     * @return {@code true} when it was added
     */
    boolean add(Credential credential);

    /**
     * Revokes the org's credential {@code id} (once; a second revoke keeps the first time) and returns it.
     *
     * @param org the org the credential must be of; another org's credential is left alone and not returned
     * @param id  the credential to revoke
     * @param at  when it stops letting its holder in
     * @return the credential as revoked; empty when the org has no such credential
     */
    Optional<Credential> revoke(OrgId org, CredentialId id, Instant at);
}
