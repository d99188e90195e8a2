package io.ledgerlens.adapter.web.registration;

import static io.ledgerlens.adapter.web.http.FieldChecks.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlens.adapter.web.http.JsonBodies;
import io.ledgerlens.adapter.web.http.LedgerLensJson;
import io.ledgerlens.adapter.web.registration.RegistrationKinds.Kind;
import io.ledgerlens.adapter.web.registration.RegistrationKinds.PathIds;
import io.ledgerlens.adapter.web.registration.RegistrationKinds.Registration;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.domain.org.OrgId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The registration lines of an import file: a {@code PUT} of the registration API written down,
 * {@code {"register": "customer", "ids": {"customerId": 341198823}, "body": {...the PUT's body...}}}, with the ids
 * its URL names ({@code orgId}, {@code programId}, {@code slabNumber}, ...). Read by the same table as the routes,
 * so a line is refused for exactly what its {@code PUT} would be refused for, and registered through the same use
 * cases. Kinds: {@code program}, {@code tier}, {@code pointsCategory}, {@code allocationStrategy},
 * {@code expiryStrategy}, {@code promotion}, {@code alternateCurrency}, {@code till}, {@code customer},
 * {@code userGroup}.
 */
public final class RegistrationLines {

    /** A registration line starts with its {@code "register"} key: an event never has one. */
    private static final Pattern REGISTRATION = Pattern.compile("^\\s*\\{\\s*\"register\"\\s*:");

    /** One line, as written. */
    record Line(String register, Map<String, JsonNode> ids, JsonNode body) {
    }

    private final Map<String, Kind<?>> kinds = new LinkedHashMap<>();
    private final JsonBodies bodies = new JsonBodies();
    private final ObjectMapper json = LedgerLensJson.objectMapper();

    /**
     * Over the same use cases the registration routes call, kind by kind.
     *
     * @param useCases what each line's kind asks
     */
    public RegistrationLines(RegistrationUseCases useCases) {
        RegistrationKinds.over(useCases).forEach(kind -> kinds.put(kind.name(), kind));
    }

    /**
     * Whether {@code line} is a registration line rather than an event.
     *
     * @param line a line of an import file
     * @return {@code true} if it starts with its {@code "register"} key
     */
    public static boolean isRegistration(String line) {
        return REGISTRATION.matcher(line).find();
    }

    /**
     * The registration {@code line} says, for {@code caller}, ready to write; or every problem it has.
     *
     * @param caller the importing org, whose rights the line's {@code PUT} would be checked against
     * @param line the line's JSON
     * @return the registration to run (its outcome once run), or every problem of the line at its field path
     */
    public Validation<Seq<FieldProblem>, Supplier<RegistrationOutcome>> read(OrgId caller, byte[] line) {
        return bodies.parse(line, Line.class, "a JSON object is required").fold(
                unreadable -> problem(unreadable.field(), unreadable.code(), unreadable.message()),
                given -> read(caller, given));
    }

    private Validation<Seq<FieldProblem>, Supplier<RegistrationOutcome>> read(OrgId caller, Line line) {
        var kind = line.register() == null ? null : kinds.get(line.register());
        if (kind == null) {
            return problem("register", FieldProblem.UNKNOWN, "register names one of " + String.join(", ", kinds.keySet()));
        }
        var ids = line.ids() == null ? Map.<String, JsonNode>of() : line.ids();
        var pathIds = PathIds.of(kind.idNames(), name -> ids.get(name) == null || !ids.get(name).isIntegralNumber()
                ? null : ids.get(name).asText());
        byte[] body;
        try {
            body = json.writeValueAsBytes(line.body());
        } catch (JsonProcessingException cannotHappen) {
            return problem("body", FieldProblem.INVALID, "the body cannot be read");
        }
        return kind.read(bodies, caller, pathIds, body).map(Registration::write);
    }
}
