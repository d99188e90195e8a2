package io.ledgerlens.domain.group;

import org.jmolecules.ddd.annotation.ValueObject;

/** A user group's (household wallet's) id. */
@ValueObject
public record UserGroupId(long value) {

    public UserGroupId {
        if (value <= 0) {
            throw new IllegalArgumentException("user group id must be positive, was " + value);
        }
    }

    public static UserGroupId of(long value) {
        return new UserGroupId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
