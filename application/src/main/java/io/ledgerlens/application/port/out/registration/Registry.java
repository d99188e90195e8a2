package io.ledgerlens.application.port.out.registration;

import java.util.Objects;

/** The repositories of one registration's transaction (see {@link RegistrationPort}). */
public record Registry(OrgRepository orgs, ReferenceDataRepository referenceData, CustomerRepository customers,
                       UserGroupRepository userGroups) {

    public Registry {
        Objects.requireNonNull(orgs, "orgs");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(userGroups, "userGroups");
    }
}
