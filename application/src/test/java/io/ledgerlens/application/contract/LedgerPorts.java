package io.ledgerlens.application.contract;

import io.ledgerlens.application.port.out.recording.LedgerChainPort;
import io.ledgerlens.application.port.out.export.LedgerExportPort;
import io.ledgerlens.application.port.out.explode.LoadLedgerEventsPort;
import io.ledgerlens.application.port.out.explode.LoadOrgPort;
import io.ledgerlens.application.port.out.registration.OrgTreePort;
import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.port.out.explode.ResolveSubjectPort;
import io.ledgerlens.application.service.EventAppends;

/**
 * One implementation of every out-port over one (empty, fresh) ledger: the service's, and the operator's org tree,
 * chain and export.
 */
public record LedgerPorts(LoadOrgPort orgs, ResolveSubjectPort subjects, LoadLedgerEventsPort events,
                          RecordLedgerPort recorder, RegistrationPort registration, OrgTreePort tree, LedgerChainPort chain,
                          LedgerExportPort export) {

    public static LedgerPorts of(Object implementation) {
        return new LedgerPorts((LoadOrgPort) implementation, (ResolveSubjectPort) implementation,
                (LoadLedgerEventsPort) implementation, (RecordLedgerPort) implementation,
                (RegistrationPort) implementation, (OrgTreePort) implementation, (LedgerChainPort) implementation,
                (LedgerExportPort) implementation);
    }

    /** Events appended through the recorder as the application appends them (its duplicate and return decisions). */
    public EventAppends appends() {
        return new EventAppends(recorder);
    }

    /** Customers and groups registered through the registration use cases, as the API registers them. */
    public Subjects subjectsRegistered() {
        return new Subjects(registration);
    }
}
