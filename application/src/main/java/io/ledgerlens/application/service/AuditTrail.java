package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.application.port.in.registration.RegistrationOutcome;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.audit.AuditOutcome;
import io.ledgerlens.domain.audit.AuditRecord;
import io.ledgerlens.domain.org.OrgId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the services write the audit log. What was done is recorded or the
 * caller hears that the store failed (the change stands; repeating it is
 * harmless, and writes the record). What was refused is recorded when the
 * store can take it: a refusal changed nothing, and a store that cannot
 * answer must not turn a refusal into an error.
 */
final class AuditTrail {

    private final AuditLogPort log;
    private final Clock clock;

    AuditTrail(AuditLogPort log, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    void done(AuditActor actor, Optional<OrgId> org, AuditAction action, String target) {
        log.record(new AuditRecord(clock.instant(), actor, org, action, target, AuditOutcome.DONE, ""));
    }

    void refused(AuditActor actor, Optional<OrgId> org, AuditAction action, String target, String why) {
        try {
            log.record(new AuditRecord(clock.instant(), actor, org, action, target, AuditOutcome.REFUSED, why));
        } catch (LedgerUnavailableException unavailable) {
            // The refusal stands without its record; the store's failure is logged where it happened.
        }
    }

    /** Records {@code outcome} of {@code action}: done, refused with its reasons, or nothing when the store did not answer. */
    RegistrationOutcome recorded(RegistrationOutcome outcome, AuditActor actor, Optional<OrgId> org, AuditAction done,
                                 AuditAction refused, String target) {
        return outcome.fold(saved -> {
            done(actor, org, done, target);
            return outcome;
        }, refusal -> {
            refused(actor, org, refused, target,
                    refusal.problems().stream().map(problem -> problem.code() + ": " + problem.message())
                            .collect(Collectors.joining("; ")));
            return outcome;
        }, unavailable -> outcome);
    }
}
