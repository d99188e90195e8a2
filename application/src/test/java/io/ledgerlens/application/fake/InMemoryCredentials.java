package io.ledgerlens.application.fake;

import io.ledgerlens.application.port.out.access.CredentialRepository;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Credentials in memory, for tests of what stands on {@link CredentialRepository}. */
public final class InMemoryCredentials implements CredentialRepository {

    private final Map<CredentialId, Credential> byId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Optional<Credential> named(CredentialKind kind, CredentialName name) {
        return byId.values().stream().filter(c -> c.kind() == kind && c.name().equals(name)).findFirst();
    }

    @Override
    public Optional<Credential> find(CredentialId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Credential> ofOrg(OrgId org) {
        return byId.values().stream().filter(c -> c.org().equals(org))
                .sorted(Comparator.comparing((Credential c) -> c.id().value())).toList();
    }

    @Override
    public CredentialId nextId() {
        return CredentialId.of(ids.incrementAndGet());
    }

    @Override
    public synchronized boolean add(Credential credential) {
        if (named(credential.kind(), credential.name()).isPresent()) {
            return false;
        }
        byId.put(credential.id(), credential);
        return true;
    }

    @Override
    public synchronized Optional<Credential> revoke(OrgId org, CredentialId id, Instant at) {
        return find(id).filter(c -> c.org().equals(org)).map(c -> {
            var revoked = c.revokedAt(at);
            byId.put(id, revoked);
            return revoked;
        });
    }
}
