package io.ledgerlens.bootstrap.embedding;

import com.zaxxer.hikari.HikariDataSource;
import io.ledgerlens.adapter.persistence.access.JooqAuditLog;
import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.LedgerSchema;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.PostgresDataSources;
import io.ledgerlens.adapter.persistence.explode.JooqLoadCustomerEvents;
import io.ledgerlens.adapter.persistence.explode.JooqLoadLedgerEvents;
import io.ledgerlens.adapter.persistence.explode.JooqLoadOrg;
import io.ledgerlens.adapter.persistence.explode.JooqResolveSubject;
import io.ledgerlens.adapter.persistence.recording.JooqRecordLedger;
import io.ledgerlens.adapter.persistence.registration.JooqOrgTree;
import io.ledgerlens.adapter.persistence.registration.JooqRegistration;
import io.ledgerlens.application.port.in.explode.ExplodeLedgerQuery;
import io.ledgerlens.application.port.in.recording.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.in.registration.ChangeOrgSettingsUseCase;
import io.ledgerlens.application.port.in.registration.FormUserGroupUseCase;
import io.ledgerlens.application.port.in.registration.ManageOrgTreeUseCase;
import io.ledgerlens.application.port.in.registration.RegisterCustomerUseCase;
import io.ledgerlens.application.port.in.registration.RegisterReferenceDataUseCase;
import io.ledgerlens.application.service.ChangeOrgSettingsService;
import io.ledgerlens.application.service.ExplodeLedgerService;
import io.ledgerlens.application.service.FormUserGroupService;
import io.ledgerlens.application.service.GroupCommittedRecordingService;
import io.ledgerlens.application.service.GroupCommittedRegistrationService;
import io.ledgerlens.application.service.ManageOrgTreeService;
import io.ledgerlens.application.service.RecordLedgerEventService;
import io.ledgerlens.application.service.RegisterCustomerService;
import io.ledgerlens.application.service.RegisterReferenceDataService;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * LedgerLens inside another JVM service: the use cases (explode, record, register, the org tree) over PostgreSQL in
 * one line, {@code LedgerLens.over(dataSource)}, or over a store of the host's own ({@link #over(LedgerStorePorts)}).
 * No HTTP server, no command line, no embedded database: the host authenticates its callers and names their org in
 * each request, and LedgerLens trusts it.
 */
public final class LedgerLens implements AutoCloseable {

    /**
     * Single events of one org that arrive while its last group is being recorded are recorded together, up to this
     * many in one transaction (a bulk import sends its own batches, of 1,000 by default).
     */
    public static final int MOST_EVENTS_PER_GROUP = 200;
    /**
     * An org's groups under way at once, of events and of registrations. One: with two, one group would write its
     * rows while the other waits for the chain, but the groups halve in size and PostgreSQL spent 0.77 ms of CPU per
     * event against 0.43 (measured, 16 tills, four interleaved rounds: 1,192 against 1,372 events/s, p99 37 against
     * 30 ms). Not the chain's doing: with its lock and links taken out (an experiment), one group wrote as many events
     * as with them (2,028 against 2,064/s) and four groups 0.71 times as many.
     */
    public static final int GROUPS_IN_FLIGHT = 1;
    /**
     * Single registrations of one org's customers that arrive while its last group is being registered are
     * registered together, up to this many in one transaction: each customer and identifier it names takes a lock
     * slot of PostgreSQL's, so a larger group takes its org's lock instead (more than 64 keys).
     */
    public static final int MOST_CUSTOMERS_PER_GROUP = 32;
    /**
     * How long a group of single events waits for as many as the org's last group held, when that group was written
     * less than this long ago: sixteen tills come back from a group within a millisecond or two of each other, and
     * the first back wrote a group of its own while the rest queued behind it (129 of 1,026 groups held one event).
     * Measured, 16 tills, three interleaved rounds against none: 1 ms 1.08-1.12x the events per round, 2 ms
     * 1.10-1.15x, 4 ms 1.06-1.11x. An org idle for longer writes at once. Registrations do not gather (see
     * {@link GroupCommittedRegistrationService}).
     */
    public static final Duration GATHER_WHEN_BUSY = Duration.ofMillis(2);
    /** Connections LedgerLens pools over the host's DataSource unless told otherwise. */
    public static final int DEFAULT_POOL_SIZE = 4;

