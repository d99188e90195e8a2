package io.ledgerlens.bootstrap.registration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.ledgerlens.adapter.web.server.OpenApiRoutes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The write operations of the OpenAPI document the service ships, each with
 * every field a request may send (body and path), and the schema that limits it.
 *
 * <p>A field is named twice: by where it is in a request ({@code bill.lineItems[].itemCode},
 * {@code []} for any element, {@code {}} for any value of a map, {@code {}#name} for its keys) and by
 * where the document defines it: the nearest named schema and the path within it
 * ({@code BillInput.lineItems[].itemCode}), or the operation for an inline body. A schema
 * used at several places ({@code AllocationInput} on the event, the bill and each line) is one definition.
 */
final class WriteApiDocument {

    /** One field of a write: where a request puts it, where the document defines it, and its (resolved) schema. */
    record Field(String requestPath, String definition, Optional<String> named, JsonNode schema) {

        boolean isText() {
            return "string".equals(schema.path("type").asText());
        }

        Optional<Integer> maxLength() {
            return schema.has("maxLength") ? Optional.of(schema.get("maxLength").asInt()) : Optional.empty();
        }

        Optional<BigDecimal> maximum() {
            return schema.has("maximum") ? Optional.of(schema.get("maximum").decimalValue()) : Optional.empty();
        }

        boolean isEnum() {
            return schema.has("enum");
        }
    }

    /** A write: {@code PUT /v1/ledger/customers/{customerId}} and every field its request may carry. */
    record Operation(String method, String path, String operationId, List<Field> fields) {

        Optional<Field> field(String requestPath) {
            return fields.stream().filter(f -> f.requestPath().equals(requestPath)).findFirst();
        }
    }

    private final JsonNode document;

    private WriteApiDocument(JsonNode document) {
        this.document = document;
    }

    static WriteApiDocument shipped() {
        try (var in = OpenApiRoutes.class.getResourceAsStream(OpenApiRoutes.RESOURCE)) {
            var yaml = YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
            return new WriteApiDocument(yaml.readTree(in));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Every operation under {@code /v1/} that takes a request body: the writes. */
    List<Operation> writes() {
        var writes = new ArrayList<Operation>();
        document.get("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/v1/")) {
                return;
            }
            path.getValue().fields().forEachRemaining(method -> {
                var operation = method.getValue();
                if (!operation.has("requestBody")) {
                    return;
                }
                var body = operation.at("/requestBody/content/application~1json/schema");
                var scope = body.has("$ref") ? refName(body) : operation.get("operationId").asText();
                var fields = new ArrayList<Field>();
                for (var parameter : operation.path("parameters")) {
                    var resolved = resolve(parameter);
                    if ("path".equals(resolved.path("in").asText())) {
                        var name = resolved.get("name").asText();
                        var schema = resolved.get("schema");
                        fields.add(new Field("{" + name + "}", scope + "." + name, refNameOf(schema), resolve(schema)));
                    }
                }
                walk(body, "", scope, "", fields);
                writes.add(new Operation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        operation.get("operationId").asText(), List.copyOf(fields)));
            });
        });
        return writes;
    }

    private void walk(JsonNode schema, String requestPath, String scope, String within, List<Field> found) {
        var named = refNameOf(schema);
        var resolved = resolve(schema);
        if (named.isPresent() && isStructure(resolved)) {
            walk(resolved, requestPath, named.get(), "", found);
            return;
        }
        if ("array".equals(resolved.path("type").asText())) {
            walk(resolved.get("items"), requestPath + "[]", scope, within + "[]", found);
            return;
        }
        if (isStructure(resolved)) {
            resolved.path("properties").fields().forEachRemaining(property -> walk(property.getValue(),
                    join(requestPath, property.getKey()), scope, join(within, property.getKey()), found));
            if (resolved.has("x-propertyNames")) {
                found.add(new Field(requestPath + "{}#name", scope + "." + within + "{}#name", Optional.empty(),
                        withType(resolved.get("x-propertyNames"))));
            }
            if (resolved.path("additionalProperties").isObject()) {
                walk(resolved.get("additionalProperties"), requestPath + "{}", scope, within + "{}", found);
            }
            return;
        }
        found.add(new Field(requestPath, scope + "." + within, named, resolved));
    }

    private static JsonNode withType(JsonNode names) {
        var copy = names.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).put("type", "string");
        return copy;
    }

    private static boolean isStructure(JsonNode schema) {
        return schema.has("properties") || schema.has("additionalProperties");
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static Optional<String> refNameOf(JsonNode node) {
        return node.has("$ref") ? Optional.of(refName(node)) : Optional.empty();
    }

    private static String refName(JsonNode node) {
        var ref = node.get("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
