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

    /** A credential issued at {@code createdAt}, in use until revoked. */
    public static Credential issued(CredentialId id, OrgId org, CredentialKind kind, CredentialName name,
                                    SecretHash secretHash, Set<AccessRight> rights, Instant createdAt) {
        return new Credential(id, org, kind, name, secretHash, rights, createdAt, Option.none());
    }

    /** A credential as stored, revoked or not. */
    public static Credential restored(CredentialId id, OrgId org, CredentialKind kind, CredentialName name,
                                      SecretHash secretHash, Set<AccessRight> rights, Instant createdAt,
                                      Option<Instant> revokedAt) {
        return new Credential(id, org, kind, name, secretHash, rights, createdAt, revokedAt);
    }

    public Credential revokedAt(Instant when) {
        return revokedAt.isDefined() ? this
                : new Credential(id, org, kind, name, secretHash, rights, createdAt, Option.some(when));
    }

    public boolean isActive() {
        return revokedAt.isEmpty();
    }

    /** Who a request presenting this credential acts as. */
    public Caller caller() {
        return new Caller(org, id, rights);
    }

    public CredentialId id() {
        return id;
    }

    public OrgId org() {
        return org;
    }

    public CredentialKind kind() {
        return kind;
    }

    public CredentialName name() {
        return name;
    }

    public SecretHash secretHash() {
        return secretHash;
    }

    public Set<AccessRight> rights() {
        return rights;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Option<Instant> revokedAt() {
        return revokedAt;
    }
}