    private final ExplodeLedgerQuery explode;
    private final RecordLedgerEventUseCase recording;
    private final ChangeOrgSettingsUseCase orgSettings;
    private final RegisterReferenceDataUseCase referenceData;
    private final RegisterCustomerUseCase customers;
    private final FormUserGroupUseCase userGroups;
    private final ManageOrgTreeUseCase orgTree;
    private final Optional<HikariDataSource> pool;

    private LedgerLens(LedgerStorePorts store, Clock clock, Optional<HikariDataSource> pool) {
        this.explode = new ExplodeLedgerService(store.orgs(), store.subjects(), store.events(), store.customerEvents());
        this.recording = new GroupCommittedRecordingService(new RecordLedgerEventService(store.ledger()),
                MOST_EVENTS_PER_GROUP, GROUPS_IN_FLIGHT, GATHER_WHEN_BUSY);
        this.orgSettings = new ChangeOrgSettingsService(store.registration(), store.audit(), clock);
        this.referenceData = new RegisterReferenceDataService(store.registration());
        this.customers = new GroupCommittedRegistrationService(new RegisterCustomerService(store.registration()),
                MOST_CUSTOMERS_PER_GROUP, GROUPS_IN_FLIGHT);
        this.userGroups = new FormUserGroupService(store.registration());
        this.orgTree = new ManageOrgTreeService(store.orgTree(), store.audit(), clock);
        this.pool = pool;
    }

    /**
     * {@link #over(DataSource, int)} with {@value #DEFAULT_POOL_SIZE} connections.
     *
     * @param owner opens new connections as the login that owns (or is to own) LedgerLens's schema
     * @return LedgerLens over a migrated schema, with a pool of its own
     */
    public static LedgerLens over(DataSource owner) {
        return over(owner, DEFAULT_POOL_SIZE);
    }

    /**
     * LedgerLens on the PostgreSQL that {@code owner} connects to, as the login that owns (or is to own) LedgerLens's
     * schema: the schema is migrated first (Flyway; safe when several instances start at once), then LedgerLens
     * keeps a pool of {@code poolSize} connections of its own over {@code owner}, each switched to the fenced role
     * that row-level security holds to the orgs of each request. Give it a DataSource that opens new connections
     * (PostgreSQL's {@code PGSimpleDataSource}), not your pool: a pooled connection would go back to your pool in
     * LedgerLens's role. {@link #close()} closes LedgerLens's pool; {@code owner} stays yours.
     *
     * @param owner opens new connections as the schema's owner; a HikariCP pool is refused
     * @param poolSize the connections LedgerLens keeps open over {@code owner}, in the fenced role
     * @return LedgerLens over a migrated schema, with a pool of its own
     * @throws IllegalArgumentException if {@code owner} is a HikariCP pool
     */
    public static LedgerLens over(DataSource owner, int poolSize) {
        return over(owner, poolSize, DatabaseKind.POSTGRESQL);
    }

