package io.ledgerlens.domain.event;

import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.group.UserGroupId;
import java.util.Objects;

/** Whose ledger an event is on: a customer's or a user group's. */
public sealed interface EventSubject {

    /**
     * An event on one customer's ledger.
     *
     * @param customerId the customer
     */
    record OfCustomer(CustomerId customerId) implements EventSubject {
        /**
         * Refuses a missing customer.
         *
         * @param customerId the customer
         */
        public OfCustomer {
            Objects.requireNonNull(customerId, "customerId");
        }
    }

    /**
     * An event on a user group's (household's) shared ledger.
     *
     * @param userGroupId the group
     */
    record OfUserGroup(UserGroupId userGroupId) implements EventSubject {
        /**
         * Refuses a missing group.
         *
         * @param userGroupId the group
         */
        public OfUserGroup {
            Objects.requireNonNull(userGroupId, "userGroupId");
        }
    }

    /**
     * @param id the customer
     * @return the subject for an event on that customer's ledger
     */
    static EventSubject customer(CustomerId id) {
        return new OfCustomer(id);
    }

    /**
     * @param id the user group
     * @return the subject for an event on that group's ledger
     */
    static EventSubject userGroup(UserGroupId id) {
        return new OfUserGroup(id);
    }
}
