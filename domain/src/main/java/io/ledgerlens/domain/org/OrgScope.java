package io.ledgerlens.domain.org;

import io.ledgerlens.domain.explode.Numerals;
import io.ledgerlens.domain.explode.Problem;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The orgs whose ledger one request may read: the caller's org and, on v2.1,
 * the connected orgs its {@code DATA-SCOPE} headers name (§3 of the contract).
 * Every violation is the same problem, 310144, whatever its cause, so that the
 * answer never tells an unknown org from one the caller may not see.
 *
 * @param caller the caller's org
 * @param targets the orgs the request reads: the caller's alone, it and every connected org in id order ({@code ALL}),
 *        or those {@code OTHER} lists; never empty
 */
@ValueObject
public record OrgScope(OrgId caller, List<OrgId> targets) {

    /** A parent with more children than this may not ask for {@code ALL}. */
    public static final int MAX_CHILDREN_FOR_ALL = 2;
    /** {@code OTHER} names one or two orgs. */
    public static final int MAX_LISTED_ORGS = 2;

    /**
     * Refuses a scope without a target.
     *
     * @param caller the caller's org
     * @param targets the orgs the request reads: the caller's alone, it and every connected org in id order ({@code
     *        ALL}), or those {@code OTHER} lists; never empty
     */
    public OrgScope {
        Objects.requireNonNull(caller, "caller");
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a scope targets at least one org");
        }
    }

    /**
     * @param caller the caller's org
     * @return the scope of v2 and of {@code SELF}: the caller's org alone
     */
    public static OrgScope self(OrgId caller) {
        return new OrgScope(caller, List.of(caller));
    }

    /**
     * Decides the target orgs of a request.
     *
     * @param connections the caller's org and the orgs connected to it
     * @param version the endpoint called; v2 ignores the headers
     * @param headers the request's {@code DATA-SCOPE} headers
     * @return the scope, or 310144 for any header the caller's connections do not allow
     */
    public static Validation<Problem, OrgScope> resolve(ApiVersion version, DataScopeHeaders headers, OrgConnections connections) {
        var caller = connections.org();
        if (!version.honoursDataScope()) {
            return Validation.valid(self(caller));
        }
        var scope = headers.scope().map(String::trim).map(s -> s.toUpperCase(Locale.ROOT)).orElse("SELF");
        return switch (scope) {
            case "SELF" -> Validation.valid(self(caller));
            case "ALL" -> connections.children().size() > MAX_CHILDREN_FOR_ALL
                    ? violation()
                    : Validation.valid(new OrgScope(caller, List.copyOf(connections.selfAndConnected())));
            case "OTHER" -> listed(headers.orgs(), connections);
            default -> violation();
        };
    }

    private static Validation<Problem, OrgScope> listed(Optional<String> header, OrgConnections connections) {
        if (header.isEmpty() || header.get().isBlank()) {
            return violation();
        }
        var elements = header.get().split(",", -1);
        if (elements.length > MAX_LISTED_ORGS) {
            return violation();
        }
        var targets = new LinkedHashSet<OrgId>();
        for (var element : elements) {
            var id = Numerals.positiveLong(element.trim());
            if (id.isEmpty() || !connections.isSelfOrConnected(OrgId.of(id.get()))) {
                return violation();
            }
            targets.add(OrgId.of(id.get()));
        }
        return Validation.valid(new OrgScope(connections.org(), new ArrayList<>(targets)));
    }

    private static Validation<Problem, OrgScope> violation() {
        return Validation.invalid(Problem.connectedOrgsNotSet());
    }

    /**
     * @param org an org
     * @return whether the request may read that org's ledger
     */
    public boolean includes(OrgId org) {
        return targets.contains(org);
    }
}
