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
 *
 * @param eventDisplayName the event kind's display name ({@code eventDisplayName})
 * @param displayName this event's display name ({@code displayName})
 * @param label the metadata's label ({@code behavioralEventMetadata.label})
 * @param fields the metadata's fields, in the order sent
 */
@ValueObject
public record GenericEventDetail(String eventDisplayName, String displayName, String label, List<Field> fields)
        implements EventDetail {

    /**
     * Refuses a missing display name or label; keeps its own copy of the fields.
     *
     * @param eventDisplayName the event kind's display name ({@code eventDisplayName})
     * @param displayName this event's display name ({@code displayName})
     * @param label the metadata's label ({@code behavioralEventMetadata.label})
     * @param fields the metadata's fields, in the order sent
     */
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

    /**
     * One metadata field and its attributes, by name, in the order sent.
     *
     * @param fieldName the field's name ({@code fieldName})
     * @param fieldType the field's type as the sender declared it ({@code fieldType})
     * @param attributes the field's attributes by name, in the order sent
     */
    public record Field(String fieldName, String fieldType, Map<String, Attribute> attributes) {
        /**
         * Refuses a missing name or type; keeps its own copy of the attributes, in their order.
         *
         * @param fieldName the field's name
         * @param fieldType the field's declared type
         * @param attributes the attributes by name
         */
        public Field {
            Objects.requireNonNull(fieldName, "fieldName");
            Objects.requireNonNull(fieldType, "fieldType");
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }

    /**
     * One attribute of a metadata field: its value as text and the type the sender gave it.
     *
     * @param valueType the value's type as the sender declared it ({@code valueType})
     * @param value the value, as text ({@code value})
     */
    public record Attribute(String valueType, String value) {
        /**
         * Refuses a missing type or value.
         *
         * @param valueType the value's declared type
         * @param value the value, as text
         */
        public Attribute {
            Objects.requireNonNull(valueType, "valueType");
            Objects.requireNonNull(value, "value");
        }
    }
}
