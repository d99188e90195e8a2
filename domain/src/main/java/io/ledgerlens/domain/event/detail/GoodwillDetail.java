package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/** Why goodwill points were given, and the request and associate behind them. */
@ValueObject
public record GoodwillDetail(String reason, String comments, Optional<Long> assocId, String requestId)
        implements EventDetail {

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
