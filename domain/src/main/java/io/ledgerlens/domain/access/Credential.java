package io.ledgerlens.domain.access;

import io.ledgerlens.domain.org.OrgId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A way into the service for one org: a till user or an API client, with the
 * rights it holds. Revoking is final: a revoked credential never works again
 * and its name is never given to another.
 */
@AggregateRoot
public final class Credential {

    @Identity
    private final CredentialId id;
    private final OrgId org;
    private final CredentialKind kind;
    private final CredentialName name;
    private final SecretHash secretHash;
    private final Set<AccessRight> rights;
    private final Instant createdAt;
    private final Option<Instant> revokedAt;

    private Credential(CredentialId id, OrgId org, CredentialKind kind, CredentialName name, SecretHash secretHash,
                       Set<AccessRight> rights, Instant createdAt, Option<Instant> revokedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.org = Objects.requireNonNull(org, "org");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        if (rights.isEmpty()) {
            throw new IllegalArgumentException("a credential holds at least one right");
        }
        this.rights = Set.copyOf(EnumSet.copyOf(rights));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.revokedAt = Objects.requireNonNull(revokedAt, "revokedAt");
    }

    /**
     * A credential issued at {@code createdAt}, in use until revoked.
     *
     * @param id the credential's id, named by the tokens issued to it
     * @param org the only org the credential acts in
     * @param kind how the credential is presented
     * @param name the username or client key, unique across the service
     * @param secretHash the at-rest form of the secret
     * @param rights what the credential lets its holder do; at least one
     * @param createdAt when it was issued
     * @return an active credential
     */
    public static Credential issued(CredentialId id, OrgId org, CredentialKind kind, CredentialName name,
                                    SecretHash secretHash, Set<AccessRight> rights, Instant createdAt) {
        return new Credential(id, org, kind, name, secretHash, rights, createdAt, Option.none());
    }

    /**
     * A credential as stored, revoked or not.
     *
     * @param id the credential's id
     * @param org the only org the credential acts in
     * @param kind how the credential is presented
     * @param name the username or client key
     * @param secretHash the at-rest form of the secret
     * @param rights what the credential lets its holder do; at least one
     * @param createdAt when it was issued
     * @param revokedAt when it was revoked, if it was
     * @return the credential as it was kept
     */
    public static Credential restored(CredentialId id, OrgId org, CredentialKind kind, CredentialName name,
                                      SecretHash secretHash, Set<AccessRight> rights, Instant createdAt,
                                      Option<Instant> revokedAt) {
        return new Credential(id, org, kind, name, secretHash, rights, createdAt, revokedAt);
    }

    /**
     * Revokes the credential for good; revoking a revoked one keeps its first revocation time.
     *
     * @param when the moment of revocation, from the caller's clock
     * @return the revoked credential
     */
    public Credential revokedAt(Instant when) {
        return revokedAt.isDefined() ? this
                : new Credential(id, org, kind, name, secretHash, rights, createdAt, Option.some(when));
    }

    /** {@return whether the credential still lets anyone in (it has not been revoked)} */
    public boolean isActive() {
        return revokedAt.isEmpty();
    }

    /**
     * Who a request presenting this credential acts as.
     *
     * @return the caller, in the credential's org with its rights
     */
    public Caller caller() {
        return new Caller(org, id, rights);
    }

    /** {@return the id tokens name this credential by} */
    public CredentialId id() {
        return id;
    }

    /** {@return the one org this credential acts in} */
    public OrgId org() {
        return org;
    }

    /** {@return whether this is a till user or an API client} */
    public CredentialKind kind() {
        return kind;
    }

    /** {@return the username or client key, unique across the service and never reused} */
    public CredentialName name() {
        return name;
    }

    /** {@return the at-rest form of the secret, to verify a presented one against} */
    public SecretHash secretHash() {
        return secretHash;
    }

    /** {@return what the credential lets its holder do; never empty} */
    public Set<AccessRight> rights() {
        return rights;
    }

    /** {@return when the credential was issued} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return when the credential was revoked; none while it is active} */
    public Option<Instant> revokedAt() {
        return revokedAt;
    }
}
