package io.ledgerlens.adapter.web.registration;

import io.ledgerlens.application.port.in.registration.ChangeOrgSettingsUseCase;
import io.ledgerlens.application.port.in.registration.FormUserGroupUseCase;
import io.ledgerlens.application.port.in.registration.RegisterCustomerUseCase;
import io.ledgerlens.application.port.in.registration.RegisterReferenceDataUseCase;
import java.util.Objects;

/** The use cases behind the registration endpoints (the org tree is not among them: it is the operator's). */
public record RegistrationUseCases(ChangeOrgSettingsUseCase orgs, RegisterReferenceDataUseCase referenceData,
                                   RegisterCustomerUseCase customers, FormUserGroupUseCase userGroups) {

    public RegistrationUseCases {
        Objects.requireNonNull(orgs, "orgs");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(userGroups, "userGroups");
    }
}
