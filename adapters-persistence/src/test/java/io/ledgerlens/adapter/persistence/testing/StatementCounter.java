package io.ledgerlens.adapter.persistence.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Counts the statements sent to the database through a {@link DataSource}, at
 * the JDBC level: every {@code execute*} call is one round trip, whether jOOQ
 * or plain JDBC made it. It also keeps the SQL of each, so that a test can say
 * what travelled (one round trip may carry more than one statement, such as a
 * tenant fence and its select), and the rows read from each one's results.
 */
public final class StatementCounter {

    /** One round trip: its SQL, and how many rows were read from its results. */
    public record Trip(String sql, int rows) {
    }

    private record Sent(String sql, AtomicInteger rows) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    /** {@code dataSource}, with every statement executed through it counted here. */
    public DataSource counting(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            var result = method.invoke(target, args);
            return result instanceof Connection connection ? countingConnection(connection) : result;
        });
    }

    /** Runs {@code work} and returns how many statements it sent. */
    public int countDuring(Runnable work) {
        return sentDuring(work).size();
    }

    /** Runs {@code work} and returns the SQL of each round trip it made, in order. */
    public List<String> sentDuring(Runnable work) {
        return tripsDuring(work).stream().map(Trip::sql).toList();
    }

    /** Runs {@code work} and returns each round trip it made, in order, with the rows read from it. */
    public List<Trip> tripsDuring(Runnable work) {
        int from = sent.size();
        work.run();
        return sent.subList(from, sent.size()).stream().map(s -> new Trip(s.sql(), s.rows().get())).toList();
    }

    private Connection countingConnection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            var result = method.invoke(target, args);
            var prepared = method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql ? sql : null;
            return result instanceof Statement statement ? countingStatement(statement, prepared) : result;
        });
    }

    @SuppressWarnings("unchecked")
    private <S extends Statement> S countingStatement(S statement, String prepared) {
        var type = (Class<S>) (statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class);
        var current = new AtomicReference<Sent>();
        return proxy(type, statement, (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                var trip = new Sent(prepared != null ? prepared : args != null && args[0] instanceof String sql ? sql : "",
                        new AtomicInteger());
                current.set(trip);
                sent.add(trip);
            }
            var result = method.invoke(target, args);
            return result instanceof ResultSet rows && current.get() != null ? countingRows(rows, current.get().rows()) : result;
        });
    }

    private ResultSet countingRows(ResultSet rows, AtomicInteger read) {
        return proxy(ResultSet.class, rows, (target, method, args) -> {
            var result = method.invoke(target, args);
            if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                read.incrementAndGet();
            }
            return result;
        });
    }

    private interface Forward {
        Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Forward forward) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return forward.call(target, method, args);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
