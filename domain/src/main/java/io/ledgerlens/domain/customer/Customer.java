package io.ledgerlens.domain.customer;

import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/** A loyalty member of one org, known by one or more identifiers. */
@AggregateRoot
public final class Customer {

    @Identity
    private final CustomerId id;
    private final OrgId orgId;
    private final String firstName;
    private final String lastName;
    private final List<CustomerIdentifier> identifiers;

    private Customer(CustomerId id, OrgId orgId, String firstName, String lastName, List<CustomerIdentifier> identifiers) {
        this.id = Objects.requireNonNull(id, "id");
        this.orgId = Objects.requireNonNull(orgId, "orgId");
        this.firstName = Objects.requireNonNullElse(firstName, "");
        this.lastName = Objects.requireNonNullElse(lastName, "");
        this.identifiers = List.copyOf(identifiers);
    }

    /**
     * A new member of {@code orgId}.
     *
     * @param id the customer's id, unique across orgs
     * @param orgId the org the customer is a member of
     * @param firstName the first name; null is kept as empty
     * @param lastName the last name; null is kept as empty
     * @param identifiers the mobile numbers, emails and external ids the customer is known by
     * @return the customer
     */
    public static Customer register(CustomerId id, OrgId orgId, String firstName, String lastName,
                                    List<CustomerIdentifier> identifiers) {
        return new Customer(id, orgId, firstName, lastName, identifiers);
    }

    /** {@return the customer's id, unique across orgs (the {@code id} identifier's value)} */
    public CustomerId id() {
        return id;
    }

    /** {@return the org the customer is a member of} */
    public OrgId orgId() {
        return orgId;
    }

    /** {@return the first name; empty when none was given} */
    public String firstName() {
        return firstName;
    }

    /** {@return the last name; empty when none was given} */
    public String lastName() {
        return lastName;
    }

    /** {@return every way the customer is known, by source and account} */
    public List<CustomerIdentifier> identifiers() {
        return identifiers;
    }
}
