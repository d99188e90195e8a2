package io.ledgerlens.bootstrap.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes that carry one field at its documented limit, one past it, or (for
 * text) filled with a character that grows when lower-cased ({@code İ}, one
 * character that lower-cases to two). Each starts from a base request of
 * {@code writes/every-field.json} that is valid and sends every field its
 * write has, and changes that one field; the limit comes from the OpenAPI
 * document ({@link WriteApiDocument}), never from the code under test.
 */
final class LimitVariants {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A capital I with a dot: one character, two once lower-cased (i and a combining dot above). */
    static final String DOTTED_CAPITAL_I = "\u0130";
    private static final String EMAIL_DOMAIN = "@example.com";

    /** A base request of the resource file: a write with every field its operation takes. */
    record Base(String name, String method, String path, Map<String, String> ids, ObjectNode body) {

        String concretePath() {
            var path = this.path;
            for (var id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            return path;
        }
    }

    /** How a variant is expected to be answered. */
    enum Expect {
        /** 2xx: the field's value at its limit is stored as sent. */
        STORED,
        /** Anything below 500 but a refusal of the field's value as such (an id at its limit may name nothing). */
        NOT_REFUSED_AT_THE_FIELD,
        /** 400, with a problem at the field. */
        REFUSED_AT_THE_FIELD
    }

    /** One request: {@code base} with {@code field} (a request path, concrete) set to a value; how it must be answered. */
    record Variant(Base base, String path, String field, ObjectNode body, String what, Expect expect) {
    }

    private final AtomicLong tags = new AtomicLong();

