package io.ledgerlens.application.contract;

import io.ledgerlens.application.port.out.LoadLedgerEventsPort;
import io.ledgerlens.application.port.out.LoadOrgPort;
import io.ledgerlens.application.port.out.OrgTreePort;
import io.ledgerlens.application.port.out.RecordLedgerPort;
import io.ledgerlens.application.port.out.ResolveSubjectPort;

/** One implementation of every out-port over one (empty, fresh) ledger, and the operator's org tree of it. */
public record LedgerPorts(LoadOrgPort orgs, ResolveSubjectPort subjects, LoadLedgerEventsPort events,
                          RecordLedgerPort recorder, OrgTreePort tree) {

    public static LedgerPorts of(Object implementation) {
        return new LedgerPorts((LoadOrgPort) implementation, (ResolveSubjectPort) implementation,
                (LoadLedgerEventsPort) implementation, (RecordLedgerPort) implementation, (OrgTreePort) implementation);
    }
}
