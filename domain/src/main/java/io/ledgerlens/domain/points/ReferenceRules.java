package io.ledgerlens.domain.points;

/** The one rule every piece of reference data shares: ids are positive. */
final class ReferenceRules {

    private ReferenceRules() {
    }

    static void requirePositiveId(long id, String what) {
        if (id <= 0) {
            throw new IllegalArgumentException(what + " id must be positive, was " + id);
        }
    }
}
