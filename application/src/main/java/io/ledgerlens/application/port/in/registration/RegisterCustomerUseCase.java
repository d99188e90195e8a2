package io.ledgerlens.application.port.in.registration;

import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;

/**
 * Registers a customer of the caller's org, or replaces its names and
 * identifiers (an identifier left out is no longer the customer's). An
 * identifier registered to another customer of the org, on the same source
 * and account, is a conflict; a customer id of another org is refused.
 */
public interface RegisterCustomerUseCase {

    /**
     * Registers one customer.
     *
     * @param caller   the org of the caller's credential; the customer must be of it
     * @param customer the customer with its names and every identifier it keeps
     * @return saved (created or replaced), refused with every reason, or unavailable
     */
    RegistrationOutcome register(OrgId caller, Customer customer);

    /**
     * Registers {@code customers} in order, each under the same rules as {@link #register}, in one transaction:
     * what each one's registration did, in order. For bulk loads; a value the store refuses refuses the batch.
     *
     * @param caller    the org of the caller's credential
     * @param customers the customers to register, each seeing the ones before it
     * @return one outcome per customer, in the customers' order
     */
    List<RegistrationOutcome> registerAll(OrgId caller, List<Customer> customers);
}
