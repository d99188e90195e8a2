package io.ledgerlens.adapter.web;

import io.ledgerlens.application.contract.LedgerWorld;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Explode requests drawn from a {@link Random}: plausible values and garbage
 * for every query parameter (§4) and scope header (§3), on either version.
 * The same seed draws the same requests, so a failure can be replayed.
 */
final class RandomExplodeRequests {

    /** A request as sent: the path, the query already in wire form, and the header pairs. */
    record Request(String path, List<String> query, List<String> headers) {

        String pathAndQuery() {
            return path + "?" + String.join("&", query);
        }

        @Override
        public String toString() {
            return "GET " + pathAndQuery() + " " + headers;
        }
    }

    static final String ASHA = "identifierName=mobile&identifierValue=" + LedgerWorld.MOBILE + "&source=INSTORE";
    /**
     * Jetty refuses a request line over 8 KiB with its own 414 page before the routes see it;
     * that limit is the server's, not the contract's, so requests stay under it here.
     */
    private static final int MAX_REQUEST_TARGET = 7_500;
    private static final List<String> PARAMETERS = List.of("identifierName", "identifierValue", "source", "accountId",
            "eventIds", "eventName", "eventReferenceIds", "getBillDetails", "getPointsEarnedBreakup", "getCustomFields",
            "getExtendedFields", "getMaxConversionDetails", "getPaymentModes", "getPaymentMode", "type", "isPrimaryUser",
            "includeAlternateCurrencies", "alternateCurrencyNames", "offset", "limit", "includeLastOneYearData");

    private final Random random;
    private final LedgerWorld world;

    RandomExplodeRequests(Random random, LedgerWorld world) {
        this.random = random;
        this.world = world;
    }

    // ---- the three families

    /** Each known parameter absent or with any value, a few unknown or repeated ones, any scope headers. */
    Request anyRequest() {
        while (true) {
            var query = new ArrayList<String>();
            for (var name : PARAMETERS) {
                if (random.nextInt(4) != 0) {
                    query.add(name + "=" + wireValue(name));
                }
            }
            query.addAll(extraParameters());
            var request = new Request(version(), query, scopeHeaders());
            if (request.pathAndQuery().length() <= MAX_REQUEST_TARGET) {
                return request;
            }
        }
    }

    /** One of Asha's valid requests with one parameter given any value, sent first or after its valid copy. */
    Request ashaWithOneGarbledParameter() {
        var valid = oneOf(
                ASHA + "&eventIds=" + ids(world.purchase.value(), world.registration.value()),
                ASHA + "&eventIds=" + world.purchase.value() + "&getBillDetails=true&getPointsEarnedBreakup=true"
                        + "&getCustomFields=true&getExtendedFields=true&getMaxConversionDetails=true&getPaymentModes=true"
                        + "&includeAlternateCurrencies=true",
                ASHA + "&eventName=TransactionAdd&eventReferenceIds=BILL-1&getBillDetails=true",
                "identifierName=externalId&identifierValue=HH-ASHA&source=INSTORE&type=USERGROUP2&eventIds="
                        + world.householdPurchase.value() + "&getBillDetails=true",
                "identifierName=email&identifierValue=asha%40example.com&source=WECHAT&accountId=wx-main&eventIds="
                        + world.registration.value());
        var name = oneOf(PARAMETERS);
        var replacement = name + "=" + wireValue(name);
        var kept = Stream.of(valid.split("&")).filter(part -> !part.startsWith(name + "=")).toList();
        // Sent first, a garbled value of a parameter that is also sent valid is its only value;
        // sent after an untouched copy, it is the repeat that the first value wins over.
        var query = random.nextBoolean() ? concat(List.of(replacement), kept) : concat(kept, List.of(replacement));
        return new Request(version(), query, List.of());
    }

    /** Asha's valid request under any scope headers: the child's purchase is found only when the scope reaches it. */
    Request ashaUnderAnyScopeHeaders() {
        var eventIds = oneOf(ids(world.purchase.value()), ids(world.purchase.value(), world.childPurchase.value()));
        return new Request(version(), List.of((ASHA + "&eventIds=" + eventIds).split("&")), scopeHeaders());
    }

    private String version() {
        return oneOf("/v2/pointsLedger/getLedgerExplodeInfo", "/v2.1/pointsLedger/getLedgerExplodeInfo");
    }

