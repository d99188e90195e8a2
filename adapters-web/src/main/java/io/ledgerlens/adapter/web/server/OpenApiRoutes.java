package io.ledgerlens.adapter.web.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code GET /v1/openapi.yaml}: the OpenAPI 3 document of the write API and
 * the explode endpoints, as shipped in this jar ({@value #RESOURCE}).
 */
public final class OpenApiRoutes {

    /** Where the document is served, with no credential. */
    public static final String PATH = "/v1/openapi.yaml";
    /** Where the document is in the jar. */
    public static final String RESOURCE = "/openapi/ledgerlens.yaml";
    /** The media type of YAML (RFC 9512). */
    public static final String CONTENT_TYPE = "application/yaml; charset=utf-8";

    private final byte[] document = load();

    /**
     * Adds the document's route, outside the access guard.
     *
     * @param routes the server's routes
     */
    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> ctx.status(HttpStatus.OK).contentType(CONTENT_TYPE).result(document));
    }

    /**
     * The document as shipped; a jar without it is a broken build, found at start-up rather than on first request.
     *
     * @return the document's bytes
     * @throws IllegalStateException if the jar lacks it
     */
    public static byte[] load() {
        try (var in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
