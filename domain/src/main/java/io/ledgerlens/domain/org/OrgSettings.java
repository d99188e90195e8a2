package io.ledgerlens.domain.org;

import java.time.ZoneId;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What the explode answer needs to know about one org: the time zone its legacy
 * timestamps are rendered in, and whether it captures the source value that
 * points were computed on (without it, a points breakup cannot be shown).
 *
 * @param orgId the org these settings are of
 * @param timeZone the zone the org's legacy timestamps ({@code yyyy-MM-dd HH:mm:ss.S}) are rendered in
 * @param sourceValueCapturing whether the org captures the source value points were computed on (11019 without)
 */
@ValueObject
public record OrgSettings(OrgId orgId, ZoneId timeZone, boolean sourceValueCapturing) {

    /**
     * Refuses a missing org or zone.
     *
     * @param orgId the org these settings are of
     * @param timeZone the zone the org's legacy timestamps ({@code yyyy-MM-dd HH:mm:ss.S}) are rendered in
     * @param sourceValueCapturing whether the org captures the source value points were computed on (11019 without)
     */
    public OrgSettings {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(timeZone, "timeZone");
    }
}
