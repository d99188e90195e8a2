package io.ledgerlens.application.port.out.registration;

import java.util.Objects;

/**
 * The repositories of one registration's transaction (see {@link RegistrationPort}).
 *
 * @param orgs          the registration's org, and whether an org is its child
 * @param referenceData the org's programs, categories, strategies, promotions, currencies, tills and tiers
 * @param customers     the org's customers and their identifiers
 * @param userGroups    the org's user groups and their members
 */
public record Registry(OrgRepository orgs, ReferenceDataRepository referenceData, CustomerRepository customers,
                       UserGroupRepository userGroups) {

    /**
     * Refuses a missing repository.
     *
     * @param orgs          the registration's org, and whether an org is its child
     * @param referenceData the org's programs, categories, strategies, promotions, currencies, tills and tiers
     * @param customers     the org's customers and their identifiers
     * @param userGroups    the org's user groups and their members
     */
    public Registry {
        Objects.requireNonNull(orgs, "orgs");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(userGroups, "userGroups");
    }
}
