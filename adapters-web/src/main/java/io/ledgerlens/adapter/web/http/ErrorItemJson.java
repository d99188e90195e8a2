package io.ledgerlens.adapter.web.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One error or warning in Capillary's v2 envelope: {@code {"status": false, "code": ..., "message": ...}}. */
@JsonPropertyOrder({"status", "code", "message"})
public record ErrorItemJson(boolean status, int code, String message) {

    public static ErrorItemJson of(int code, String message) {
        return new ErrorItemJson(false, code, message);
    }
}