    /** Unknown names, names in the wrong case (case-sensitive, so unknown) and repeats of known names. */
    private List<String> extraParameters() {
        return IntStream.range(0, random.nextInt(4)).mapToObj(i -> {
            var name = switch (weighted(3, 1, 1)) {
                case 0 -> oneOf(PARAMETERS);
                case 1 -> oneOf(PARAMETERS).toUpperCase(Locale.ROOT);
                default -> oneOf("IdentifierName", "eventID", "EventIds", "unknown", "", "a b", "données");
            };
            return encoded(name) + "=" + wireValue("anything");
        }).toList();
    }

    // ---- values

    /** A value in wire form: plausible or garbage, URL-encoded, or raw characters and percent-encoded bytes. */
    private String wireValue(String parameter) {
        return switch (weighted(4, 4, 2)) {
            case 0 -> encoded(plausible(parameter));
            case 1 -> encoded(garbage());
            default -> rawButValid();
        };
    }

    private String plausible(String parameter) {
        return switch (parameter) {
            case "identifierName" -> oneOf("mobile", "MOBILE", "email", "externalId", "EXTERNALID", "id",
                    "customerId", "primaryUserId", " mobile ");
            case "identifierValue" -> oneOf(LedgerWorld.MOBILE, "919811111111", "asha@example.com",
                    "ASHA@EXAMPLE.COM", "ASHA-1", "HH-ASHA", "5001", "5003", "7001", " 919876543210 ", "1234567",
                    "1234567890123456", "a@b", "x".repeat(101));
            case "source" -> oneOf("INSTORE", "instore", "ALL", "WECHAT", "wechat", "WEB_ENGAGE", "LINE", " JD ");
            case "accountId" -> oneOf("wx-main", "", "WX-MAIN", "a".repeat(100), "a".repeat(101));
            case "eventIds" -> eventIdList();
            case "eventName" -> oneOf("TransactionAdd", "NewBill", "GroupTransactionAdd", "ReturnBill",
                    "CustomerRegistration", "CustomerUpdate", "GenericEvent", "AllocateGoodwillPoints",
                    "PointsRedemption", "PointsTransfer", "TargetCompleted", "VoucherRedemption",
                    "ManualPointsAdjustment", "CustomerPromotionImport", "LineItemsPointsPromotionImport",
                    "BillPointsPromotionImport", "PointsExpiry", "DelayedAccrual", "transactionadd");
            case "eventReferenceIds" -> oneOf("BILL-1", "BILL-G1", "BILL-C1", "-1", "BILL-1,BILL-1", "BILL-1,NOPE",
                    "BILL-1,,BILL-G1", ",,", "B1,B2,B3,B4,B5,B6,B7,B8,B9,B10", "B1,B2,B3,B4,B5,B6,B7,B8,B9,B10,B11");
            case "type" -> oneOf("CUSTOMER", "customer", "USERGROUP2", "usergroup2", "USERGROUP", "GROUP");
            case "alternateCurrencyNames" -> oneOf("stars", "miles", "stars,miles", "stars,coins", "coins",
                    "stars,", ",", "st@rs", "stars, miles", "ñandú");
            case "offset" -> random.nextBoolean() ? String.valueOf(random.nextInt(-3, 13))
                    : oneOf("2147483647", "2147483648", "-2147483648", "1.5", " 1 ", "+1");
            case "limit" -> random.nextBoolean() ? String.valueOf(random.nextInt(-3, 131))
                    : oneOf("2147483647", "2147483648", "99999999999", "-0", "1.0", " 10 ", "+10");
            default -> oneOf("true", "TRUE", "True", "false", "FALSE", "yes", "1", " true ");
        };
    }

    /** The world's event ids and strangers to them, from one up to beyond the contract's 100. */
    private String eventIdList() {
        int size = random.nextInt(4) == 0 ? oneOf(1, 2, 100, 101, 110) : random.nextInt(1, 111);
        return IntStream.range(0, size).mapToObj(i -> String.valueOf(switch (random.nextInt(3)) {
            case 0 -> oneOf(world.purchase, world.laterPurchaseOfSameBill, world.registration, world.expiry,
                    world.childPurchase, world.householdPurchase, world.strangersPurchase).value();
            case 1 -> random.nextInt(8) == 0 ? Long.MAX_VALUE : random.nextLong(1, Long.MAX_VALUE);
            default -> random.nextLong(-5, 1);
        })).collect(Collectors.joining(","));
    }

