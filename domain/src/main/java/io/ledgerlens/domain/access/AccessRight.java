package io.ledgerlens.domain.access;

import io.vavr.control.Option;
import java.util.Arrays;

/** What a credential lets its holder do in its org. Rights do not imply one another. */
public enum AccessRight {
    /** Read the points ledger: the explode endpoints. */
    POINTS_READ("points.read"),
    /** Record events and register customers, groups and reference data. */
    LEDGER_WRITE("ledger.write"),
    /** Manage the org itself, its connections and its credentials. */
    ORG_ADMIN("org.admin");

    private final String wireName;

    AccessRight(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name clients and operators write: {@code points.read}, {@code ledger.write}, {@code org.admin}.
     *
     * @return the right's wire name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The right a client or operator wrote, by its wire name (exact, lower case).
     *
     * @param name a wire name such as {@code points.read}
     * @return the right, or none when no right is called so
     */
    public static Option<AccessRight> named(String name) {
        return Option.ofOptional(Arrays.stream(values()).filter(right -> right.wireName.equals(name)).findFirst());
    }
}
