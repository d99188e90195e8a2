package io.ledgerlens.application.contract;

import io.ledgerlens.application.port.out.explode.LoadOrgPort;
import io.ledgerlens.application.port.out.registration.OrgTreePort;
import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.port.out.explode.ResolveSubjectPort;

/**
 * One implementation of the registration port over one fresh ledger, with
 * the read ports of the same implementation, to see registrations as explode does, its recorder, whose
 * events register reference data on first use, and the operator's org tree over the same ledger.
 */
public record RegistryPorts(RegistrationPort registration, LoadOrgPort orgs, ResolveSubjectPort subjects,
                            RecordLedgerPort recorder, OrgTreePort tree) {

    public static RegistryPorts of(Object implementation) {
        return new RegistryPorts((RegistrationPort) implementation, (LoadOrgPort) implementation,
                (ResolveSubjectPort) implementation, (RecordLedgerPort) implementation, (OrgTreePort) implementation);
    }

    /** Events appended through the recorder as the application appends them. */
    public io.ledgerlens.application.service.EventAppends appends() {
        return new io.ledgerlens.application.service.EventAppends(recorder);
    }
}
