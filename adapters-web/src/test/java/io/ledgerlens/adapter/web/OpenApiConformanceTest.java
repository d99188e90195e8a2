package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.ledgerlens.adapter.web.access.AccessLimits;
import io.ledgerlens.adapter.web.access.ClientAddresses;
import io.ledgerlens.adapter.web.access.RateLimits;
import io.ledgerlens.adapter.web.access.TokenRoutes;
import io.ledgerlens.adapter.web.server.OpenApiRoutes;
import io.ledgerlens.adapter.web.registration.RegistrationRoutes;
import io.ledgerlens.adapter.web.server.WebLimits;
import io.ledgerlens.application.contract.LedgerWorld;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.domain.access.AccessRight;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real answers of the running service, checked against the OpenAPI document it
 * serves: every write endpoint when it creates, replaces and refuses (each
 * refusal status the document promises is produced here, and no other), and
 * explode answers with every section and with errors.
 */
class OpenApiConformanceTest extends ServedWorld {

    /** For each path template, a request that succeeded: path and body, to send again while the store is away. */
    private final java.util.Map<String, List<String>> succeeded = new java.util.LinkedHashMap<>();
    private OpenApiInteractionValidator validator;
    private final List<String> violations = new ArrayList<>();
    /** "PUT /v1/ledger/orgs/{orgId} 201" for every answer checked. */
    private final Set<String> answered = new TreeSet<>();

    @BeforeEach
    void readTheServedDocument() {
        var document = web.get(OpenApiRoutes.PATH);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type")).startsWith("application/yaml");
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(document.body()).build();
    }

    private static String shipped() {
        try (var in = OpenApiRoutes.class.getResourceAsStream(OpenApiRoutes.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Sends a request, checks the answer against the document, and notes which documented answer it was. */
    private RunningWebApp.Reply exchange(String method, String template, String path, String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        var reply = web.send(request.build());
        var response = SimpleResponse.Builder.status(reply.status()).withBody(reply.body());
        reply.response().headers().map().forEach(response::withHeader);
        var report = validator.validateResponse(path.replaceFirst("\\?.*", ""), Request.Method.valueOf(method), response.build());
        report.getMessages().forEach(message -> violations.add(method + " " + path + " " + reply.status() + ": " + message));
        answered.add(method + " " + template + " " + reply.status());
        if (reply.status() / 100 == 2) {
            succeeded.putIfAbsent(method + " " + template, java.util.Arrays.asList(path, body));
        }
        return reply;
    }

    private RunningWebApp.Reply put(String template, String path, String body) {
        return exchange("PUT", template, path, body);
    }

    /** What the document promises: "PUT /v1/ledger/orgs/{orgId} 201" for every documented answer. */
    private static Set<String> documented(String pathPrefix) {
        var api = new OpenAPIV3Parser().readContents(shipped()).getOpenAPI();
        var promised = new TreeSet<String>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (path.startsWith(pathPrefix)) {
                operation.getResponses().keySet().forEach(status -> promised.add(method + " " + path + " " + status));
            }
        }));
        return promised;
    }

    @Test
    void the_served_document_is_the_shipped_one_and_a_valid_openapi_3_document() {
        assertThat(web.get(OpenApiRoutes.PATH).body()).isEqualTo(shipped());
        var parsed = new OpenAPIV3Parser().readContents(shipped());
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
    }

