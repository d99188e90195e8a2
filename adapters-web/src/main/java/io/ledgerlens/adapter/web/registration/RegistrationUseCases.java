package io.ledgerlens.adapter.web.registration;

import io.ledgerlens.application.port.in.ConnectOrgUseCase;
import io.ledgerlens.application.port.in.FormUserGroupUseCase;
import io.ledgerlens.application.port.in.RegisterCustomerUseCase;
import io.ledgerlens.application.port.in.RegisterOrgUseCase;
import io.ledgerlens.application.port.in.RegisterReferenceDataUseCase;
import java.util.Objects;

/** The use cases behind the registration endpoints. */
public record RegistrationUseCases(RegisterOrgUseCase orgs, ConnectOrgUseCase connections,
                                   RegisterReferenceDataUseCase referenceData, RegisterCustomerUseCase customers,
                                   FormUserGroupUseCase userGroups) {

    public RegistrationUseCases {
        Objects.requireNonNull(orgs, "orgs");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(userGroups, "userGroups");
    }
}
