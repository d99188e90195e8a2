package io.ledgerlens.adapter.persistence.registration;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.application.port.out.registration.OrgRepository;
import io.ledgerlens.application.port.out.registration.Registry;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Registration as {@code stored} does it, and an org whose settings or reference data it changed forgotten by this
 * instance as soon as the change commits (other instances hear of it through {@link ChangeNotices}): an org admin who
 * turns source-value capturing on, registers a currency or renames a program is answered by it on the very next
 * request.
 */
public final class NotifyingRegistration implements RegistrationPort {

    private final RegistrationPort stored;
    private final ChangeNotices notices;

    /**
     * Over the registrations' own unit of work.
     *
     * @param stored runs each registration
     * @param notices told of this instance's change of the org table or a table of reference data once it commits
     */
    public NotifyingRegistration(RegistrationPort stored, ChangeNotices notices) {
        this.stored = stored;
        this.notices = notices;
    }

    @Override
    public <T> T inOrg(OrgId org, Function<Registry, T> work) {
        return notifying(registered -> stored.inOrg(org, registered), work);
    }

    @Override
    public <T> T inOrg(OrgId org, Set<String> keys, Function<Registry, T> work) {
        return notifying(registered -> stored.inOrg(org, keys, registered), work);
    }

    private <T> T notifying(Function<Function<Registry, T>, T> registration, Function<Registry, T> work) {
        var changed = new AtomicBoolean();
        var referenceData = ConcurrentHashMap.<String>newKeySet();
        try {
            return registration.apply(registry -> work.apply(new Registry(new NotifyingOrgRepository(registry.orgs(), changed),
                    new NotifyingReferenceDataRepository(registry.referenceData(), referenceData), registry.customers(),
                    registry.userGroups())));
        } finally {
            if (changed.get()) {
                notices.changedHere("org");
            }
            referenceData.forEach(notices::changedHere);
        }
    }

    private record NotifyingOrgRepository(OrgRepository stored, AtomicBoolean changed) implements OrgRepository {

        @Override
        public Optional<Org> find(OrgId id) {
            return stored.find(id);
        }

        @Override
        public void changeSettings(Org org) {
            stored.changeSettings(org);
            changed.set(true);
        }
    }
}
