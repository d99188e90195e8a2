package io.ledgerlens.application.port.out.registration;

import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Optional;

/** Every org and its place in the tree, as the operator's {@link OrgTreePort} sees them: orgs only, no tenant data. */
public interface OrgTreeRepository {

    Optional<Org> find(OrgId id);

    /** Every registered org, by id. */
    List<Org> all();

    /** The org's parent, its parent's parent and so on, nearest first; empty for a root or an unknown org. */
    List<OrgId> ancestorsOf(OrgId id);

    /** Registers a new org (its id is not registered yet; its parent, if any, is). */
    void add(Org org);

    /** Gives the registered org {@code org.id()} the parent {@code org.parent()} says, or none. */
    void moveInTree(Org org);
}
