package io.ledgerlens.domain.org;

import java.time.ZoneId;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What the explode answer needs to know about one org: the time zone its legacy
 * timestamps are rendered in, and whether it captures the source value that
 * points were computed on (without it, a points breakup cannot be shown).
 */
@ValueObject
public record OrgSettings(OrgId orgId, ZoneId timeZone, boolean sourceValueCapturing) {

    public OrgSettings {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
