package io.ledgerlens.adapter.web.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlens.adapter.web.http.ErrorEnvelopeJson;
import io.ledgerlens.adapter.web.http.JsonResponses;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses before Javalin sees it (a request line or headers
 * too large, a malformed request) in the contract's envelope instead of
 * Jetty's HTML page, and never with a stack trace.
 */
final class EnvelopeErrorHandler extends ErrorHandler {

    private final ObjectMapper json;

    EnvelopeErrorHandler(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JsonResponses.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (code == HttpStatus.SERVICE_UNAVAILABLE_503) {
            // Only while this instance stops: ask again at once, on a new connection (another instance, or this one
            // restarted).
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JsonResponses.CONTENT_TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(body(status));
    }

    /** The status's standard reason only: Jetty's own message may quote the request. */
    private byte[] body(int status) {
        try {
            return json.writeValueAsBytes(ErrorEnvelopeJson.single(status, HttpStatus.getMessage(status)));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
