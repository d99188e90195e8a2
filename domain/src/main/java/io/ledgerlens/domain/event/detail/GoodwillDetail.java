package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Why goodwill points were given, and the request and associate behind them.
 *
 * @param reason why the points were given
 * @param comments the issuer's comments; empty when none were given (the wire then leaves {@code comments} out)
 * @param assocId the id of the Intouch user who issued the points; empty when no user did (the wire shows 0)
 * @param requestId the id of the goodwill request
 */
@ValueObject
public record GoodwillDetail(String reason, String comments, Optional<Long> assocId, String requestId)
        implements EventDetail {

    /**
     * Refuses a missing part (an absent associate is an empty {@code Optional}).
     *
     * @param reason why the points were given
     * @param comments the issuer's comments; empty when none were given (the wire then leaves {@code comments} out)
     * @param assocId the id of the Intouch user who issued the points; empty when no user did (the wire shows 0)
     * @param requestId the id of the goodwill request
     */
    public GoodwillDetail {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(comments, "comments");
        Objects.requireNonNull(assocId, "assocId");
        Objects.requireNonNull(requestId, "requestId");
    }

    @Override
    public Set<EventName> recordedOn() {
        return Set.of(EventName.ALLOCATE_GOODWILL_POINTS);
    }
}
