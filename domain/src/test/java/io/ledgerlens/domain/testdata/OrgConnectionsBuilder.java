package io.ledgerlens.domain.testdata;

import io.ledgerlens.domain.org.OrgConnections;
import io.ledgerlens.domain.org.OrgId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The orgs connected to one org: {@code org(20).childOf(10).parentOf(30, 31)}. */
public final class OrgConnectionsBuilder {

    private final OrgId org;
    private Optional<OrgId> parent = Optional.empty();
    private final Set<OrgId> children = new LinkedHashSet<>();

    private OrgConnectionsBuilder(OrgId org) {
        this.org = org;
    }

    public static OrgConnectionsBuilder org(long id) {
        return new OrgConnectionsBuilder(OrgId.of(id));
    }

    public OrgConnectionsBuilder childOf(long parentId) {
        this.parent = Optional.of(OrgId.of(parentId));
        return this;
    }

    public OrgConnectionsBuilder parentOf(long... childIds) {
        for (long child : childIds) {
            children.add(OrgId.of(child));
        }
        return this;
    }

    public OrgConnections build() {
        return new OrgConnections(org, parent, children);
    }
}
