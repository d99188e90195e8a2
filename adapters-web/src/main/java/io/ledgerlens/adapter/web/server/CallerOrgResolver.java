package io.ledgerlens.adapter.web.server;

import io.javalin.http.Context;
import io.ledgerlens.domain.org.OrgId;

/**
 * Who is calling: the org a request acts for. Until authentication lands,
 * {@link #always(OrgId)} makes every request act for one configured org.
 */
@FunctionalInterface
public interface CallerOrgResolver {

    OrgId callerOf(Context ctx);

    static CallerOrgResolver always(OrgId org) {
        return ctx -> org;
    }
}
