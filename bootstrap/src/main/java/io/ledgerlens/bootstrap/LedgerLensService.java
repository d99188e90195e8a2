package io.ledgerlens.bootstrap;

import io.javalin.Javalin;
import io.ledgerlens.adapter.persistence.database.LedgerSchema;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.event.LedgerEventPersistenceAdapter;
import io.ledgerlens.adapter.persistence.org.OrgPersistenceAdapter;
import io.ledgerlens.adapter.persistence.recording.LedgerRecordingAdapter;
import io.ledgerlens.adapter.persistence.registration.RegistrationPersistenceAdapter;
import io.ledgerlens.adapter.persistence.subject.SubjectPersistenceAdapter;
import io.ledgerlens.adapter.web.registration.RegistrationUseCases;
import io.ledgerlens.adapter.web.server.CallerOrgResolver;
import io.ledgerlens.adapter.web.server.LedgerLensWebApp;
import io.ledgerlens.application.port.in.ExplodeLedgerQuery;
import io.ledgerlens.application.port.in.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.out.RecordLedgerPort;
import io.ledgerlens.application.port.out.RegistrationPort;
import io.ledgerlens.application.service.ConnectOrgService;
import io.ledgerlens.application.service.ExplodeLedgerService;
import io.ledgerlens.application.service.FormUserGroupService;
import io.ledgerlens.application.service.RecordLedgerEventService;
import io.ledgerlens.application.service.RegisterCustomerService;
import io.ledgerlens.application.service.RegisterOrgService;
import io.ledgerlens.application.service.RegisterReferenceDataService;
import io.ledgerlens.bootstrap.database.LedgerDatabase;
import io.ledgerlens.domain.org.OrgId;

/**
 * The hexagon wired by hand: adapters into ports, ports into the use case,
 * the use case into the HTTP server. Stateless apart from the pool, so any
 * number of instances can run over one PostgreSQL.
 */
public final class LedgerLensService implements AutoCloseable {

    private final LedgerDatabase database;
    private final ExplodeLedgerQuery explode;
    private final RecordLedgerPort recorder;
    private final RecordLedgerEventUseCase recording;
    private final Javalin web;

    private LedgerLensService(LedgerDatabase database, OrgId defaultOrg) {
        this.database = database;
        var store = LedgerStore.on(database.dataSource());
        this.explode = new ExplodeLedgerService(
                new OrgPersistenceAdapter(store), new SubjectPersistenceAdapter(store), new LedgerEventPersistenceAdapter(store));
        this.recorder = new LedgerRecordingAdapter(store);
        this.recording = new RecordLedgerEventService(recorder, new SubjectPersistenceAdapter(store));
        this.web = LedgerLensWebApp.create(explode, recording, registrationOver(new RegistrationPersistenceAdapter(store)),
                CallerOrgResolver.always(defaultOrg));
    }

    /** The registration use cases (orgs, connections, reference data, customers, user groups) over one port. */
    public static RegistrationUseCases registrationOver(RegistrationPort registration) {
        return new RegistrationUseCases(new RegisterOrgService(registration), new ConnectOrgService(registration),
                new RegisterReferenceDataService(registration), new RegisterCustomerService(registration),
                new FormUserGroupService(registration));
    }

    /** Migrates the schema, then wires everything; the HTTP server is not started yet. */
    public static LedgerLensService on(LedgerDatabase database, OrgId defaultOrg) {
        LedgerSchema.migrate(database.ownerDataSource());
        return new LedgerLensService(database, defaultOrg);
    }

    public LedgerLensService start(String host, int port) {
        web.start(host, port);
        return this;
    }

    public int port() {
        return web.port();
    }

    public ExplodeLedgerQuery explode() {
        return explode;
    }

    public RecordLedgerEventUseCase recording() {
        return recording;
    }

    public RecordLedgerPort recorder() {
        return recorder;
    }

    public LedgerDatabase database() {
        return database;
    }

    @Override
    public void close() {
        web.stop();
        database.close();
    }
}
