package io.ledgerlens.domain.group;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A user group's (household wallet's) id.
 *
 * @param value the store's positive id of the group
 */
@ValueObject
public record UserGroupId(long value) {

    /**
     * Refuses an id that is not positive.
     *
     * @param value the store's positive id of the group
     */
    public UserGroupId {
        if (value <= 0) {
            throw new IllegalArgumentException("user group id must be positive, was " + value);
        }
    }

    /**
     * @param value the store's positive id of the group
     * @return the group's id
     */
    public static UserGroupId of(long value) {
        return new UserGroupId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
