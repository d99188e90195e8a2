package io.ledgerlens.domain.org;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A tenant of the ledger. An org may have one parent; parent and child are
 * "connected" and may, on the v2.1 API, read each other's ledger.
 */
@AggregateRoot
public final class Org {

    @Identity
    private final OrgId id;
    private final String name;
    private final OrgId parent;
    private final OrgSettings settings;

    private Org(OrgId id, String name, OrgId parent, OrgSettings settings) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = requireName(name);
        this.parent = parent;
        this.settings = Objects.requireNonNull(settings, "settings");
        if (id.equals(parent)) {
            throw new IllegalArgumentException("an org cannot be its own parent: " + id);
        }
    }

    /**
     * An org without a parent: the top of its own tree.
     *
     * @param id the org's id
     * @param name the org's name; not blank
     * @param timeZone the zone the org's legacy timestamps are rendered in
     * @param sourceValueCapturing whether the org captures source values, without which no breakup is shown
     * @return the org
     */
    public static Org root(OrgId id, String name, ZoneId timeZone, boolean sourceValueCapturing) {
        return new Org(id, name, null, new OrgSettings(id, timeZone, sourceValueCapturing));
    }

    /**
     * An org connected to {@code parent} from the start.
     *
     * @param parent the parent org
     * @param id the org's id, other than the parent's
     * @param name the org's name; not blank
     * @param timeZone the zone the org's legacy timestamps are rendered in
     * @param sourceValueCapturing whether the org captures source values
     * @return the org
     */
    public static Org childOf(OrgId parent, OrgId id, String name, ZoneId timeZone, boolean sourceValueCapturing) {
        return new Org(id, name, Objects.requireNonNull(parent, "parent"), new OrgSettings(id, timeZone, sourceValueCapturing));
    }

    /**
     * The same org, connected to {@code parent} as its child.
     *
     * @param parent the new parent, other than the org itself
     * @return the org with that parent, settings unchanged
     */
    public Org connectedTo(OrgId parent) {
        return new Org(id, name, Objects.requireNonNull(parent, "parent"), settings);
    }

    /**
     * The same org without a parent: a root of its own tree, reading no other org's ledger.
     *
     * @return the org without a parent, settings unchanged
     */
    public Org disconnected() {
        return new Org(id, name, null, settings);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an org needs a name");
        }
        return name;
    }

    /** {@return the org's id, which every ledger row of the org carries} */
    public OrgId id() {
        return id;
    }

    /** {@return the org's name; never blank} */
    public String name() {
        return name;
    }

    /** {@return the org's parent, the one org above it in the tree; empty for a root} */
    public Optional<OrgId> parent() {
        return Optional.ofNullable(parent);
    }

    /** {@return the time zone and capturing setting the explode answer depends on} */
    public OrgSettings settings() {
        return settings;
    }
}
