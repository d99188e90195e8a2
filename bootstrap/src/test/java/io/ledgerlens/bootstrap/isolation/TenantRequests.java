package io.ledgerlens.bootstrap.isolation;

import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The explode requests an org could make to reach its twins' data: every identifier, every selector. */
final class TenantRequests {

    private TenantRequests() {
    }

    static List<String> explodeQueries(TenantWorld world) {
        var everyEvent = world.allEventIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        var queries = new ArrayList<String>();
        var selectors = List.of("eventIds=" + everyEvent, "eventName=TransactionAdd&eventReferenceIds=" + TenantWorld.BILL,
                "eventName=AllocateGoodwillPoints&eventReferenceIds=-1");
        var flags = "&getBillDetails=true&getCustomFields=true&getExtendedFields=true&getPaymentModes=true"
                + "&includeAlternateCurrencies=true&getPointsEarnedBreakup=true&limit=100";
        var identifiers = new ArrayList<>(List.of("identifierName=mobile&identifierValue=" + TenantWorld.MOBILE,
                "identifierName=email&identifierValue=" + TenantWorld.EMAIL,
                "identifierName=externalId&identifierValue=" + TenantWorld.EXTERNAL_ID));
        for (var org : world.orgs()) {
            identifiers.add("identifierName=id&identifierValue=" + world.customerOf(org).value());
        }
        for (var identifier : identifiers) {
            for (var selector : selectors) {
                queries.add("?" + identifier + "&source=ALL&" + selector + flags);
            }
        }
        queries.add("?identifierName=externalId&identifierValue=" + TenantWorld.HOUSEHOLD
                + "&source=ALL&type=USERGROUP2&eventName=GroupTransactionAdd&eventReferenceIds=" + TenantWorld.BILL + "-G" + flags);
        queries.add("?identifierName=mobile&identifierValue=" + TenantWorld.MOBILE
                + "&source=ALL&type=USERGROUP2&isPrimaryUser=true&eventIds=" + everyEvent + flags);
        return queries;
    }

    /** The scope headers of v2.1 worth trying, with the orgs each may show when it is allowed. */
    record Scope(List<String> headers, List<OrgId> targets) {
    }

    static List<Scope> scopesOf(TenantWorld world, OrgId caller, OrgId unknown) {
        var scopes = new ArrayList<Scope>();
        scopes.add(new Scope(List.of(), List.of(caller)));
        scopes.add(new Scope(List.of("DATA-SCOPE", "SELF", "DATA-SCOPE-ORG", "" + unknown), List.of(caller)));
        scopes.add(new Scope(List.of("DATA-SCOPE", "ALL"), world.connectedTo(caller)));
        var candidates = new ArrayList<>(world.orgs());
        candidates.add(unknown);
        for (var target : candidates) {
            scopes.add(new Scope(List.of("DATA-SCOPE", "OTHER", "DATA-SCOPE-ORG", "" + target), List.of(target)));
            scopes.add(new Scope(List.of("DATA-SCOPE", "other", "DATA-SCOPE-ORGS", caller + "," + target), List.of(caller, target)));
        }
        return scopes;
    }
}
