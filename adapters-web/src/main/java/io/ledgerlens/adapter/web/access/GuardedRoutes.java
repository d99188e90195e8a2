package io.ledgerlens.adapter.web.access;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.ledgerlens.domain.access.AccessRight;

/**
 * Where routes are declared with the right they need: there is no way to add
 * a route here without one, so no route can forget its guard.
 */
public final class GuardedRoutes {

    private final RoutesConfig routes;
    private final AccessGuard guard;

    public GuardedRoutes(RoutesConfig routes, AccessGuard guard) {
        this.routes = routes;
        this.guard = guard;
    }

    public void get(String path, AccessRight right, Handler handler) {
        routes.get(path, guard.requires(right, handler));
    }

    public void post(String path, AccessRight right, Handler handler) {
        routes.post(path, guard.requires(right, handler));
    }

    public void put(String path, AccessRight right, Handler handler) {
        routes.put(path, guard.requires(right, handler));
    }

    public void delete(String path, AccessRight right, Handler handler) {
        routes.delete(path, guard.requires(right, handler));
    }
}