    private String garbage() {
        return switch (weighted(1, 4, 2, 2, 1)) {
            case 0 -> oneOf("", " ", "\t", ",", ",,,", " , ", "null", "-1", "0", "1e3", "0x1F", "+5",
                    "١٢٣", "𝟙𝟚𝟛", "Ⅻ", "NaN", "9223372036854775807", "9223372036854775808",
                    "99999999999999999999999", "'; drop table ledger_event; --", "%", "%00", "\\", "\"", "</>",
                    "ß", "İ", "😀", "\u202Eevil", "a\u0000b", "\uD800", "\uDC00x", "\uFFFF", "\u00A0");
            case 1 -> string(0, 30, this::anyUnicode);
            case 2 -> string(1, 6, () -> random.nextInt(8) == 0
                    ? oneOf("\u007F", "\u0085", "\u2028") : String.valueOf((char) random.nextInt(0x20)));
            case 3 -> string(0, 40, () -> oneOf("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ",", " ", "-", "+", "."));
            default -> string(500, 2_500, () -> random.nextInt(10) == 0 ? oneOf(",", "-", "_", ".")
                    : String.valueOf(oneOf("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray())));
        };
    }

    /** Any UTF-16 code unit, lone surrogates included, and now and then a character beyond the BMP. */
    private String anyUnicode() {
        return switch (random.nextInt(4)) {
            case 0 -> String.valueOf((char) random.nextInt(0x80));
            case 1 -> String.valueOf((char) random.nextInt(0x80, 0x800));
            case 2 -> String.valueOf((char) random.nextInt(0x10000));
            default -> Character.toString(random.nextInt(0x10000, 0x110000));
        };
    }

    /** Characters a query may carry as they are, and percent-encoded bytes: controls, separators, UTF-8. */
    private String rawButValid() {
        return string(0, 40, () -> oneOf("a", "Z", "0", "9", "-", ".", "_", "~", ",", "!", "*", "'", "(", ")", ":",
                "@", "/", "?", "+", "%00", "%01", "%0A", "%0D", "%09", "%1B", "%1F", "%7F", "%20", "%2C", "%25", "%26",
                "%3D", "%C2%85", "%C3%A9", "%E2%80%AE", "%E2%80%A8", "%F0%9F%98%80", "%EF%BF%BF"));
    }

    // ---- headers

    /** DATA-SCOPE and DATA-SCOPE-ORG (or its alias), each absent, plausible or garbage. */
    private List<String> scopeHeaders() {
        var headers = new ArrayList<String>();
        switch (weighted(2, 4, 1)) {
            case 0 -> { }
            case 1 -> headers.addAll(List.of("DATA-SCOPE", oneOf("SELF", "self", "OTHER", "other", "ALL", "all",
                    " All ", "", "NONE")));
            default -> headers.addAll(List.of("DATA-SCOPE", headerGarbage()));
        }
        var orgsHeader = oneOf("DATA-SCOPE-ORG", "DATA-SCOPE-ORGS", "data-scope-org");
        switch (weighted(2, 4, 1)) {
            case 0 -> { }
            case 1 -> headers.addAll(List.of(orgsHeader, oneOf("100", "200", "300", "999", "100,200", "200,100",
                    "200, 100", "100,200,300", "200,200", "0", "-200", "9223372036854775808", ",", "200,", " ", "")));
            default -> headers.addAll(List.of(orgsHeader, headerGarbage()));
        }
        return headers;
    }

    /** What an HTTP header value can carry: visible ASCII, spaces and Latin-1, up to a few hundred characters. */
    private String headerGarbage() {
        return string(0, 300, () -> String.valueOf(random.nextInt(3) == 0
                ? (char) random.nextInt(0xA0, 0x100) : (char) random.nextInt(' ', '~' + 1))).strip();
    }

    // ---- drawing

    private String string(int minLength, int maxLength, Supplier<String> character) {
        // Short strings, the edges of the range included, are drawn more often than long ones.
        int length = switch (random.nextInt(4)) {
            case 0 -> random.nextBoolean() ? minLength : maxLength;
            case 1 -> random.nextInt(minLength, maxLength + 1);
            default -> random.nextInt(minLength, Math.min(minLength + 10, maxLength) + 1);
        };
        return Stream.generate(character).limit(length).collect(Collectors.joining());
    }

    /** The index of a choice, drawn in proportion to its weight. */
    private int weighted(int... weights) {
        int drawn = random.nextInt(Arrays.stream(weights).sum());
        int choice = 0;
        while (drawn >= weights[choice]) {
            drawn -= weights[choice++];
        }
        return choice;
    }

    @SafeVarargs
    private <T> T oneOf(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private char oneOf(char[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String ids(long... ids) {
        return Arrays.stream(ids).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
