package io.ledgerlens.adapter.persistence.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connection pools to PostgreSQL. Instances are stateless, so a pool per
 * instance is all the state there is; size it to the database, not to the load.
 *
 * <p>Two kinds of connection, both logging in as the configured user: the
 * service's pool switches to {@link #SERVICE_ROLE}, which is subject to
 * row-level security and may only read and append the ledger; migrations use
 * {@link #owner} connections, which keep the login user, who owns the schema.
 * The switch is what makes the fences hold: owners and superusers bypass
 * row-level security. It guards against a query that forgets its filter, not
 * against SQL run by an attacker (who could RESET ROLE): for that, log in as a
 * user that is no superuser and owns nothing.
 */
public final class PostgresDataSources {

    /**
     * The longest one statement may run before PostgreSQL cancels it: far beyond any explode or batch of an
     * import, short enough that a runaway query cannot hold a connection (and its locks) for long.
     */
    public static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(10);

    /** How long the pool waits for a free connection, and pgjdbc for a new one to connect and to log in. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    /**
     * How long pgjdbc waits for PostgreSQL to say anything on an open connection. Longer than
     * {@link #STATEMENT_TIMEOUT}, so that a slow statement is cancelled by PostgreSQL (and answered); reached only
     * when the server stops answering at all (paused, a dead host, a cable pulled), where nothing else would end
     * the wait.
     */
    public static final Duration SOCKET_TIMEOUT = socketTimeoutFor(STATEMENT_TIMEOUT);

    /** The role the service's statements run as (created by migration V5). */
    public static final String SERVICE_ROLE = "ledgerlens_app";

    private PostgresDataSources() {
    }

    /**
     * The longest a request waits on a database that stopped answering before it is answered 503: a free
     * connection within {@link #CONNECT_TIMEOUT}, then one statement's {@link #SOCKET_TIMEOUT} (the first
     * unanswered statement ends the request), and a second of slack.
     *
     * @return the bound, for a health check or a client's own timeout to stay above
     */
    public static Duration unansweredBound() {
        return CONNECT_TIMEOUT.plus(SOCKET_TIMEOUT).plusSeconds(1);
    }

    /**
     * {@link #pooled(String, String, String, int, Duration)} with the default {@link #STATEMENT_TIMEOUT}.
     *
     * @param jdbcUrl the database's JDBC URL
     * @param user the login user
     * @param password the login user's password
     * @param maxPoolSize the most connections the pool holds open
     * @return the service's pool, not yet connected
     */
    public static HikariDataSource pooled(String jdbcUrl, String user, String password, int maxPoolSize) {
        return pooled(jdbcUrl, user, password, maxPoolSize, STATEMENT_TIMEOUT);
    }

    /**
     * A pool that starts even when the database is down (it connects lazily)
     * and gives up on a connection quickly, so a request fails fast with 9003
     * instead of hanging while the database is away. Every connection runs as
     * {@link #SERVICE_ROLE}, so the schema must have been migrated first.
     *
     * @param jdbcUrl the database's JDBC URL
     * @param user the login user
     * @param password the login user's password
     * @param maxPoolSize the most connections the pool holds open
     * @param statementTimeout how long one statement may run before PostgreSQL cancels it
     * @return the service's pool, not yet connected
     */
    public static HikariDataSource pooled(String jdbcUrl, String user, String password, int maxPoolSize,
                                          Duration statementTimeout) {
        var config = poolOf(maxPoolSize);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.addDataSourceProperty("ApplicationName", "ledgerlens");
        // Set at connection start, so it holds for every statement on every pooled connection.
        config.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
        // A server that stops answering must not hold a request for ever: connecting, logging in and every read
        // on an open connection have a deadline, and keep-alive lets the kernel notice a peer that is gone.
        // (As text: pgjdbc reads its properties with getProperty, which does not see a number.)
        config.addDataSourceProperty("connectTimeout", Long.toString(CONNECT_TIMEOUT.toSeconds()));
        config.addDataSourceProperty("loginTimeout", Long.toString(CONNECT_TIMEOUT.toSeconds()));
        config.addDataSourceProperty("socketTimeout", Long.toString(socketTimeoutFor(statementTimeout).toSeconds()));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        // A JDBC batch of one insert statement travels as multi-row inserts: what makes bulk import fast.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // PostgreSQL's DETAIL of an error quotes row values ("Key (unique_id)=(...)"); they must not reach a log.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        config.setConnectionInitSql("set role " + SERVICE_ROLE);
        return new HikariDataSource(config);
    }

    /**
     * The service's pool over connections an embedding service hands out ({@code connections} opens them as the
     * schema's owner): each switches to {@link #SERVICE_ROLE} and takes the statement timeout when the pool opens it,
     * and keeps both until the pool closes it. So {@code connections} must open new connections, not lend pooled
     * ones, which would go back to their pool still in the fenced role.
     *
     * @param connections opens a new connection, as the schema's owner, on each call
     * @param maxPoolSize the most connections the pool holds open
     * @return the service's pool over them, not yet connected
     */
    public static HikariDataSource pooledOver(DataSource connections, int maxPoolSize) {
        var config = poolOf(maxPoolSize);
        config.setDataSource(connections);
        config.setConnectionInitSql("set role " + SERVICE_ROLE + "; set statement_timeout = " + STATEMENT_TIMEOUT.toMillis());
        return new HikariDataSource(config);
    }

    /** What every service pool shares: its name, its size, quick to give up on a connection, and lazy to start. */
    private static HikariConfig poolOf(int maxPoolSize) {
        var config = new HikariConfig();
        config.setMaximumPoolSize(maxPoolSize);
        config.setPoolName("ledgerlens");
        config.setConnectionTimeout(CONNECT_TIMEOUT.toMillis());
        config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        config.setInitializationFailTimeout(-1);
        return config;
    }

    /** Two seconds past the statement timeout: PostgreSQL cancels a slow statement (and answers) first. */
    private static Duration socketTimeoutFor(Duration statementTimeout) {
        return statementTimeout.plusSeconds(2);
    }

    /**
     * Unpooled connections as the login user, the schema's owner: for Flyway, which opens one or two.
     *
     * @param jdbcUrl the database's JDBC URL
     * @param user the login user, who owns the schema
     * @param password the login user's password
     * @return a data source that connects anew on each call, with no socket timeout
     */
    public static DataSource owner(String jdbcUrl, String user, String password) {
        var source = new PGSimpleDataSource();
        source.setURL(jdbcUrl);
        source.setUser(user);
        source.setPassword(password);
        source.setApplicationName("ledgerlens-migrations");
        // No socket timeout: a migration or a verify may rightly run for minutes. Connecting is bounded.
        source.setConnectTimeout((int) CONNECT_TIMEOUT.toSeconds());
        source.setLoginTimeout((int) CONNECT_TIMEOUT.toSeconds());
        source.setTcpKeepAlive(true);
        source.setLogServerErrorDetail(false);
        return source;
    }
}
