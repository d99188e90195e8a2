package io.ledgerlens.domain.customer;

import org.jmolecules.ddd.annotation.ValueObject;

/** A customer's id, unique across orgs (each org's customer is its own record). */
@ValueObject
public record CustomerId(long value) {

    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("customer id must be positive, was " + value);
        }
    }

    public static CustomerId of(long value) {
        return new CustomerId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
