package com.example.badhost;

import io.ledgerlens.application.service.ExplodeLedgerService;

/** Planted for HostArchitectureRulesCanFailTest: a host that reaches past the ports into a service. */
public final class PeekingDesk {

    private final ExplodeLedgerService explode;

    public PeekingDesk(ExplodeLedgerService explode) {
        this.explode = explode;
    }

    public ExplodeLedgerService explode() {
        return explode;
    }
}
