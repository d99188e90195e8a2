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

    public static Org root(OrgId id, String name, ZoneId timeZone, boolean sourceValueCapturing) {
        return new Org(id, name, null, new OrgSettings(id, timeZone, sourceValueCapturing));
    }

    public static Org childOf(OrgId parent, OrgId id, String name, ZoneId timeZone, boolean sourceValueCapturing) {
        return new Org(id, name, Objects.requireNonNull(parent, "parent"), new OrgSettings(id, timeZone, sourceValueCapturing));
    }

    /** The same org, connected to {@code parent} as its child. */
    public Org connectedTo(OrgId parent) {
        return new Org(id, name, Objects.requireNonNull(parent, "parent"), settings);
    }

    /** The same org without a parent: a root of its own tree, reading no other org's ledger. */
    public Org disconnected() {
        return new Org(id, name, null, settings);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an org needs a name");
        }
        return name;
    }

    public OrgId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<OrgId> parent() {
        return Optional.ofNullable(parent);
    }

    public OrgSettings settings() {
        return settings;
    }
}