    /**
     * {@link #over(DataSource, int)} on a database of {@code kind}: for a Citus coordinator with its workers added,
     * the schema is distributed by org and every fenced statement runs in a transaction whose fence reaches the
     * workers (the README's "Scaling out on Citus").
     *
     * @param owner opens new connections as the schema's owner; a HikariCP pool is refused
     * @param poolSize the connections LedgerLens keeps open over {@code owner}, in the fenced role
     * @param kind one PostgreSQL, or a Citus coordinator
     * @return LedgerLens over a migrated schema, with a pool of its own
     * @throws IllegalArgumentException if {@code owner} is a HikariCP pool
     * @throws IllegalStateException if the database is not of {@code kind}
     */
    public static LedgerLens over(DataSource owner, int poolSize, DatabaseKind kind) {
        refusePools(owner);
        LedgerSchema.migrate(owner, kind);
        var pool = PostgresDataSources.pooledOver(owner, poolSize);
        var store = LedgerStore.on(pool, kind);
        var ports = new LedgerStorePorts(new JooqLoadOrg(store), new JooqResolveSubject(store),
                new JooqLoadLedgerEvents(store), new JooqRecordLedger(store), new JooqRegistration(store),
                // The org tree is the operator's: written as the owner, whom no tenant fence holds.
                JooqOrgTree.onOwner(owner), new JooqAuditLog(store), new JooqLoadCustomerEvents(store));
        return new LedgerLens(ports, Clock.systemUTC(), Optional.of(pool));
    }

    /**
     * LedgerLens on a store of the host's own: its ports, which LedgerLens neither migrates nor closes.
     *
     * @param store the host's implementations of the ports out, each held to its contract suite
     * @return LedgerLens over that store; {@link #close()} leaves it open
     */
    public static LedgerLens over(LedgerStorePorts store) {
        return new LedgerLens(store, Clock.systemUTC(), Optional.empty());
    }

    private static void refusePools(DataSource owner) {
        try {
            if (owner.isWrapperFor(HikariDataSource.class)) {
                throw new IllegalArgumentException("LedgerLens.over needs a DataSource that opens new connections"
                        + " (e.g. PGSimpleDataSource), not a HikariCP pool: LedgerLens keeps a pool of its own, whose"
                        + " connections run in a fenced role that must not go back to your pool");
            }
        } catch (SQLException cannotTell) {
            // A DataSource that cannot say what it wraps is taken at its word.
        }
    }

    /**
     * Explodes events, as {@code getLedgerExplodeInfo} does: the org in each request is the one you authenticated.
     *
     * @return the explode query; it trusts the org a request names, so name only the one you authenticated
     */
    public ExplodeLedgerQuery explode() {
        return explode;
    }

    /**
     * Records events (idempotent by unique id; returns checked against their purchases).
     *
     * @return the recording use case; single events of one org are committed in groups of at most
     *         {@value #MOST_EVENTS_PER_GROUP}
     */
    public RecordLedgerEventUseCase recording() {
        return recording;
    }

    /**
     * An org's own settings: its programs' currencies, whether it captures source values.
     *
     * @return the use case that changes an org's settings, each change written to the audit log
     */
    public ChangeOrgSettingsUseCase orgSettings() {
        return orgSettings;
    }

    /**
     * Programs, tiers, points categories, allocation and expiry strategies.
     *
     * @return the reference data use case, over the store's registration port, in the org each request names
     */
    public RegisterReferenceDataUseCase referenceData() {
        return referenceData;
    }

    /**
     * Customers and the identifiers they are found by.
     *
     * @return the customer use case, over the store's registration port, in the org each request names; single
     *         registrations of one org are committed in groups of at most {@value #MOST_CUSTOMERS_PER_GROUP}
     */
    public RegisterCustomerUseCase customers() {
        return customers;
    }

    /**
     * User groups (households) and their members.
     *
     * @return the user group use case, over the store's registration port, in the org each request names
     */
    public FormUserGroupUseCase userGroups() {
        return userGroups;
    }

    /**
     * Creates orgs and connects a child to its parent: the operator's, never a tenant's.
     *
     * @return the org tree use case; with {@link #over(DataSource)} it writes as {@code owner}, outside the tenant
     *         fence
     */
    public ManageOrgTreeUseCase orgTree() {
        return orgTree;
    }

    /** Closes LedgerLens's own pool, if it made one; the host's DataSource or store stays open. */
    @Override
    public void close() {
        pool.ifPresent(HikariDataSource::close);
    }
}
