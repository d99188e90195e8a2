package io.ledgerlens.bootstrap;

import io.javalin.Javalin;
import io.ledgerlens.adapter.persistence.access.Argon2idSecrets;
import io.ledgerlens.adapter.persistence.access.JooqCredentialRepository;
import io.ledgerlens.adapter.persistence.access.TokenKeyStore;
import io.ledgerlens.adapter.persistence.database.LedgerSchema;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.event.LedgerEventPersistenceAdapter;
import io.ledgerlens.adapter.persistence.org.OrgPersistenceAdapter;
import io.ledgerlens.adapter.persistence.recording.LedgerRecordingAdapter;
import io.ledgerlens.adapter.persistence.registration.RegistrationPersistenceAdapter;
import io.ledgerlens.adapter.persistence.subject.SubjectPersistenceAdapter;
import io.ledgerlens.adapter.web.registration.RegistrationUseCases;
import io.ledgerlens.adapter.web.access.JwtTokens;
import io.ledgerlens.adapter.web.access.WebAccess;
import io.ledgerlens.adapter.web.server.LedgerLensWebApp;
import io.ledgerlens.application.port.in.ManageCredentialsUseCase;
import io.ledgerlens.application.port.out.CredentialRepository;
import io.ledgerlens.application.service.AuthenticateCallerService;
import io.ledgerlens.application.service.ManageCredentialsService;
import io.ledgerlens.bootstrap.access.SigningKeys;
import java.time.Clock;
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
    private final CredentialRepository credentials;
    private final Argon2idSecrets secrets;
    private final ManageCredentialsUseCase credentialAdmin;
    private final SigningKeys signingKeys;
    private final Javalin web;

    /** Who issues and who accepts our tokens: this service, for its own API. */
    public static final String TOKEN_ISSUER = "ledgerlens";
    public static final String TOKEN_AUDIENCE = "ledgerlens-api";

    private LedgerLensService(LedgerDatabase database, ServiceSettings settings) {
        this.database = database;
        var store = LedgerStore.on(database.dataSource());
        this.explode = new ExplodeLedgerService(
                new OrgPersistenceAdapter(store), new SubjectPersistenceAdapter(store), new LedgerEventPersistenceAdapter(store));
        this.recorder = new LedgerRecordingAdapter(store);
        this.recording = new RecordLedgerEventService(recorder, new SubjectPersistenceAdapter(store));
        var clock = Clock.systemUTC();
        this.credentials = new JooqCredentialRepository(store);
        this.secrets = Argon2idSecrets.withDefaultCache();
        this.credentialAdmin = new ManageCredentialsService(credentials, secrets, clock);
        this.signingKeys = new SigningKeys(new TokenKeyStore(store), clock);
        signingKeys.ensureOne();
        var access = new WebAccess(new AuthenticateCallerService(credentials, secrets), credentialAdmin,
                new JwtTokens(signingKeys::newestFirst, clock, TOKEN_ISSUER, TOKEN_AUDIENCE), settings.accessLimits());
        this.web = LedgerLensWebApp.create(explode, recording, registrationOver(new RegistrationPersistenceAdapter(store)),
                access, settings.webLimits());
    }

    /** The registration use cases (orgs, connections, reference data, customers, user groups) over one port. */
    public static RegistrationUseCases registrationOver(RegistrationPort registration) {
        return new RegistrationUseCases(new RegisterOrgService(registration), new ConnectOrgService(registration),
                new RegisterReferenceDataService(registration), new RegisterCustomerService(registration),
                new FormUserGroupService(registration));
    }

    /** Migrates the schema, then wires everything; the HTTP server is not started yet. */
    public static LedgerLensService on(LedgerDatabase database, ServiceSettings settings) {
        LedgerSchema.migrate(database.ownerDataSource());
        return new LedgerLensService(database, settings);
    }

    /** The same, with the default limits. */
    public static LedgerLensService on(LedgerDatabase database) {
        return on(database, ServiceSettings.defaults());
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

    /** Issues, lists and revokes credentials of any org: for operators and the demo. */
    public ManageCredentialsUseCase credentialAdmin() {
        return credentialAdmin;
    }

    /** The credentials themselves, for the demo's known credentials. */
    public CredentialRepository credentials() {
        return credentials;
    }

    /** The secrets' hashing: Argon2id, with its bound on checks at once. */
    public Argon2idSecrets secrets() {
        return secrets;
    }

    public SigningKeys signingKeys() {
        return signingKeys;
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
