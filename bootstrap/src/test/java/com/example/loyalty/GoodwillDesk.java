package com.example.loyalty;

import io.ledgerlens.application.port.in.explode.ExplodeOutcome;
import io.ledgerlens.application.port.in.explode.ExplodeRequest;
import io.ledgerlens.application.port.in.recording.EventDraft;
import io.ledgerlens.application.port.in.recording.RecordOutcome;
import io.ledgerlens.bootstrap.embedding.LedgerLens;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.event.LedgerEvent;
import io.ledgerlens.domain.org.ApiVersion;
import io.ledgerlens.domain.org.DataScopeHeaders;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.points.AllocationRule;
import io.ledgerlens.domain.points.PointsAllocation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A host service of its own (a support desk that awards goodwill points), with LedgerLens embedded: its agents sign
 * in with the desk's own keys, which the desk maps to orgs, and LedgerLens records and explodes the awards. It
 * reaches LedgerLens only through {@link LedgerLens} and the application's ports (checked by {@code EmbeddingTest}).
 */
final class GoodwillDesk {

    private final LedgerLens ledger;
    /** The desk's own credentials: an agent's key names the brand (org) the agent works for. */
    private final Map<String, OrgId> agents;
    private final AllocationRule goodwillRule;

    GoodwillDesk(LedgerLens ledger, Map<String, OrgId> agents, AllocationRule goodwillRule) {
        this.ledger = ledger;
        this.agents = Map.copyOf(agents);
        this.goodwillRule = goodwillRule;
    }

    /** Awards {@code points} to a customer of the agent's brand, once per {@code ticket} however often it is sent. */
    RecordOutcome award(String agentKey, long customer, String ticket, String points, Instant now) {
        return ledger.recording().record(orgOf(agentKey), draft(agentKey, customer, ticket, points, now));
    }

    /** Awards of several tickets at once, as a batch (a bulk import). */
    List<RecordOutcome> awardAll(String agentKey, long customer, List<String> tickets, String points, Instant now) {
        return ledger.recording().recordAll(orgOf(agentKey),
                tickets.stream().map(ticket -> draft(agentKey, customer, ticket, points, now)).toList());
    }

    private EventDraft draft(String agentKey, long customer, String ticket, String points, Instant now) {
        var org = orgOf(agentKey);
        var subject = EventSubject.customer(CustomerId.of(customer));
        var allocation = PointsAllocation.regular(new BigDecimal(points), goodwillRule, BigDecimal.ZERO, now,
                now.plus(365, ChronoUnit.DAYS));
        return new EventDraft(org, subject, id ->
                LedgerEvent.builder(id, org, EventName.ALLOCATE_GOODWILL_POINTS, subject)
                        .uniqueId("desk-" + ticket)
                        .referenceId("-1")
                        .eventTime(now)
                        .tillId(LedgerEvent.NO_TILL)
                        .allocations(List.of(allocation))
                        .build());
    }

    /** What an event earned, as {@code getLedgerExplodeInfo} answers it, for the agent's brand only. */
    ExplodeOutcome explode(String agentKey, String mobile, long eventId) {
        return ledger.explode().explode(new ExplodeRequest(ApiVersion.V2, orgOf(agentKey), DataScopeHeaders.none(),
                Map.of("identifierName", "mobile", "identifierValue", mobile, "source", "INSTORE",
                        "eventIds", Long.toString(eventId))));
    }

    private OrgId orgOf(String agentKey) {
        return Optional.ofNullable(agents.get(agentKey))
                .orElseThrow(() -> new SecurityException("not one of the desk's agents"));
    }
}
