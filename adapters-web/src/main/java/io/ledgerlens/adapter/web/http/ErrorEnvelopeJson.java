package io.ledgerlens.adapter.web.http;

import java.util.List;

/** The body of every refused request: the errors in the contract's order, and no warnings. */
public record ErrorEnvelopeJson(List<ErrorItemJson> errors, List<ErrorItemJson> warnings) {

    public static ErrorEnvelopeJson of(List<ErrorItemJson> errors) {
        return new ErrorEnvelopeJson(errors, List.of());
    }

    public static ErrorEnvelopeJson single(int code, String message) {
        return of(List.of(ErrorItemJson.of(code, message)));
    }
}
