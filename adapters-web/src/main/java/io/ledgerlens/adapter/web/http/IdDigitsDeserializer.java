package io.ledgerlens.adapter.web.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads an id the contract answers as an integer but that was free text before its revision 2 (a goodwill
 * {@code requestId}, a {@code redemptionId}): a JSON integer or a string, as the text {@link FieldChecks#idDigits}
 * then checks. Anything else is refused as every other mistyped value is ({@link JsonBodies} coerces nothing).
 */
public final class IdDigitsDeserializer extends StdDeserializer<String> {

    /** For Jackson, which builds it from {@code @JsonDeserialize(using = ...)} on the field. */
    public IdDigitsDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_STRING)) {
            return parser.getText();
        }
        return (String) context.handleUnexpectedToken(String.class, parser);
    }
}
