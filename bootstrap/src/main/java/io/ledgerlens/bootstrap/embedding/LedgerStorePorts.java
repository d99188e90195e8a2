package io.ledgerlens.bootstrap.embedding;

import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.application.port.out.explode.LoadCustomerEventsPort;
import io.ledgerlens.application.port.out.explode.LoadLedgerEventsPort;
import io.ledgerlens.application.port.out.explode.LoadOrgPort;
import io.ledgerlens.application.port.out.explode.ResolveSubjectPort;
import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.application.port.out.registration.OrgTreePort;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import java.util.Objects;

/**
 * What a store offers LedgerLens: the application's ports out, one implementation each. LedgerLens's own are the
 * PostgreSQL adapters that {@link LedgerLens#over(javax.sql.DataSource)} wires; a host service with a store of its
 * own implements these and hands them to {@link LedgerLens#over(LedgerStorePorts)}. Each port's contract suite
 * ({@code *PortContract} in the application's test jar) says what an implementation must do.
 *
 * @param orgs       an org's settings and its connected orgs, for explode
 * @param subjects   a customer or user group by identifier, for explode and recording
 * @param events     events with the sections an answer shows
 * @param ledger     appends events (idempotent by unique id, returns checked against their purchases)
 * @param registration orgs' settings, reference data, customers and user groups
 * @param orgTree    creates and connects orgs (the operator's)
 * @param audit      where changes of settings and of the org tree are recorded
 * @param customerEvents a customer with her events by id at once, for explode (the request it answers most);
 *                   without one of its own, a store answers it in two steps through {@code subjects} and
 *                   {@code events}
 */
public record LedgerStorePorts(LoadOrgPort orgs, ResolveSubjectPort subjects, LoadLedgerEventsPort events,
                               RecordLedgerPort ledger, RegistrationPort registration, OrgTreePort orgTree,
                               AuditLogPort audit, LoadCustomerEventsPort customerEvents) {

    /**
     * Every port given, none left out: a missing one fails here, not at the first request that needs it.
     *
     * @param orgs an org's settings and its connected orgs, for explode
     * @param subjects a customer or user group by identifier, for explode and recording
     * @param events events with the sections an answer shows
     * @param ledger appends events
     * @param registration orgs' settings, reference data, customers and user groups
     * @param orgTree creates and connects orgs
     * @param audit where changes of settings and of the org tree are recorded
     * @param customerEvents a customer with her events by id at once
     * @throws NullPointerException if any port is {@code null}, naming it
     */
    public LedgerStorePorts {
        Objects.requireNonNull(orgs, "orgs");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(orgTree, "orgTree");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(customerEvents, "customerEvents");
    }

    /**
     * A store that finds a customer with her events in two steps, through {@code subjects} and {@code events}.
     *
     * @param orgs an org's settings and its connected orgs, for explode
     * @param subjects a customer or user group by identifier; also the first of the two steps
     * @param events events with the sections an answer shows; also the second of the two steps
     * @param ledger appends events
     * @param registration orgs' settings, reference data, customers and user groups
     * @param orgTree creates and connects orgs
     * @param audit where changes of settings and of the org tree are recorded
     */
    public LedgerStorePorts(LoadOrgPort orgs, ResolveSubjectPort subjects, LoadLedgerEventsPort events,
                            RecordLedgerPort ledger, RegistrationPort registration, OrgTreePort orgTree, AuditLogPort audit) {
        this(orgs, subjects, events, ledger, registration, orgTree, audit, LoadCustomerEventsPort.inTwoSteps(subjects, events));
    }

    /**
     * Every port from one store that implements them all (as an in-memory store for tests may), with its audit log.
     *
     * @param <S> the store's type, which implements every port but the audit log
     * @param store the store, given as each of its ports
     * @param audit where changes of settings and of the org tree are recorded
     * @return the ports, a customer with her events found in two steps
     */
    public static <S extends LoadOrgPort & ResolveSubjectPort & LoadLedgerEventsPort & RecordLedgerPort & RegistrationPort
            & OrgTreePort> LedgerStorePorts allIn(S store, AuditLogPort audit) {
        return new LedgerStorePorts(store, store, store, store, store, store, audit);
    }
}
