package io.ledgerlens.adapter.web.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.math.BigDecimal;

/**
 * The one JSON configuration of the HTTP API. A {@code null} field is an
 * absent key: that is how a section whose flag is off disappears.
 */
public final class LedgerLensJson {

    private LedgerLensJson() {
    }

    /**
     * A new mapper of this configuration: points and amounts written as the contract writes them, {@code null}
     * fields left out.
     *
     * @return a mapper of its own, which a caller may configure further (write bodies make theirs strict)
     */
    public static ObjectMapper objectMapper() {
        var points = new SimpleModule("ledgerlens-points").addSerializer(BigDecimal.class, new PointsNumberSerializer());
        return new ObjectMapper()
                .registerModule(points)
                .registerModule(new BlackbirdModule())
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
}
