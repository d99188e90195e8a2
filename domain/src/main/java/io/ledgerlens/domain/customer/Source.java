package io.ledgerlens.domain.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The channel an identifier was registered through. {@link #ALL} is only a
 * query value: it matches an identifier registered under any source.
 */
public enum Source {
    /** Registered (or billed) at a store's till. */
    INSTORE,
    /** Registered through the MartJack e-commerce platform. */
    MARTJACK,
    /** Registered through WeChat, where an org may run several official accounts ({@link AccountId}). */
    WECHAT,
    /** Registered through the org's Facebook presence. */
    FACEBOOK,
    /** Registered through the WebEngage engagement platform. */
    WEB_ENGAGE,
    /** Registered through the org's Tmall store. */
    TMALL,
    /** Registered through the org's Taobao store. */
    TAOBAO,
    /** Registered through the org's JD.com store. */
    JD,
    /** Registered through another online shop of the org. */
    ECOMMERCE,
    /** Registered on the org's own website. */
    WEBSITE,
    /** Registered through the org's LINE account. */
    LINE,
    /** Query only: matches an identifier registered under any source. */
    ALL;

    /**
     * Case-insensitive, as the contract says enum values are.
     *
     * @param text the {@code source} parameter
     * @return the source, or empty when it names none
     */
    public static Optional<Source> parse(String text) {
        var upper = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(upper)).findFirst();
    }

    /**
     * Whether an identifier registered under {@code registered} answers a query for this source.
     *
     * @param registered the source an identifier was registered under
     * @return true when this is {@link #ALL} or that very source
     */
    public boolean matches(Source registered) {
        return this == ALL || this == registered;
    }

    /**
     * How bills render their source: lower case.
     *
     * @return the name in lower case, such as {@code instore}
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
