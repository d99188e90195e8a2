package io.ledgerlens.application.contract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flag combinations each golden answer file holds ({@code adapters-web/src/test/resources/golden/kinds}), by the
 * name the file gives each answer, with the query string that asks for it: shared by the tests that write and check
 * those files from the in-memory world and the test that serves them from a real database.
 */
public final class GoldenFlagCombinations {

    /** In the order of the files' keys. */
    public static final Map<String, String> BY_NAME;

    static {
        var combinations = new LinkedHashMap<String, String>();
        combinations.put("no flags", "");
        combinations.put("getBillDetails", "&getBillDetails=true");
        combinations.put("getPointsEarnedBreakup", "&getPointsEarnedBreakup=true");
        combinations.put("alternateCurrencyNames=stars,miles", "&alternateCurrencyNames=stars,miles");
        combinations.put("every flag", "&getBillDetails=true&getPointsEarnedBreakup=true&getCustomFields=true"
                + "&getExtendedFields=true&getPaymentModes=true&getMaxConversionDetails=true&includeAlternateCurrencies=true");
        BY_NAME = Collections.unmodifiableMap(combinations);
    }

    private GoldenFlagCombinations() {
    }
}
