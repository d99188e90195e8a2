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

    /**
     * Over the server's routes, each added behind {@code guard}.
     *
     * @param routes the server's routes
     * @param guard signs the caller in and checks the right before the handler runs
     */
    public GuardedRoutes(RoutesConfig routes, AccessGuard guard) {
        this.routes = routes;
        this.guard = guard;
    }

    /**
     * A {@code GET} route that only a caller holding {@code right} reaches.
     *
     * @param path the route's path template
     * @param right the right the caller's credential must hold (else 403)
     * @param handler answers a signed-in caller who holds it
     */
    public void get(String path, AccessRight right, Handler handler) {
        routes.get(path, guard.requires(right, handler));
    }

    /**
     * A {@code POST} route that only a caller holding {@code right} reaches.
     *
     * @param path the route's path template
     * @param right the right the caller's credential must hold (else 403)
     * @param handler answers a signed-in caller who holds it
     */
    public void post(String path, AccessRight right, Handler handler) {
        routes.post(path, guard.requires(right, handler));
    }

    /**
     * A {@code PUT} route that only a caller holding {@code right} reaches.
     *
     * @param path the route's path template
     * @param right the right the caller's credential must hold (else 403)
     * @param handler answers a signed-in caller who holds it
     */
    public void put(String path, AccessRight right, Handler handler) {
        routes.put(path, guard.requires(right, handler));
    }

    /**
     * A {@code DELETE} route that only a caller holding {@code right} reaches.
     *
     * @param path the route's path template
     * @param right the right the caller's credential must hold (else 403)
     * @param handler answers a signed-in caller who holds it
     */
    public void delete(String path, AccessRight right, Handler handler) {
        routes.delete(path, guard.requires(right, handler));
    }
}