    static List<Base> bases() {
        try (var in = LimitVariants.class.getResourceAsStream("/writes/every-field.json")) {
            var bases = new ArrayList<Base>();
            for (var write : JSON.readTree(in)) {
                var ids = new LinkedHashMap<String, String>();
                write.get("ids").fields().forEachRemaining(id -> ids.put(id.getKey(), id.getValue().asText()));
                bases.add(new Base(write.get("name").asText(), write.get("method").asText(), write.get("path").asText(),
                        ids, (ObjectNode) write.get("body")));
            }
            return bases;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** A leaf of a request body: where it is (JSON pointer, and the request path a problem names) and its document path. */
    record Leaf(String pointer, String field, String requestPath, boolean isKey) {
    }

    /** Every leaf of {@code body}, map keys included (the one map of the API is a behavioural field's attributes). */
    static List<Leaf> leaves(JsonNode body) {
        var found = new ArrayList<Leaf>();
        leaves(body, "", "", "", found);
        return found;
    }

    private static void leaves(JsonNode node, String pointer, String field, String requestPath, List<Leaf> found) {
        if (node instanceof ObjectNode object) {
            var isMap = requestPath.endsWith("attributes");
            object.fieldNames().forEachRemaining(name -> {
                var childField = field.isEmpty() ? name : field + "." + name;
                var childPath = isMap ? requestPath + "{}" : requestPath.isEmpty() ? name : requestPath + "." + name;
                if (isMap) {
                    found.add(new Leaf(pointer + "/" + name, childField, requestPath + "{}#name", true));
                }
                leaves(object.get(name), pointer + "/" + name, childField, childPath, found);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                leaves(array.get(i), pointer + "/" + i, field + "[" + i + "]", requestPath + "[]", found);
            }
        } else {
            found.add(new Leaf(pointer, field, requestPath, false));
        }
    }

    /** The variants of {@code base}'s body fields the document limits, for {@code operation}. */
    List<Variant> ofBody(Base base, WriteApiDocument.Operation operation) {
        var variants = new ArrayList<Variant>();
        for (var leaf : leaves(base.body())) {
            if (base.ids().containsKey(leaf.field())) {
                continue; // an id of the path, repeated in the body: varied with the path
            }
            var field = operation.field(leaf.requestPath());
            if (field.isEmpty()) {
                continue;
            }
            if (field.get().definition().equals("Identifier.value")) {
                variants.addAll(identifierValues(base, leaf));
            } else if (field.get().maxLength().isPresent() && field.get().isText()) {
                variants.addAll(texts(base, leaf, field.get()));
            } else if (field.get().maximum().isPresent()) {
                variants.addAll(numbers(base, leaf, field.get()));
            }
        }
        return variants;
    }

    /** The variants of {@code base}'s path ids at their limit (the body's copy with them) and one past it. */
    List<Variant> ofPath(Base base, WriteApiDocument.Operation operation) {
        var variants = new ArrayList<Variant>();
        for (var id : base.ids().keySet()) {
            var maximum = operation.field("{" + id + "}").flatMap(WriteApiDocument.Field::maximum).orElseThrow();
            var atLimit = maximum.toBigInteger();
            var body = base.body().deepCopy();
            if (body.has(id)) {
                body.set(id, NODES.numberNode(atLimit));
            }
            variants.add(new Variant(base, withId(base, id, atLimit.toString()), id, body, "at its limit " + atLimit,
                    Expect.NOT_REFUSED_AT_THE_FIELD));
            variants.add(new Variant(base, withId(base, id, atLimit.add(BigInteger.ONE).toString()), id, base.body().deepCopy(),
                    "one past its limit", Expect.REFUSED_AT_THE_FIELD));
        }
        return variants;
    }

    private static String withId(Base base, String name, String value) {
        var path = base.path();
        for (var id : base.ids().entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getKey().equals(name) ? value : id.getValue());
        }
        return path;
    }

    private List<Variant> texts(Base base, Leaf leaf, WriteApiDocument.Field field) {
        int limit = field.maxLength().orElseThrow();
        // A credential's name is ASCII by rule: a dotted capital I is refused there, at its field.
        var growing = field.definition().equals("issueCredential.name") ? Expect.REFUSED_AT_THE_FIELD : Expect.STORED;
        return List.of(
                text(base, leaf, filled(limit, "x"), "at its limit of " + limit + " characters", Expect.STORED),
                text(base, leaf, filled(limit + 1, "x"), "one past its limit of " + limit, Expect.REFUSED_AT_THE_FIELD),
                text(base, leaf, filled(limit, DOTTED_CAPITAL_I), limit + " characters that grow when lower-cased", growing));
    }

    /** {@code length} characters, unique (a tag first) and then {@code filler}. */
    private String filled(int length, String filler) {
        var tag = "L" + tags.incrementAndGet() + "-";
        return tag + filler.repeat(length - tag.length());
    }

    private Variant text(Base base, Leaf leaf, String value, String what, Expect expect) {
        var body = base.body().deepCopy();
        if (leaf.isKey()) {
            var slash = leaf.pointer().lastIndexOf('/');
            var map = (ObjectNode) body.at(leaf.pointer().substring(0, slash));
            var key = leaf.pointer().substring(slash + 1);
            map.set(value, map.remove(key));
            var mapField = leaf.field().substring(0, leaf.field().lastIndexOf('.') + 1);
            return new Variant(base, base.concretePath(), mapField + value, body, "a key " + what, expect);
        }
        set(body, leaf.pointer(), NODES.textNode(value));
        return new Variant(base, base.concretePath(), leaf.field(), body, what, expect);
    }

    private List<Variant> numbers(Base base, Leaf leaf, WriteApiDocument.Field field) {
        var maximum = field.maximum().orElseThrow();
        var integer = "integer".equals(field.schema().path("type").asText());
        var onePast = integer ? maximum.add(BigDecimal.ONE) : maximum.add(BigDecimal.ONE.movePointLeft(maximum.scale()));
        var atLimit = base.body().deepCopy();
        set(atLimit, leaf.pointer(), integer ? NODES.numberNode(maximum.toBigInteger()) : NODES.numberNode(maximum));
        var past = base.body().deepCopy();
        set(past, leaf.pointer(), integer ? NODES.numberNode(onePast.toBigInteger()) : NODES.numberNode(onePast));
        // An id at its limit may name nothing there is (a customer, an org): refused as unknown, never as too large.
        var isId = field.named().filter("Id"::equals).isPresent();
        return List.of(
                new Variant(base, base.concretePath(), leaf.field(), atLimit, "at its limit " + maximum.toPlainString(),
                        isId ? Expect.NOT_REFUSED_AT_THE_FIELD : Expect.STORED),
                new Variant(base, base.concretePath(), leaf.field(), past, "one past its limit", Expect.REFUSED_AT_THE_FIELD));
    }

    /** An identifier's value has the limit of its name: 15 digits, an email of 254 characters in lower case, 100. */
    private List<Variant> identifierValues(Base base, Leaf leaf) {
        var name = base.body().at(leaf.pointer().substring(0, leaf.pointer().lastIndexOf('/')) + "/name").asText();
        var digits = String.format("9%014d", tags.incrementAndGet());
        return switch (name) {
            case "mobile" -> List.of(
                    text(base, leaf, digits, "a mobile of 15 digits", Expect.STORED),
                    text(base, leaf, digits + "1", "a mobile of 16 digits", Expect.REFUSED_AT_THE_FIELD));
            case "email" -> {
                int local = 254 - EMAIL_DOMAIN.length();
                var tag = "L" + tags.incrementAndGet() + "-";
                var tenGrowing = tag + DOTTED_CAPITAL_I.repeat(10) + "x".repeat(local - tag.length() - 20);
                yield List.of(
                        text(base, leaf, filled(local, "x") + EMAIL_DOMAIN, "an email of 254 characters", Expect.STORED),
                        text(base, leaf, filled(local + 1, "x") + EMAIL_DOMAIN, "an email of 255", Expect.REFUSED_AT_THE_FIELD),
                        text(base, leaf, tenGrowing + EMAIL_DOMAIN, "an email of 244 characters, 254 in lower case",
                                Expect.STORED),
                        text(base, leaf, filled(local, DOTTED_CAPITAL_I) + EMAIL_DOMAIN,
                                "an email of 254 characters that lower-cases to more", Expect.REFUSED_AT_THE_FIELD));
            }
            default -> List.of(
                    text(base, leaf, filled(100, "x"), "an external id of 100 characters", Expect.STORED),
                    text(base, leaf, filled(101, "x"), "an external id of 101", Expect.REFUSED_AT_THE_FIELD),
                    text(base, leaf, filled(100, DOTTED_CAPITAL_I), "an external id of 100 growing characters", Expect.STORED));
        };
    }

    static void set(ObjectNode body, String pointer, JsonNode value) {
        var slash = pointer.lastIndexOf('/');
        var parent = body.at(pointer.substring(0, slash));
        var key = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        } else {
            ((ObjectNode) parent).set(key, value);
        }
    }

    /** Whether {@code answer} names {@code field} among its problems. */
    static boolean namesTheField(JsonNode answer, String field) {
        return refusesTheField(answer, field, code -> true);
    }

    /** Whether {@code answer} refuses {@code field}'s value as such (INVALID), not, say, as naming nothing there is. */
    static boolean refusesTheValue(JsonNode answer, String field) {
        return refusesTheField(answer, field, "INVALID"::equals);
    }

    private static boolean refusesTheField(JsonNode answer, String field, java.util.function.Predicate<String> code) {
        for (var problem : answer.path("errors")) {
            if (problem.path("field").asText().equals(field) && code.test(problem.path("code").asText())) {
                return true;
            }
        }
        return false;
    }
}
