package io.ledgerlens.domain.audit;

import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One line of the audit log: who did what to which target in which org, when,
 * and whether it happened. {@code target} and {@code detail} are written by
 * the application from ids and reasons (never a secret, a hash or a
 * customer's identifier value), and fit the store: at most
 * {@value #MAX_TEXT} characters each.
 */
@ValueObject
public record AuditRecord(Instant at, AuditActor actor, Optional<OrgId> org, AuditAction action, String target,
                          AuditOutcome outcome, String detail) {

    public static final int MAX_TEXT = 255;

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        target = clipped(Objects.requireNonNull(target, "target"));
        detail = clipped(Objects.requireNonNull(detail, "detail"));
    }

    private static String clipped(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
