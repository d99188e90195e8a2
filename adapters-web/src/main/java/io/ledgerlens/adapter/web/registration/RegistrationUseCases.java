package io.ledgerlens.adapter.web.registration;

import io.ledgerlens.application.port.in.registration.ChangeOrgSettingsUseCase;
import io.ledgerlens.application.port.in.registration.FormUserGroupUseCase;
import io.ledgerlens.application.port.in.registration.RegisterCustomerUseCase;
import io.ledgerlens.application.port.in.registration.RegisterReferenceDataUseCase;
import java.util.Objects;

/**
 * The use cases behind the registration endpoints (the org tree is not among them: it is the operator's).
 *
 * @param orgs changes an org's own settings
 * @param referenceData registers programs, tiers, categories, strategies, promotions, currencies and tills
 * @param customers registers a customer with her identifiers
 * @param userGroups forms a user group with its members
 */
public record RegistrationUseCases(ChangeOrgSettingsUseCase orgs, RegisterReferenceDataUseCase referenceData,
                                   RegisterCustomerUseCase customers, FormUserGroupUseCase userGroups) {

    /**
     * Every use case is required.
     *
     * @param orgs changes an org's own settings
     * @param referenceData registers reference data
     * @param customers registers customers
     * @param userGroups forms user groups
     */
    public RegistrationUseCases {
        Objects.requireNonNull(orgs, "orgs");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(userGroups, "userGroups");
    }
}
