package io.ledgerlens.application.contract;

import io.ledgerlens.application.port.out.LedgerChainPort;
import io.ledgerlens.application.port.out.LoadLedgerEventsPort;
import io.ledgerlens.application.port.out.LoadOrgPort;
import io.ledgerlens.application.port.out.OrgTreePort;
import io.ledgerlens.application.port.out.RecordLedgerPort;
import io.ledgerlens.application.port.out.ResolveSubjectPort;

/** One implementation of every out-port over one (empty, fresh) ledger: the service's, and the operator's org tree and chain. */
public record LedgerPorts(LoadOrgPort orgs, ResolveSubjectPort subjects, LoadLedgerEventsPort events,
                          RecordLedgerPort recorder, OrgTreePort tree, LedgerChainPort chain) {

    public static LedgerPorts of(Object implementation) {
        return new LedgerPorts((LoadOrgPort) implementation, (ResolveSubjectPort) implementation,
                (LoadLedgerEventsPort) implementation, (RecordLedgerPort) implementation, (OrgTreePort) implementation,
                (LedgerChainPort) implementation);
    }
}
