package io.ledgerlens.adapter.web.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.ledgerlens.adapter.web.http.ErrorEnvelopeJson;
import io.ledgerlens.adapter.web.http.JsonResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The two pages a person reads in a browser, both served from this jar (no CDN, no internet access needed):
 * <ul>
 *   <li>{@code GET /docs}: an interactive explorer of {@link OpenApiRoutes#PATH} (Swagger UI, from its WebJar), both
 *   security schemes usable from its "Authorize"; only the files the page loads are served, by name, never a path
 *   the caller makes up;</li>
 *   <li>{@code GET /explore}: our own page for support agents: an identifier and event ids or a bill number in,
 *   the event exploded out (the bill, its lines, and each allocation by program, category and strategy), asked of
 *   the explode API with the agent's own credential.</li>
 * </ul>
 */
public final class ApiExplorerRoutes {

    /** The API explorer (Swagger UI) of the OpenAPI document. */
    public static final String PATH = "/docs";
    /** The support agents' explode page. */
    public static final String EXPLODE_EXPLORER_PATH = "/explore";
    static final String SCRIPT_PATH = "/docs/explorer.js";
    static final String ASSETS_PATH = "/docs/assets/{file}";
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_VERSION = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    /** Scripts from this instance only; Swagger UI sets inline styles, and shows images inlined as data. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Our own page sets no inline style and loads nothing from elsewhere; it posts no form (it fetches). */
    private static final String EXPLODE_EXPLORER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** What the page loads, by name, with its media type. */
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui.css", "text/css; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private final byte[] page = resource("/explorer/docs.html");
    private final byte[] script = resource("/explorer/explorer.js");
    private final byte[] explodePage = resource("/explorer/explore.html");
    private final byte[] explodeScript = resource("/explorer/explore.js");
    private final byte[] explodeStyle = resource("/explorer/explore.css");
    /** Swagger UI's files, read from the WebJar once at start-up, not on each request. */
    private final Map<String, byte[]> assets = loadAssets(WEBJAR + swaggerUiVersion() + "/");

    /**
     * Adds both pages and the files they load, outside the access guard: the pages hold nothing secret, and ask the
     * API with the reader's own credential.
     *
     * @param routes the server's routes
     */
    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> send(ctx, "text/html; charset=utf-8", page, "no-cache"));
        routes.get(SCRIPT_PATH, ctx -> send(ctx, "text/javascript; charset=utf-8", script, "no-cache"));
        routes.get(ASSETS_PATH, this::asset);
        routes.get(EXPLODE_EXPLORER_PATH, ctx -> send(ctx, "text/html; charset=utf-8", explodePage, "no-cache",
                EXPLODE_EXPLORER_POLICY));
        routes.get(EXPLODE_EXPLORER_PATH + "/explore.js", ctx -> send(ctx, "text/javascript; charset=utf-8",
                explodeScript, "no-cache", EXPLODE_EXPLORER_POLICY));
        routes.get(EXPLODE_EXPLORER_PATH + "/explore.css", ctx -> send(ctx, "text/css; charset=utf-8", explodeStyle,
                "no-cache", EXPLODE_EXPLORER_POLICY));
    }

    private void asset(Context ctx) {
        var file = ctx.pathParam("file");
        var content = assets.get(file);
        if (content == null) {
            JsonResponses.send(ctx, HttpStatus.NOT_FOUND, ErrorEnvelopeJson.single(404, "Not found: GET " + ctx.path()));
            return;
        }
        // The WebJar's files change only with its version, which is in their directory's name.
        send(ctx, ASSETS.get(file), content, "public, max-age=86400");
    }

    private static void send(Context ctx, String contentType, byte[] body, String caching) {
        send(ctx, contentType, body, caching, CONTENT_SECURITY_POLICY);
    }

    private static void send(Context ctx, String contentType, byte[] body, String caching, String policy) {
        ctx.status(HttpStatus.OK).contentType(contentType).header("Cache-Control", caching)
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", policy)
                .header("Referrer-Policy", "no-referrer").result(body);
    }

    private static Map<String, byte[]> loadAssets(String directory) {
        var loaded = new java.util.HashMap<String, byte[]>();
        ASSETS.keySet().forEach(file -> loaded.put(file, resource(directory + file)));
        return Map.copyOf(loaded);
    }

    private static String swaggerUiVersion() {
        var properties = new Properties();
        try (InputStream in = ApiExplorerRoutes.class.getResourceAsStream(WEBJAR_VERSION)) {
            if (in == null) {
                throw new IllegalStateException(WEBJAR_VERSION + " is missing: the swagger-ui WebJar is not in the jar");
            }
            properties.load(in);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return properties.getProperty("version");
    }

    private static byte[] resource(String name) {
        try (var in = ApiExplorerRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
