package io.ledgerlens.adapter.persistence.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestInstancePreDestroyCallback;

/**
 * Closes the test databases a test made once it is over, and drops them: the
 * pools made while a test instance lived go with the instance (after each test
 * method, or after the class for a per-class instance), and those made by a
 * class's static set-up go with the class. Registered for every test class by
 * JUnit's extension autodetection (META-INF/services), so no test can forget it.
 * Against a shared server (-Dledgerlens.test.db-url) a suite then holds the
 * connections of the test that runs, not of every test that ran.
 */
public final class TestDatabasesClosed implements BeforeAllCallback, AfterAllCallback, TestInstancePreConstructCallback,
        TestInstancePreDestroyCallback {

    private static final ExtensionContext.Namespace MARKS = ExtensionContext.Namespace.create(TestDatabasesClosed.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(MARKS).put("class", PostgresDatabase.mark());
    }

    @Override
    public void preConstructTestInstance(org.junit.jupiter.api.extension.TestInstanceFactoryContext factory,
                                         ExtensionContext context) {
        context.getStore(MARKS).put("instance", PostgresDatabase.mark());
    }

    @Override
    public void preDestroyTestInstance(ExtensionContext context) {
        var mark = context.getStore(MARKS).get("instance", Long.class);
        if (mark != null) {
            PostgresDatabase.closeSince(mark);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        var mark = context.getStore(MARKS).get("class", Long.class);
        if (mark != null) {
            PostgresDatabase.closeSince(mark);
        }
    }
}
