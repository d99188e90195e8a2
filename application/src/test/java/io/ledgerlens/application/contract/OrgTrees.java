package io.ledgerlens.application.contract;

import io.ledgerlens.application.port.out.registration.OrgTreePort;
import io.ledgerlens.domain.org.Org;

/** Test set-up of the org tree, as the operator would make it: orgs are created through the operator's port only. */
public final class OrgTrees {

    private OrgTrees() {
    }

    /** Registers those of {@code orgs} not registered yet, parents before their children, in one change of the tree. */
    public static void register(OrgTreePort tree, Org... orgs) {
        tree.inOrgTree(repository -> {
            for (var org : orgs) {
                if (repository.find(org.id()).isEmpty()) {
                    repository.add(org);
                }
            }
            return null;
        });
    }
}
