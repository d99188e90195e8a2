package io.ledgerlens.application.port.out;

import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Optional;

/** Orgs as registered: name, parent and settings. Used inside a {@link RegistrationPort} transaction. */
public interface OrgRepository {

    Optional<Org> find(OrgId id);

    /** The org's parent, its parent's parent and so on, nearest first; empty for a root or an unknown org. */
    List<OrgId> ancestorsOf(OrgId id);

    /** Registers {@code org}, or replaces the org of that id. Its parent, if any, is registered. */
    void save(Org org);
}
