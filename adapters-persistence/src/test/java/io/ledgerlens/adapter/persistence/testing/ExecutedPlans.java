package io.ledgerlens.adapter.persistence.testing;

import io.ledgerlens.adapter.persistence.database.PostgresDataSources;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * The plans PostgreSQL ran, as {@code auto_explain} tells them: connections opened as the schema's owner load it,
 * have it send every plan to the client as a notice, and then switch to the service's role, so that the statements
 * run as the service runs them (row-level security included). A plan is read from its statement's warnings before
 * the statement is closed. Not pooled: each {@code getConnection} opens a new connection.
 */
public final class ExecutedPlans {

    /** Before the switch to the service's role: loading a library and its settings are the superuser's. */
    private static final String EXPLAIN_EVERY_PLAN = "load 'auto_explain';"
            + " set auto_explain.log_min_duration = 0; set auto_explain.log_level = notice;"
            + " set role " + PostgresDataSources.SERVICE_ROLE;

    private final List<String> plans = new CopyOnWriteArrayList<>();

    /**
     * Connections of {@code owner}, in the service's role, whose every plan is kept here.
     *
     * @param owner opens connections as the schema's owner, a superuser
     * @return connections as the service's, explaining what they run
     */
    public DataSource explaining(DataSource owner) {
        return proxy(DataSource.class, owner, (target, method, args) -> {
            var result = method.invoke(target, args);
            if (result instanceof Connection connection) {
                try (var statement = connection.createStatement()) {
                    statement.execute(EXPLAIN_EVERY_PLAN);
                }
                return explainingConnection(connection);
            }
            return result;
        });
    }

    /** Runs {@code work} and returns the plans of the statements it ran, in order. */
    public List<String> during(Runnable work) {
        int from = plans.size();
        work.run();
        return List.copyOf(plans.subList(from, plans.size()));
    }

    private Connection explainingConnection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            var result = method.invoke(target, args);
            return result instanceof Statement statement ? keepingPlans(statement) : result;
        });
    }

    @SuppressWarnings("unchecked")
    private <S extends Statement> S keepingPlans(S statement) {
        var type = (Class<S>) (statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class
                : Statement.class);
        return proxy(type, statement, (target, method, args) -> {
            if (method.getName().equals("close")) {
                keep(target.getWarnings());
            }
            return method.invoke(target, args);
        });
    }

    private void keep(SQLWarning warning) throws SQLException {
        for (var notice = warning; notice != null; notice = notice.getNextWarning()) {
            if (notice.getMessage() != null && notice.getMessage().contains("plan:")) {
                plans.add(notice.getMessage());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (self, method, args) -> {
            try {
                return handler.handle(target, method, args);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private interface Handler<T> {
        Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }
}
