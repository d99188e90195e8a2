package io.ledgerlens.adapter.web.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes points and amounts as the contract shows them: exact JSON numbers
 * that always carry a fraction ({@code 10.0}, {@code 29.5}, never {@code 10}
 * or {@code 29.500000}).
 */
final class PointsNumberSerializer extends StdSerializer<BigDecimal> {

    PointsNumberSerializer() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeNumber(render(value));
    }

    /** The shortest exact decimal with at least one fractional digit. */
    static String render(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        var withFraction = stripped.scale() < 1 ? stripped.setScale(1) : stripped;
        return withFraction.toPlainString();
    }
}
