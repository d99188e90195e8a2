package io.ledgerlens.domain.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The channel an identifier was registered through. {@link #ALL} is only a
 * query value: it matches an identifier registered under any source.
 */
public enum Source {
    INSTORE, MARTJACK, WECHAT, FACEBOOK, WEB_ENGAGE, TMALL, TAOBAO, JD, ECOMMERCE, WEBSITE, LINE, ALL;

    /** Case-insensitive, as the contract says enum values are. */
    public static Optional<Source> parse(String text) {
        var upper = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(upper)).findFirst();
    }

    public boolean matches(Source registered) {
        return this == ALL || this == registered;
    }

    /** How bills render their source: lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
