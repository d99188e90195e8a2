package io.ledgerlens.domain.customer;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A customer's id, unique across orgs (each org's customer is its own record).
 *
 * @param value the store's positive id of the customer
 */
@ValueObject
public record CustomerId(long value) {

    /**
     * Refuses an id that is not positive.
     *
     * @param value the store's positive id of the customer
     */
    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("customer id must be positive, was " + value);
        }
    }

    /**
     * @param value the store's positive id of the customer
     * @return the customer's id
     */
    public static CustomerId of(long value) {
        return new CustomerId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
