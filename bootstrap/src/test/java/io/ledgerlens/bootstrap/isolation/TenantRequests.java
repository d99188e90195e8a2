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

    /** A write of the org tree an org admin might try: what it means, and the request. */
    record AdminMove(String what, String method, String path, String body) {
    }

    /**
     * Every move on the org tree that {@code caller}'s admin could aim at {@code target}: annex it, claim an id nobody
     * registered as the caller's or the target's child, edit it, connect it as the caller's child or the caller as
     * its child, disconnect it from its parent or from the caller. The tree is the operator's: each is refused.
     */
    static List<AdminMove> adminMovesOn(TenantWorld world, OrgId caller, OrgId target, OrgId unregistered) {
        var settings = "\"timeZone\": \"UTC\", \"sourceValueCapturing\": false}";
        var targetsParent = world.parentOf(target).map(parent -> "\"parentOrgId\": " + parent + ", ").orElse("");
        var moves = new ArrayList<>(List.of(
                new AdminMove("annex", "PUT", "/v1/ledger/orgs/" + target,
                        "{\"name\": \"intruder\", \"parentOrgId\": " + caller + ", " + settings),
                new AdminMove("claim as own child", "PUT", "/v1/ledger/orgs/" + unregistered,
                        "{\"name\": \"intruder\", \"parentOrgId\": " + caller + ", " + settings),
                new AdminMove("claim as the target's child", "PUT", "/v1/ledger/orgs/" + unregistered,
                        "{\"name\": \"intruder\", \"parentOrgId\": " + target + ", " + settings),
                new AdminMove("claim as a root", "PUT", "/v1/ledger/orgs/" + unregistered, "{\"name\": \"intruder\", " + settings),
                new AdminMove("edit", "PUT", "/v1/ledger/orgs/" + target, "{\"name\": \"intruder\", " + targetsParent + settings),
                new AdminMove("connect it as own child", "PUT", "/v1/ledger/orgs/" + caller + "/children/" + target, null),
                new AdminMove("connect self as its child", "PUT", "/v1/ledger/orgs/" + target + "/children/" + caller, null),
                new AdminMove("disconnect it from self", "DELETE", "/v1/ledger/orgs/" + caller + "/children/" + target, null)));
        world.parentOf(target).ifPresent(parent -> moves.add(
                new AdminMove("disconnect it from its parent", "DELETE", "/v1/ledger/orgs/" + parent + "/children/" + target, null)));
        return moves;
    }
}
