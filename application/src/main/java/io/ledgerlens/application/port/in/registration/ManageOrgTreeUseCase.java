package io.ledgerlens.application.port.in.registration;

import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Optional;

/**
 * The operator's hold on the org tree: which orgs exist and which read each
 * other's ledger on v2.1. Only the operator creates an org, connects a child
 * to a parent and disconnects it — Capillary sets up connected orgs on its
 * side the same way — so no org credential can annex another tenant or claim
 * an id nobody registered.
 */
public interface ManageOrgTreeUseCase {

    /**
     * Registers a new org, a root or the child of a registered org; an id already registered is refused.
     *
     * @param org the org with its id, settings and parent, if any
     * @return saved as created, or refused (id taken, parent not registered) with the reason
     */
    RegistrationOutcome create(Org org);

    /**
     * Connects the registered root {@code child} to {@code parent}. Connecting again is harmless; an org that has
     * another parent, the org itself and its ancestors (a cycle) are refused.
     *
     * @param parent the registered org that will read its child's ledger on v2.1
     * @param child  the registered root to connect
     * @return saved, or refused (not registered, another parent, a cycle) with the reason
     */
    RegistrationOutcome connect(OrgId parent, OrgId child);

    /**
     * Disconnects {@code child} from {@code parent}, its parent: it becomes a root and the two stop reading each other.
     *
     * @param parent the org {@code child} is connected to
     * @param child  the org to disconnect
     * @return saved, or refused (not registered, not connected to that parent) with the reason
     */
    RegistrationOutcome disconnect(OrgId parent, OrgId child);

    /**
     * Every org, by id.
     *
     * @return every registered org, roots and children alike
     */
    List<Org> list();

    /**
     * The org {@code id}, if it is registered.
     *
     * @param id the org's id
     * @return the org with its settings and parent; empty when nobody registered it
     */
    Optional<Org> find(OrgId id);
}
