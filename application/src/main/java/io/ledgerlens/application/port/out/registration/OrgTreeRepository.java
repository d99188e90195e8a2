package io.ledgerlens.application.port.out.registration;

import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Optional;

/** Every org and its place in the tree, as the operator's {@link OrgTreePort} sees them: orgs only, no tenant data. */
public interface OrgTreeRepository {

    /**
     * The registered org {@code id}, whichever it is.
     *
     * @param id the org's id
     * @return the org with its settings and parent; empty when it is not registered
     */
    Optional<Org> find(OrgId id);

    /**
     * Every registered org, by id.
     *
     * @return every org, roots and children alike
     */
    List<Org> all();

    /**
     * The org's parent, its parent's parent and so on, nearest first; empty for a root or an unknown org.
     *
     * @param id the org whose ancestors are read
     * @return its ancestors, what a connection must not make it a child of
     */
    List<OrgId> ancestorsOf(OrgId id);

    /**
     * Registers a new org (its id is not registered yet; its parent, if any, is).
     *
     * @param org the org with its settings and parent, if any
     */
    void add(Org org);

    /**
     * Gives the registered org {@code org.id()} the parent {@code org.parent()} says, or none.
     *
     * @param org the org with its new parent; its settings are left as registered
     */
    void moveInTree(Org org);
}
