package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A behavioural event ("AppOpened", "ReviewPosted"): its display names and the
 * metadata the sender attached, field by field.
 */
@ValueObject
public record GenericEventDetail(String eventDisplayName, String displayName, String label, List<Field> fields)
        implements EventDetail {

    public GenericEventDetail {
        Objects.requireNonNull(eventDisplayName, "eventDisplayName");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(label, "label");
        fields = List.copyOf(fields);
    }

    @Override
    public Set<EventName> recordedOn() {
        return Set.of(EventName.GENERIC_EVENT);
    }

    /** One metadata field and its attributes, by name, in the order sent. */
    public record Field(String fieldName, String fieldType, Map<String, Attribute> attributes) {
        public Field {
            Objects.requireNonNull(fieldName, "fieldName");
            Objects.requireNonNull(fieldType, "fieldType");
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }

    public record Attribute(String valueType, String value) {
        public Attribute {
            Objects.requireNonNull(valueType, "valueType");
            Objects.requireNonNull(value, "value");
        }
    }
}
