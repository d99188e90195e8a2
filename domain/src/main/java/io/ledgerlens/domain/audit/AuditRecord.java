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
 *
 * @param at when it happened, from the application's clock
 * @param actor who acted
 * @param org the org it happened in; empty when it concerned none
 * @param action what the record is about
 * @param target what was acted on (an org id, a credential name), never a secret
 * @param outcome whether it happened
 * @param detail why, in a few words (a refusal's reason)
 */
@ValueObject
public record AuditRecord(Instant at, AuditActor actor, Optional<OrgId> org, AuditAction action, String target,
                          AuditOutcome outcome, String detail) {

    /** The longest {@code target} or {@code detail}, in characters, as the store holds them; longer text is clipped. */
    public static final int MAX_TEXT = 255;

    /**
     * Refuses a missing part; puts {@code target} and {@code detail} on one line within {@value #MAX_TEXT} characters.
     *
     * @param at when it happened, from the application's clock
     * @param actor who acted
     * @param org the org it happened in; empty when it concerned none
     * @param action what the record is about
     * @param target what was acted on (an org id, a credential name), never a secret
     * @param outcome whether it happened
     * @param detail why, in a few words (a refusal's reason)
     */
    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        target = clipped(Objects.requireNonNull(target, "target"));
        detail = clipped(Objects.requireNonNull(detail, "detail"));
    }

    /**
     * {@code text} on one line (a control character, a tab or a line break becomes a space, so that no text can
     * forge a record of its own in a line-per-record listing) and within {@link #MAX_TEXT}.
     */
    static String clipped(String text) {
        var oneLine = text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (oneLine.length() <= MAX_TEXT) {
            return oneLine;
        }
        int end = MAX_TEXT - 1;
        if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
            end--;
        }
        return oneLine.substring(0, end) + "…";
    }
}
