package io.ledgerlens.adapter.web.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Header;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * How the server stops under load. First it closes its listening socket, so a
 * new connection is refused at once (a client or balancer tries elsewhere)
 * instead of waiting in the backlog to be reset. Then it waits, up to the drain
 * timeout, for the requests in flight, counted by Jetty's GracefulHandler; each
 * of their answers says {@code Connection: close}, and a request arriving on a
 * kept-alive connection meanwhile is answered 503 with {@code Retry-After}.
 * Only then are connections closed: no request is cut off mid-answer.
 */
final class GracefulStop {

    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile Server server;

    void configure(JavalinConfig config, Duration drainTimeout) {
        config.jetty.modifyServer(jetty -> {
            server = jetty;
            jetty.insertHandler(new GracefulHandler());
            jetty.setStopTimeout(drainTimeout.toMillis());
        });
        config.events.serverStopping(this::stopAccepting);
        config.routes.after(ctx -> {
            if (stopping.get()) {
                ctx.header(Header.CONNECTION, "close");
            }
        });
    }

    private void stopAccepting() {
        stopping.set(true);
        var jetty = server;
        if (jetty == null) {
            return;
        }
        for (var connector : jetty.getConnectors()) {
            if (connector instanceof NetworkConnector listening) {
                listening.close();
            }
        }
    }
}
