package io.ledgerlens.domain.event;

import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.group.UserGroupId;
import java.util.Objects;

/** Whose ledger an event is on: a customer's or a user group's. */
public sealed interface EventSubject {

    record OfCustomer(CustomerId customerId) implements EventSubject {
        public OfCustomer {
            Objects.requireNonNull(customerId, "customerId");
        }
    }

    record OfUserGroup(UserGroupId userGroupId) implements EventSubject {
        public OfUserGroup {
            Objects.requireNonNull(userGroupId, "userGroupId");
        }
    }

    static EventSubject customer(CustomerId id) {
        return new OfCustomer(id);
    }

    static EventSubject userGroup(UserGroupId id) {
        return new OfUserGroup(id);
    }
}
