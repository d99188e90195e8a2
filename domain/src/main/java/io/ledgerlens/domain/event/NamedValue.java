package io.ledgerlens.domain.event;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A name and its value as captured on an event: custom fields (defined by the
 * org) and extended fields (defined by the platform) share this shape.
 *
 * @param name the field's name, as the org or the platform defined it
 * @param value the value captured, as text
 */
@ValueObject
public record NamedValue(String name, String value) {

    /**
     * Refuses a blank name and a missing value.
     *
     * @param name the field's name, as the org or the platform defined it
     * @param value the value captured, as text
     */
    public NamedValue {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a field needs a name");
        }
        Objects.requireNonNull(value, "value");
    }
}
