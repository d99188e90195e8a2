package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Points awarded by a file import: which file, when it ran, under which profile.
 *
 * @param eventDisplayName the import kind's display name ({@code eventDisplayName})
 * @param fileName the imported file's name
 * @param importStartTime when the import started
 * @param importEndTime when it ended
 * @param profileName the import profile it ran under
 * @param profileType that profile's type
 */
@ValueObject
public record ImportDetail(String eventDisplayName, String fileName, Instant importStartTime, Instant importEndTime,
                           String profileName, String profileType) implements EventDetail {

    /**
     * Refuses a missing part and an import that ends before it starts.
     *
     * @param eventDisplayName the import kind's display name ({@code eventDisplayName})
     * @param fileName the imported file's name
     * @param importStartTime when the import started
     * @param importEndTime when it ended
     * @param profileName the import profile it ran under
     * @param profileType that profile's type
     */
    public ImportDetail {
        Objects.requireNonNull(eventDisplayName, "eventDisplayName");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(importStartTime, "importStartTime");
        Objects.requireNonNull(importEndTime, "importEndTime");
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(profileType, "profileType");
        if (importEndTime.isBefore(importStartTime)) {
            throw new IllegalArgumentException("an import ends after it starts");
        }
    }

    @Override
    public Set<EventName> recordedOn() {
        return Set.of(EventName.CUSTOMER_PROMOTION_IMPORT, EventName.LINE_ITEMS_POINTS_PROMOTION_IMPORT,
                EventName.BILL_POINTS_PROMOTION_IMPORT);
    }
}