    @Test
    void the_document_describes_every_write_route_the_service_has() {
        var routes = java.util.stream.Stream.of(RegistrationRoutes.class.getFields())
                .filter(f -> f.getName().endsWith("_PATH"))
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException impossible) {
                        throw new IllegalStateException(impossible);
                    }
                })
                .collect(Collectors.toCollection(TreeSet::new));
        routes.add(io.ledgerlens.adapter.web.recording.RecordingRoutes.EVENTS_PATH);
        var paths = new OpenAPIV3Parser().readContents(shipped()).getOpenAPI().getPaths().keySet().stream()
                .filter(p -> p.startsWith("/v1/ledger/")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(paths).isEqualTo(routes);
    }

    @Test
    void every_registration_answer_is_as_documented_and_every_documented_answer_happens() {
        var org = "/v1/ledger/orgs/{orgId}";
        put(org, "/v1/ledger/orgs/100", "{\"name\": \"Fashion Retail Ltd\", \"timeZone\": \"Asia/Kolkata\"}");
        put(org, "/v1/ledger/orgs/0", "{\"name\": \"\", \"timeZone\": \"Nowhere\"}");
        put(org, "/v1/ledger/orgs/300", "{\"name\": \"Theirs\", \"parentOrgId\": 100, \"timeZone\": \"UTC\"}");
        put(org, "/v1/ledger/orgs/201", "{\"name\": \"Claimed\", \"parentOrgId\": 100, \"timeZone\": \"UTC\"}");

        var child = "/v1/ledger/orgs/{orgId}/children/{childOrgId}";
        put(child, "/v1/ledger/orgs/100/children/300", null);
        exchange("DELETE", child, "/v1/ledger/orgs/100/children/200", null);

        var kinds = List.of(
                List.of("/programs/{programId}", "/programs/7", "{\"name\": \"Core\", \"isDefault\": true}", "{\"name\": 7}"),
                List.of("/points-categories/{pointsCategoryId}", "/points-categories/7", "{\"name\": \"Main\"}", "{}"),
                List.of("/allocation-strategies/{allocationStrategyId}", "/allocation-strategies/7", "{\"name\": \"10 percent\"}",
                        "{\"allocationStrategyId\": 8}"),
                List.of("/expiry-strategies/{expiryStrategyId}", "/expiry-strategies/7", "{\"name\": \"END12\", \"type\": \"FIXED\"}",
                        "{\"name\": \"END12\", \"type\": \"fixed\"}"),
                List.of("/promotions/{promotionId}", "/promotions/7",
                        "{\"name\": \"Diwali\", \"startDate\": \"2024-10-01\", \"endDate\": \"2024-11-15\"}",
                        "{\"name\": \"Diwali\", \"startDate\": \"2024-11-15\", \"endDate\": \"2024-10-01\"}"),
                List.of("/alternate-currencies/{alternateCurrencyId}", "/alternate-currencies/7",
                        "{\"name\": \"coins\", \"identifier\": \"c1\"}", "{\"name\": \"coins\"}"),
                List.of("/tills/{tillId}", "/tills/7", "{\"code\": \"acme.till1\"}", "{\"code\": \"\"}"),
                List.of("/programs/{programId}/tiers/{slabNumber}", "/programs/7/tiers/1", "{\"name\": \"SILVER\"}", "{\"name\": null}"));
        for (var kind : kinds) {
            var template = org + kind.get(0);
            put(template, "/v1/ledger/orgs/100" + kind.get(1), kind.get(2));
            put(template, "/v1/ledger/orgs/100" + kind.get(1), kind.get(2));
            put(template, "/v1/ledger/orgs/200" + kind.get(1), kind.get(2));
            put(template, "/v1/ledger/orgs/100" + kind.get(1), kind.get(3));
            put(template, "/v1/ledger/orgs/999" + kind.get(1), kind.get(2));
            put(template, "/v1/ledger/orgs/abc" + kind.get(1), kind.get(2));
        }
        put(org + "/programs/{programId}/tiers/{slabNumber}", "/v1/ledger/orgs/100/programs/4242/tiers/1", "{\"name\": \"GOLD\"}");
        put(org + "/alternate-currencies/{alternateCurrencyId}", "/v1/ledger/orgs/100/alternate-currencies/8",
                "{\"name\": \"coins\", \"identifier\": \"c2\"}");

        var customer = "/v1/ledger/customers/{customerId}";
        var neha = "{\"firstName\": \"Neha\", \"identifiers\": [{\"name\": \"mobile\", \"value\": \"919822222222\", "
                + "\"source\": \"INSTORE\"}, {\"name\": \"email\", \"value\": \"Neha@Example.com\", \"source\": \"WECHAT\", "
                + "\"accountId\": \"wx-main\"}]}";
        put(customer, "/v1/ledger/customers/5101", neha);
        put(customer, "/v1/ledger/customers/5101", neha);
        put(customer, "/v1/ledger/customers/5101", "{\"identifiers\": [{\"name\": \"phone\"}]}");
        put(customer, "/v1/ledger/customers/5004", neha);
        put(customer, "/v1/ledger/customers/5102", neha);

        var group = "/v1/ledger/user-groups/{userGroupId}";
        var household = "{\"externalId\": \"HH-NEHA\", \"name\": \"Iyers\", \"members\": [{\"customerId\": 5101, \"primary\": true},"
                + " {\"customerId\": 5003}]}";
        put(group, "/v1/ledger/user-groups/7101", household);
        put(group, "/v1/ledger/user-groups/7101", household);
        put(group, "/v1/ledger/user-groups/7101", "{\"externalId\": \"HH-NEHA\", \"members\": [{\"customerId\": 5004}]}");
        put(group, "/v1/ledger/user-groups/7102", household);

        // A service over an empty ledger, where the caller's org is not registered: 404 for whatever stands on it.
        try (var fresh = RunningWebApp.over(new InMemoryLedger(), PARENT)) {
            checkOn(fresh, customer, "/v1/ledger/customers/5101", neha);
            checkOn(fresh, group, "/v1/ledger/user-groups/7101", household);
            checkOn(fresh, org, "/v1/ledger/orgs/100", "{\"name\": \"Early\", \"timeZone\": \"UTC\"}");
            for (var kind : kinds) {
                checkOn(fresh, org + kind.get(0), "/v1/ledger/orgs/100" + kind.get(1), kind.get(2));
            }
        }
        registerStrangersGroup();
        put(group, "/v1/ledger/user-groups/7201", household);

        ledger.becomeUnavailable();
        succeeded.forEach((operation, request) -> exchange("PUT", operation.substring(4), request.get(0), request.get(1)));
        ledger.becomeAvailable();

        assertThat(violations).isEmpty();
        Set<String> registrations = documented("/v1/ledger/");
        registrations.removeIf(promised -> promised.contains("/v1/ledger/events"));
        Set<String> exercised = new TreeSet<>(answered);
        assertThat(exercised).isEqualTo(registrations);
    }

    /** A request to another service (another ledger or caller), checked against the same document. */
    private void checkOn(RunningWebApp other, String template, String path, String body) {
        var reply = other.put(path, body == null ? "" : body);
        checked(other, "PUT", template, path, reply);
    }

    /** A POST of {@code body} to another service, presenting no credential. */
    private void postOn(RunningWebApp other, String path, String body) {
        checked(other, "POST", path, path, other.exchange("POST", path, body));
    }

    private void checked(RunningWebApp other, String method, String template, String path, RunningWebApp.Reply reply) {
        var response = SimpleResponse.Builder.status(reply.status()).withBody(reply.body());
        reply.response().headers().map().forEach(response::withHeader);
        validator.validateResponse(path, Request.Method.valueOf(method), response.build()).getMessages()
                .forEach(message -> violations.add(method + " " + path + " on port " + other.port() + " " + reply.status()
                        + ": " + message));
        answered.add(method + " " + template + " " + reply.status());
    }

    private void registerStrangersGroup() {
        ledger.unfenced(registry -> registry.userGroups().save(io.ledgerlens.domain.group.UserGroup.form(
                io.ledgerlens.domain.group.UserGroupId.of(7201), STRANGER, "THEIRS", "",
                io.ledgerlens.domain.customer.CustomerId.of(5004), List.of(io.ledgerlens.domain.customer.CustomerId.of(5004)))));
    }

    @Test
    void event_recording_answers_are_as_documented() {
        var events = "/v1/ledger/events";
        var purchase = request("purchase.json");
        exchange("POST", events, events, purchase);
        exchange("POST", events, events, purchase);
        exchange("POST", events, events, purchase.replace("\"tillId\": 50671937", "\"tillId\": 42"));
        exchange("POST", events, events, "{\"eventName\": \"Nope\"}");
        exchange("POST", events, events, purchase.replace("\"TransactionAdd\"", "\"ReturnBill\"")
                .replace("\"pos-4711-0001\"", "\"pos-4711-return\"")
                .replace("\"billDate\": \"2024-08-01T18:30:00+05:30\",", "\"billDate\": \"2024-08-01T18:30:00+05:30\", \"return\": {"
                        + "\"returnDate\": \"2024-08-02T10:00:00+05:30\", \"returnAmount\": 1.0, \"returnType\": \"AMOUNT\","
                        + " \"returnBillId\": \"never-bought\"},"));
        exchange("POST", events, events, request("redemption.json"));
        ledger.becomeUnavailable();
        exchange("POST", events, events, request("redemption.json").replace("\"uniqueId\": \"", "\"uniqueId\": \"again-"));
        ledger.becomeAvailable();
        assertThat(violations).isEmpty();
        assertThat(answered).isEqualTo(documented(events));
        // The document's request schema accepts what the service accepts.
        var report = validator.validateRequest(SimpleRequest.Builder.post(events).withContentType("application/json")
                .withBody(purchase).build());
        assertThat(report.getMessages()).isEmpty();
        report = validator.validateRequest(SimpleRequest.Builder.post(events).withContentType("application/json")
                .withBody(request("redemption.json")).build());
        assertThat(report.getMessages()).isEmpty();
    }

    private static String request(String name) {
        try (var in = OpenApiConformanceTest.class.getResourceAsStream("/requests/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Test
    void token_endpoint_answers_are_as_documented() {
        var generate = TokenRoutes.PATH;
        var access = new AccessFixture(Clock.systemUTC(), new AccessLimits(AccessFixture.unreachable(),
                RateLimits.perWindow(2, Duration.ofMinutes(1)), new RateLimits(1, Duration.ofMinutes(1)), ClientAddresses.direct()));
        try (var limited = RunningWebApp.serving(new InMemoryLedger(), access, WebLimits.DEFAULT, null)) {
            var client = access.apiClientFor(PARENT, AccessRight.POINTS_READ);
            var right = "{\"key\": \"" + client.get(0) + "\", \"secret\": \"" + client.get(1) + "\"}";
            var wrong = "{\"key\": \"" + client.get(0) + "\", \"secret\": \"wrong\"}";
            postOn(limited, generate, right);      // 200
            postOn(limited, generate, right);      // 429: one token a minute
            postOn(limited, generate, "{}");       // 400
            postOn(limited, generate, wrong);      // 401
            postOn(limited, generate, wrong);      // 401
            postOn(limited, generate, wrong);      // 429: two failed sign-ins a minute
            access.secrets().beBusy(Duration.ofSeconds(1));
            postOn(limited, generate, "{\"key\": \"key-another\", \"secret\": \"s\"}");   // 429: busy
        }
        assertThat(violations).isEmpty();
        var promised = documented(generate);
        promised.remove("POST " + generate + " 503");   // the in-memory credentials are never away
        assertThat(answered).isEqualTo(promised);
    }

    @Test
    void explode_answers_with_every_section_and_its_refusals_are_as_documented() {
        var v2 = "/v2/pointsLedger/getLedgerExplodeInfo";
        var v21 = "/v2.1/pointsLedger/getLedgerExplodeInfo";
        var every = "&getBillDetails=true&getPointsEarnedBreakup=true&getCustomFields=true&getExtendedFields=true"
                + "&getPaymentModes=true&getMaxConversionDetails=true&includeAlternateCurrencies=true";
        var ids = world.everyKind.values().stream().map(id -> Long.toString(id.value())).collect(Collectors.joining(","));
        exchange("GET", v2, v2 + "?identifierName=mobile&identifierValue=" + LedgerWorld.MOBILE + "&source=INSTORE&limit=100&eventIds="
                + ids + every, null);
        exchange("GET", v2, v2 + "?identifierName=externalId&identifierValue=" + LedgerWorld.HOUSEHOLD_EXTERNAL_ID
                + "&source=INSTORE&type=USERGROUP2&eventIds=" + world.householdPurchase.value() + "&getBillDetails=true", null);
        exchange("GET", v21, v21 + "?identifierName=mobile&identifierValue=" + LedgerWorld.MOBILE + "&source=INSTORE&eventIds="
                + world.purchase.value() + "," + world.childPurchase.value(), null, "DATA-SCOPE", "ALL");
        exchange("GET", v2, v2 + "?identifierName=phone&source=SHOP&eventIds=abc", null);
        exchange("GET", v21, v21 + "?identifierName=mobile&identifierValue=" + LedgerWorld.MOBILE + "&source=INSTORE&eventIds=1",
                null, "DATA-SCOPE", "OTHER");
        ledger.becomeUnavailable();
        exchange("GET", v2, v2 + "?identifierName=mobile&identifierValue=" + LedgerWorld.MOBILE + "&source=INSTORE&eventIds=1", null);
        exchange("GET", v21, v21 + "?identifierName=mobile&identifierValue=" + LedgerWorld.MOBILE + "&source=INSTORE&eventIds=1", null);
        ledger.becomeAvailable();
        assertThat(violations).isEmpty();
        assertThat(answered).contains("GET " + v2 + " 200", "GET " + v2 + " 400", "GET " + v2 + " 503",
                "GET " + v21 + " 200", "GET " + v21 + " 400", "GET " + v21 + " 503");
    }
}
