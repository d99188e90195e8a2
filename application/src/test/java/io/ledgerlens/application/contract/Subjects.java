package io.ledgerlens.application.contract;

import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.service.FormUserGroupService;
import io.ledgerlens.application.service.RegisterCustomerService;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.group.UserGroup;

/**
 * Registers test customers and groups through the registration use cases (their rules included) and fails the
 * test on any outcome but saved: test data has no side door into the ledger.
 */
public final class Subjects {

    private final RegisterCustomerService customers;
    private final FormUserGroupService groups;

    public Subjects(RegistrationPort registration) {
        this.customers = new RegisterCustomerService(registration);
        this.groups = new FormUserGroupService(registration);
    }

    public Subjects register(Customer... registered) {
        for (var customer : registered) {
            requireSaved(customers.register(customer.orgId(), customer), "customer " + customer.id());
        }
        return this;
    }

    public Subjects form(UserGroup... formed) {
        for (var group : formed) {
            requireSaved(groups.form(group.orgId(), group), "group " + group.id());
        }
        return this;
    }

    private static void requireSaved(RegistrationOutcome outcome, String what) {
        if (!(outcome instanceof RegistrationOutcome.Saved)) {
            throw new IllegalStateException(what + " was not registered: " + outcome);
        }
    }
}
