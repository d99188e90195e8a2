package io.ledgerlens.domain.org;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Comparator;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The orgs connected to one org: its parent, if any, and its children.
 * Siblings are not connected (a decision of the contract, §3).
 *
 * @param org the org whose connections these are
 * @param parent its parent, if it has one
 * @param children its children
 */
@ValueObject
public record OrgConnections(OrgId org, Optional<OrgId> parent, Set<OrgId> children) {

    /**
     * Refuses a missing org or parent (an absent parent is an empty {@code Optional}); keeps its own copy of the
     * children.
     *
     * @param org the org whose connections these are
     * @param parent its parent, if it has one
     * @param children its children
     */
    public OrgConnections {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(parent, "parent");
        children = Set.copyOf(children);
    }

    /**
     * @param org an org
     * @return the org with no parent and no children: it reads only its own ledger
     */
    public static OrgConnections isolated(OrgId org) {
        return new OrgConnections(org, Optional.empty(), Set.of());
    }

    /**
     * @param other an org a request names
     * @return true for the org itself, its parent and its children; false for a sibling or a stranger
     */
    public boolean isSelfOrConnected(OrgId other) {
        return org.equals(other) || parent.filter(other::equals).isPresent() || children.contains(other);
    }

    /**
     * The org itself and every connected org, in ascending id order.
     *
     * @return the org, its parent and its children
     */
    public SortedSet<OrgId> selfAndConnected() {
        var all = new TreeSet<OrgId>(Comparator.comparingLong(OrgId::value));
        all.add(org);
        parent.ifPresent(all::add);
        all.addAll(children);
        return all;
    }
}
