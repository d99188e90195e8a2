package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.EventDraft;
import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.application.port.in.RecordLedgerEventUseCase;
import io.ledgerlens.application.port.in.RecordOutcome;
import io.ledgerlens.application.port.out.AppendOutcome;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.application.port.out.RecordLedgerPort;
import io.ledgerlens.application.port.out.ResolveSubjectPort;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records events for the caller's org. The subject must be a customer or
 * group of that org: an event can never land on another org's ledger.
 */
public final class RecordLedgerEventService implements RecordLedgerEventUseCase {

    private final RecordLedgerPort ledger;
    private final ResolveSubjectPort subjects;

    public RecordLedgerEventService(RecordLedgerPort ledger, ResolveSubjectPort subjects) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.subjects = Objects.requireNonNull(subjects, "subjects");
    }

    @Override
    public RecordOutcome record(OrgId caller, EventDraft draft) {
        try {
            var event = draft.withId(ledger.nextEventLogId());
            if (!event.orgId().equals(caller)) {
                return refused("orgId", FieldProblem.NOT_ALLOWED, "events are recorded in the caller's org " + caller);
            }
            if (!belongsToOrg(caller, event.subject())) {
                return event.subject() instanceof EventSubject.OfCustomer
                        ? refused("customerId", FieldProblem.NOT_FOUND, "no such customer in org " + caller)
                        : refused("userGroupId", FieldProblem.NOT_FOUND, "no such user group in org " + caller);
            }
            var appended = ledger.append(event);
            if (appended instanceof AppendOutcome.AlreadyRecorded earlier) {
                return earlier.sameContent()
                        ? new RecordOutcome.Recorded(earlier.eventLogId(), false)
                        : new RecordOutcome.UniqueIdReused(earlier.eventLogId());
            }
            return new RecordOutcome.Recorded(appended.eventLogId(), true);
        } catch (LedgerUnavailableException unavailable) {
            return new RecordOutcome.Unavailable();
        }
    }

    private boolean belongsToOrg(OrgId org, EventSubject subject) {
        if (subject instanceof EventSubject.OfCustomer customer) {
            return !subjects.findCustomers(List.of(org), byId(IdentifierName.ID, customer.customerId().value())).isEmpty();
        }
        var group = ((EventSubject.OfUserGroup) subject).userGroupId();
        return !subjects.findUserGroups(List.of(org), byId(IdentifierName.ID, group.value())).isEmpty();
    }

    private static SubjectIdentifier byId(IdentifierName name, long id) {
        return new SubjectIdentifier(name, Long.toString(id), Source.ALL, Optional.empty());
    }

    private static RecordOutcome refused(String field, String code, String message) {
        return new RecordOutcome.Refused(List.of(new FieldProblem(field, code, message)));
    }
}
