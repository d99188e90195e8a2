package io.ledgerlens.application.port.out.registration;

import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.org.OrgId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Customers and their identifiers. Used inside a {@link RegistrationPort} transaction. */
public interface CustomerRepository {

    /**
     * The customer of that id, with its identifiers in no particular order, if the registration sees it: a
     * registration in an org sees that org's customers only (customer ids are unique across orgs all the same).
     *
     * @param id the customer's id
     * @return the customer with its names and identifiers; empty when it is not the registration's org's
     */
    Optional<Customer> find(CustomerId id);

    /**
     * The org that holds customer id {@code id}, whichever it is: ids are unique across orgs, so that an id is
     * taken is not private, though everything else about the customer is.
     *
     * @param id the customer id to look up
     * @return the org that holds it; empty when no org does
     */
    Optional<OrgId> orgOf(CustomerId id);

    /**
     * {@link #orgOf} for many ids at once: the org holding each of {@code ids} that is held.
     *
     * @param ids the customer ids to look up
     * @return the holding org by id; an id no org holds is absent
     */
    default Map<CustomerId, OrgId> orgsOf(Collection<CustomerId> ids) {
        var holders = new HashMap<CustomerId, OrgId>();
        ids.forEach(id -> orgOf(id).ifPresent(org -> holders.put(id, org)));
        return holders;
    }

    /**
     * Which of {@code identifiers} are registered in {@code org} (same name, value, source and account), and to whom.
     *
     * @param org         the org whose customers are searched, and no other
     * @param identifiers the identifiers a registration is about to give
     * @return the customer each registered one belongs to; a free identifier is absent
     */
    Map<CustomerIdentifier, CustomerId> ownersOf(OrgId org, Collection<CustomerIdentifier> identifiers);

    /**
     * Those of {@code ids} that are customers of {@code org}.
     *
     * @param org the org the customers must be of
     * @param ids the customer ids to check
     * @return those that are {@code org}'s; another org's are left out like unknown ones
     */
    Set<CustomerId> customersOf(OrgId org, Collection<CustomerId> ids);

    /**
     * Registers {@code customer}, or replaces its names and identifiers: afterwards it has exactly the identifiers
     * given. Its org is registered, and none of its identifiers is another customer's. Returns {@code false}, having
     * written nothing, when the id is another org's customer.
     *
     * @param customer the customer with its org, names and every identifier it keeps
     * @return {@code true} when it was written
     */
    boolean save(Customer customer);

    /**
     * {@link #save} for many customers (of distinct ids) at once, for bulk registrations: returns the ids of those
     * not written because they are another org's customers.
     *
     * @param customers the customers to write, in order
     * @return the ids not written; empty when every one was
     */
    default Set<CustomerId> saveAll(List<Customer> customers) {
        var theirs = new HashSet<CustomerId>();
        customers.forEach(customer -> {
            if (!save(customer)) {
                theirs.add(customer.id());
            }
        });
        return theirs;
    }
}
