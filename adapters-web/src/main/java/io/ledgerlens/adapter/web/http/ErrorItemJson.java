package io.ledgerlens.adapter.web.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One error or warning in Capillary's v2 envelope: {@code {"status": false, "code": ..., "message": ...}}.
 *
 * @param status {@code false} for an error
 * @param code the contract's code for it
 * @param message what it says, in words for the integrator
 */
@JsonPropertyOrder({"status", "code", "message"})
public record ErrorItemJson(boolean status, int code, String message) {

    /**
     * An error: its {@code status} is always {@code false}.
     *
     * @param code the error's code, in the contract's numbering
     * @param message what went wrong
     * @return the item, {@code status} false
     */
    public static ErrorItemJson of(int code, String message) {
        return new ErrorItemJson(false, code, message);
    }
}
