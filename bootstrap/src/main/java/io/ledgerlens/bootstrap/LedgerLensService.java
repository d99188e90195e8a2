package io.ledgerlens.bootstrap;

import io.javalin.Javalin;
import io.ledgerlens.adapter.persistence.access.Argon2idSecretHashing;
import io.ledgerlens.adapter.persistence.access.BufferedAuditLog;
import io.ledgerlens.adapter.persistence.access.JooqAuditLog;
import io.ledgerlens.adapter.persistence.access.JooqCredentialRepository;
import io.ledgerlens.adapter.persistence.access.CachedCredentialRepository;
import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.explode.CachedLoadOrg;
import io.ledgerlens.adapter.persistence.explode.EventDocumentBackfill;
import io.ledgerlens.adapter.persistence.registration.NotifyingRegistration;
import io.ledgerlens.adapter.persistence.access.TokenKeySealing;
import io.ledgerlens.adapter.persistence.access.TokenKeyStore;
import io.ledgerlens.adapter.persistence.database.LedgerSchema;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.StoreReadiness;
import io.ledgerlens.adapter.persistence.explode.JooqLoadCustomerEvents;
import io.ledgerlens.adapter.persistence.explode.JooqLoadLedgerEvents;
import io.ledgerlens.adapter.persistence.explode.JooqLoadOrg;
import io.ledgerlens.adapter.persistence.explode.JooqResolveSubject;
import io.ledgerlens.adapter.persistence.explode.RememberedReferenceData;
import io.ledgerlens.adapter.persistence.export.JooqLedgerExport;
import io.ledgerlens.adapter.persistence.recording.JooqLedgerChain;
import io.ledgerlens.adapter.persistence.recording.JooqRecordLedger;
import io.ledgerlens.adapter.persistence.recording.NotifyingRecordLedger;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.adapter.web.access.JwtTokens;
import io.ledgerlens.adapter.web.access.WebAccess;
import io.ledgerlens.adapter.web.registration.RegistrationUseCases;
import io.ledgerlens.adapter.web.server.LedgerLensWebApp;
import io.ledgerlens.adapter.web.server.WebOperations;
import io.ledgerlens.application.port.in.access.ManageCredentialsUseCase;
import io.ledgerlens.application.port.in.access.ReadAuditLogQuery;
import io.ledgerlens.application.port.in.explode.ExplodeLedgerQuery;
import io.ledgerlens.application.port.in.export.ExportLedgerQuery;
import io.ledgerlens.application.port.in.recording.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.in.recording.VerifyLedgerQuery;
import io.ledgerlens.application.port.in.registration.ManageOrgTreeUseCase;
import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.application.port.out.access.CredentialRepository;
import io.ledgerlens.application.port.out.recording.RecordLedgerPort;
import io.ledgerlens.application.port.out.registration.RegistrationPort;
import io.ledgerlens.application.service.AuthenticateCallerService;
import io.ledgerlens.application.service.ChangeOrgSettingsService;
import io.ledgerlens.application.service.EventAppends;
import io.ledgerlens.application.service.ExplodeLedgerService;
import io.ledgerlens.application.service.ExportLedgerService;
import io.ledgerlens.application.service.FormUserGroupService;
import io.ledgerlens.application.service.ManageCredentialsService;
import io.ledgerlens.application.service.ManageOrgTreeService;
import io.ledgerlens.application.service.ReadAuditLogService;
import io.ledgerlens.application.service.GroupCommittedRecordingService;
import io.ledgerlens.application.service.GroupCommittedRegistrationService;
import io.ledgerlens.application.service.RecordLedgerEventService;
import io.ledgerlens.application.service.RegisterCustomerService;
import io.ledgerlens.application.service.RegisterReferenceDataService;
import io.ledgerlens.application.service.VerifyLedgerService;
import io.ledgerlens.bootstrap.access.SigningKeys;
import io.ledgerlens.bootstrap.database.LedgerDatabase;
import io.ledgerlens.bootstrap.embedding.LedgerLens;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hexagon wired by hand: adapters into ports, ports into the use case,
 * the use case into the HTTP server. Stateless apart from the pool, so any
 * number of instances can run over one PostgreSQL.
 */
