package io.ledgerlens.adapter.persistence.access;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.database.Remembered;
import io.ledgerlens.application.port.out.access.CredentialRepository;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Credentials as {@code stored} has them, with the active ones a request presents remembered between requests:
 * every authenticated request read its credential, a round trip and a function call in PostgreSQL. A revoke
 * anywhere (another instance, the operator's command line) is heard through {@link ChangeNotices} and forgotten
 * on commit; one made here is forgotten before it returns. Unknown and revoked names are never remembered: each
 * of those sign-ins reads the database, as before.
 */
public final class CachedCredentialRepository implements CredentialRepository {

    /** Far more credentials than an instance serves at once; past that, the least used are read again. */
    private static final long AT_MOST = 10_000;

    private final CredentialRepository stored;
    private final Remembered<NamedKey, Optional<Credential>> byName;
    private final Remembered<CredentialId, Optional<Credential>> byId;

    private record NamedKey(CredentialKind kind, CredentialName name) {
    }

    /**
     * Over the stored credentials, remembering nothing until {@code notices} listens.
     *
     * @param stored the credentials as PostgreSQL has them, read on every miss and every change
     * @param notices the notices that say when the credential table changed
     */
    public CachedCredentialRepository(CredentialRepository stored, ChangeNotices notices) {
        this.stored = stored;
        this.byName = Remembered.of(notices, "credential", AT_MOST);
        this.byId = Remembered.of(notices, "credential", AT_MOST);
    }

    @Override
    public Optional<Credential> named(CredentialKind kind, CredentialName name) {
        return byName.get(new NamedKey(kind, name), key -> stored.named(key.kind(), key.name()), CachedCredentialRepository::active);
    }

    @Override
    public Optional<Credential> find(CredentialId id) {
        return byId.get(id, stored::find, CachedCredentialRepository::active);
    }

    private static boolean active(Optional<Credential> credential) {
        return credential.filter(Credential::isActive).isPresent();
    }

    @Override
    public List<Credential> ofOrg(OrgId org) {
        return stored.ofOrg(org);
    }

    @Override
    public CredentialId nextId() {
        return stored.nextId();
    }

    @Override
    public boolean add(Credential credential) {
        return stored.add(credential);
    }

    @Override
    public Optional<Credential> revoke(OrgId org, CredentialId id, Instant at) {
        try {
            return stored.revoke(org, id, at);
        } finally {
            // Here at once, without waiting for the notice of the commit to come back.
            byName.forgetAll();
            byId.forgetAll();
        }
    }
}
