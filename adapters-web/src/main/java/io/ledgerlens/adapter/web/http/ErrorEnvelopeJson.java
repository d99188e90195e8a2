package io.ledgerlens.adapter.web.http;

import java.util.List;

/**
 * The body of every refused request: the errors in the contract's order, and no warnings.
 *
 * @param errors every error, in the contract's order
 * @param warnings always empty, but always present, as the contract's envelope has it
 */
public record ErrorEnvelopeJson(List<ErrorItemJson> errors, List<ErrorItemJson> warnings) {

    /**
     * The envelope of {@code errors}.
     *
     * @param errors every error, in the contract's order
     * @return the envelope, with no warnings
     */
    public static ErrorEnvelopeJson of(List<ErrorItemJson> errors) {
        return new ErrorEnvelopeJson(errors, List.of());
    }

    /**
     * The envelope of one error: for a refusal that is not a problem of the request's parameters (401, 404, 500...).
     *
     * @param code the error's code, in the contract's numbering
     * @param message what went wrong, with no stack trace or class name
     * @return the envelope, with no warnings
     */
    public static ErrorEnvelopeJson single(int code, String message) {
        return of(List.of(ErrorItemJson.of(code, message)));
    }
}
