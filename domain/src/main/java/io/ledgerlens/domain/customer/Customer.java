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

    public static Customer register(CustomerId id, OrgId orgId, String firstName, String lastName,
                                    List<CustomerIdentifier> identifiers) {
        return new Customer(id, orgId, firstName, lastName, identifiers);
    }

    public CustomerId id() {
        return id;
    }

    public OrgId orgId() {
        return orgId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public List<CustomerIdentifier> identifiers() {
        return identifiers;
    }
}