public final class LedgerLensService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerLensService.class);

    private final LedgerDatabase database;
    private final ExplodeLedgerQuery explode;
    private final RecordLedgerPort recorder;
    private final RecordLedgerEventUseCase recording;
    private final RegistrationUseCases registration;
    private final CredentialRepository credentials;
    private final Argon2idSecretHashing secrets;
    private final ManageCredentialsUseCase credentialAdmin;
    private final SigningKeys signingKeys;
    private final ManageOrgTreeUseCase orgTree;
    private final ReadAuditLogQuery auditLog;
    private final VerifyLedgerQuery verifier;
    private final ExportLedgerQuery exporter;
    private final BufferedAuditLog signInAudit;
    /** Failed sign-ins waiting to be written, at most: about a minute of a flood the permit pool lets through. */
    private static final int SIGN_IN_AUDIT_QUEUE = 10_000;
    private final Javalin web;
    /** Metrics and probes on a port of their own, when {@code --management-port} names one. */
    private final Javalin management;
    private final ServiceMetrics metrics;
    private final OptionalInt managementPortWanted;
    /** How long /health/ready waits for the database before it answers 503. */
    static final Duration READINESS_DEADLINE = Duration.ofSeconds(2);
    /** What other instances change of the credentials and orgs this one remembers. */
    private final ChangeNotices notices;
    /** The owner's connections, which row-level security does not fence: the operator's work and the service's own. */
    private final LedgerStore owner;
    /** Set as the service closes: the background work stops between its batches. */
    private volatile boolean closing;

    /** Who issues and who accepts our tokens: this service, for its own API. */
    public static final String TOKEN_ISSUER = "ledgerlens";
    /** Whom our tokens are for: this service's API, so that a token minted for something else is refused. */
    public static final String TOKEN_AUDIENCE = "ledgerlens-api";

    private LedgerLensService(LedgerDatabase database, ServiceSettings settings) {
        this.database = database;
        var store = LedgerStore.on(database.dataSource(), database.kind());
        // A connection of the owner's, outside the service's pool, kept open to hear changes.
        this.notices = ChangeNotices.listeningOn(database.ownerDataSource());
        var references = new RememberedReferenceData(store, notices);
        this.explode = new ExplodeLedgerService(new CachedLoadOrg(new JooqLoadOrg(store), notices),
                new JooqResolveSubject(store), new JooqLoadLedgerEvents(store, references),
                new JooqLoadCustomerEvents(store, references));
        this.recorder = new NotifyingRecordLedger(new JooqRecordLedger(store), notices);
        this.recording = new GroupCommittedRecordingService(new RecordLedgerEventService(recorder),
                LedgerLens.MOST_EVENTS_PER_GROUP, LedgerLens.GROUPS_IN_FLIGHT, LedgerLens.GATHER_WHEN_BUSY);
        var clock = Clock.systemUTC();
        // Written by the service's role, which may only append; read by the operator as the owner.
        var audit = new JooqAuditLog(store);
        this.owner = LedgerStore.on(database.ownerDataSource(), database.kind());
        this.auditLog = new ReadAuditLogService(new JooqAuditLog(owner));
        // The operator's, like the audit log: the owner sees every row as it is stored.
        this.verifier = new VerifyLedgerService(new JooqLedgerChain(owner), new JooqLoadLedgerEvents(owner));
        // The operator's too, but on the service's role: one org's fence, held by row-level security as well.
        this.exporter = new ExportLedgerService(new JooqLedgerExport(store));
        this.credentials = new CachedCredentialRepository(new JooqCredentialRepository(store), notices);
        this.secrets = Argon2idSecretHashing.withDefaultCache();
        this.credentialAdmin = new ManageCredentialsService(credentials, secrets, audit, clock);
        var keys = database.keyEncryptionKeys();
        this.signingKeys = new SigningKeys(new TokenKeyStore(store, keys),
                new TokenKeySealing(LedgerStore.on(database.ownerDataSource(), database.kind()), keys), clock);
        // The operator's door: the owner's connections, never wired into the HTTP routes.
        this.orgTree = new ManageOrgTreeService(JooqOrgTree.onOwner(database.ownerDataSource()), audit, clock);
        signingKeys.ensureOne();
        // Failed sign-ins are what a stranger causes at will: queued, and written in batches.
        this.signInAudit = new BufferedAuditLog(audit, SIGN_IN_AUDIT_QUEUE, clock);
        var access = new WebAccess(new AuthenticateCallerService(credentials, secrets, signInAudit, clock), credentialAdmin,
                new JwtTokens(signingKeys::newestFirst, clock, TOKEN_ISSUER, TOKEN_AUDIENCE), settings.accessLimits());
        this.registration = registrationOver(new NotifyingRegistration(new JooqRegistration(store), notices), audit, clock);
        this.metrics = ServiceMetrics.of(database.dataSource());
        var operations = new WebOperations(metrics.registry(), new StoreReadiness(store)::notReadyBecause,
                READINESS_DEADLINE);
        var ownManagementPort = settings.managementPort().isPresent();
        this.web = LedgerLensWebApp.create(explode, recording, registration, access, settings.webLimits(),
                settings.timeZone(), operations, !ownManagementPort);
        this.management = ownManagementPort ? LedgerLensWebApp.management(operations) : null;
        this.managementPortWanted = settings.managementPort();
    }

    /**
     * The registration use cases (an org's own settings, reference data, customers, user groups) over one port.
     *
     * @param registration the store's registration port, fenced to the org of each request
     * @param audit where changes of an org's settings are recorded
     * @param clock stamps those audit records
     * @return the four use cases, as the web adapter serves them
     */
    public static RegistrationUseCases registrationOver(RegistrationPort registration, AuditLogPort audit, Clock clock) {
        return new RegistrationUseCases(new ChangeOrgSettingsService(registration, audit, clock),
                new RegisterReferenceDataService(registration), new GroupCommittedRegistrationService(
                        new RegisterCustomerService(registration), LedgerLens.MOST_CUSTOMERS_PER_GROUP, LedgerLens.GROUPS_IN_FLIGHT),
                new FormUserGroupService(registration));
    }

    /**
     * Migrates the schema, then wires everything; the HTTP server is not started yet. Refuses (a
     * {@link io.ledgerlens.adapter.persistence.access.SealedKeyException}) when the database's token signing
     * keys do not open with its key-encryption keys.
     *
     * @param database the database to migrate and serve; closed by {@link #close()}
     * @param settings the limits, the time zone and the management port
     * @return the wired service, its signing keys opened (and a first one made if there was none)
     */
    public static LedgerLensService on(LedgerDatabase database, ServiceSettings settings) {
        LedgerSchema.migrate(database.ownerDataSource(), database.kind());
        return new LedgerLensService(database, settings);
    }

    /**
     * The same, with the default limits.
     *
     * @param database the database to migrate and serve; closed by {@link #close()}
     * @return the wired service, not yet listening
     */
    public static LedgerLensService on(LedgerDatabase database) {
        return on(database, ServiceSettings.defaults());
    }

    /**
     * Starts listening: the API on {@code port}, and the metrics and probes on the management port if the settings
     * name one of their own.
     *
     * @param host the address to bind, such as {@code 0.0.0.0} or {@code 127.0.0.1}
     * @param port the API's port; 0 lets the system choose one (see {@link #port()})
     * @return this service, started
     */
    public LedgerLensService start(String host, int port) {
        web.start(host, port);
        if (management != null) {
            management.start(host, managementPortWanted.getAsInt());
        }
        startDocumentBackfill();
        return this;
    }

    /**
     * Writes, in the background, the documents of the events recorded before there were any (V24): explode reads
     * those from their rows until then. A failure only ends this pass; the next start goes on where it stopped.
     */
    private void startDocumentBackfill() {
        var backfill = new EventDocumentBackfill(owner);
        var thread = new Thread(() -> {
            try {
                backfill.run(() -> closing);
            } catch (RuntimeException e) {
                if (!closing) {
                    LOG.warn("read model: writing the documents of older events stopped ({}); they are read from their"
                            + " rows, and the next start goes on", e.getMessage());
                }
            }
        }, "ledgerlens-read-model");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The port the API listens on, once started: the one chosen when {@code start} was given 0.
     *
     * @return the API's port
     */
    public int port() {
        return web.port();
    }

    /**
     * The port {@code /metrics} is served on when it is not the service's own.
     *
     * @return the management server's port once started; empty when metrics are on the API's port
     */
    public Optional<Integer> managementPort() {
        return Optional.ofNullable(management).map(Javalin::port);
    }

    /**
     * The meters {@code /metrics} exposes: the HTTP requests, the connection pool, the JVM and the process.
     *
     * @return the registry, for tests and the demo to read
     */
    public PrometheusMeterRegistry metrics() {
        return metrics.registry();
    }

    /**
     * Explode as the API serves it, the org's settings cached until another instance changes them.
     *
     * @return the explode query over the service's fenced pool
     */
    public ExplodeLedgerQuery explode() {
        return explode;
    }

    /**
     * Recording as the API serves it: an org's single events committed in groups.
     *
     * @return the recording use case the HTTP routes call
     */
    public RecordLedgerEventUseCase recording() {
        return recording;
    }

    /**
     * The port under recording, without the use case's checks: for the demo data, whose events are known to be
     * good, and for tests that write events as they are.
     *
     * @return the store's appender, which tells other instances what it wrote
     */
    public RecordLedgerPort recorder() {
        return recorder;
    }

    /**
     * Events appended as the recording use case appends them (its duplicate and return decisions), for the demo.
     *
     * @return a new appender over {@link #recorder()} on each call
     */
    public EventAppends appends() {
        return new EventAppends(recorder);
    }

    /**
     * The registration use cases the API serves: the demo and the generator register through them too.
     *
     * @return the use cases over the service's fenced pool, each change of settings audited
     */
    public RegistrationUseCases registration() {
        return registration;
    }

    /**
     * Recomputes an org's ledger chain, as the operator does (over the owner's connections).
     *
     * @return the query {@code ledgerlens verify} runs
     */
    public VerifyLedgerQuery verifier() {
        return verifier;
    }

    /**
     * One org's ledger read out whole, for {@code ledgerlens export}.
     *
     * @return the query over the service's role, so that row-level security holds the export to its one org
     */
    public ExportLedgerQuery exporter() {
        return exporter;
    }

    /**
     * The audit log, as the operator reads it (over the owner's connections).
     *
     * @return the query {@code ledgerlens audit} runs
     */
    public ReadAuditLogQuery auditLog() {
        return auditLog;
    }

    /**
     * Creates, connects, disconnects and lists orgs: the operator's, for the command line and the demo.
     *
     * @return the use case over the owner's connections, each change audited; never wired into the HTTP routes
     */
    public ManageOrgTreeUseCase orgTree() {
        return orgTree;
    }

    /**
     * Issues, lists and revokes credentials of any org: for operators and the demo.
     *
     * @return the use case behind {@code ledgerlens credentials}, each change audited
     */
    public ManageCredentialsUseCase credentialAdmin() {
        return credentialAdmin;
    }

    /**
     * The credentials themselves, for the demo's known credentials.
     *
     * @return the repository the API authenticates against, cached and forgotten whenever a credential changes
     */
    public CredentialRepository credentials() {
        return credentials;
    }

    /**
     * The secrets' hashing: Argon2id, with its bound on checks at once.
     *
     * @return the hashing the API checks secrets with, shared with {@link #credentialAdmin()}
     */
    public Argon2idSecretHashing secrets() {
        return secrets;
    }

    /**
     * The token signing keys, opened at start: for rotating them and re-sealing them under a new key-encryption key.
     *
     * @return the keys the API's tokens and the ledger checkpoints are signed with
     */
    public SigningKeys signingKeys() {
        return signingKeys;
    }

    /**
     * The database the service was built on, which {@link #close()} closes last.
     *
     * @return the database, embedded or external
     */
    public LedgerDatabase database() {
        return database;
    }

    @Override
    public void close() {
        closing = true;
        web.stop();
        if (management != null) {
            management.stop();
        }
        metrics.close();
        notices.close();
        signInAudit.close();
        database.close();
    }
}
