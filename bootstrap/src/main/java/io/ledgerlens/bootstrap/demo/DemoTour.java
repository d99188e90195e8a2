package io.ledgerlens.bootstrap.demo;

import io.ledgerlens.application.port.in.explode.ExplodeLedgerQuery;
import io.ledgerlens.application.port.in.explode.ExplodeOutcome;
import io.ledgerlens.application.port.in.explode.ExplodeRequest;
import io.ledgerlens.domain.org.ApiVersion;
import io.ledgerlens.domain.org.DataScopeHeaders;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Map;

/**
 * Ready-to-paste curl commands that explode the demo's events. The event ids
 * are looked up through the explode query itself, by the events' references,
 * so the commands are right whatever ids the database assigned.
 */
public final class DemoTour {

    private DemoTour() {
    }

    /**
     * The tour printed by {@code ledgerlens --demo} once the service listens: each curl command under a comment
     * line saying what it shows, from Basic sign-in and every explode section to a token and a refused call.
     *
     * @param explode looks up the ids of the demo's purchase, registration and outlet bill
     * @param baseUrl where the service listens, such as {@code http://localhost:8080}
     * @return the commands, one per line; an event not found shows as a placeholder saying why
     */
    public static String commands(ExplodeLedgerQuery explode, String baseUrl) {
        var purchase = idOf(explode, DemoDataset.RETAILER, "TransactionAdd", DemoDataset.PURCHASE_BILL);
        var registration = idOf(explode, DemoDataset.RETAILER, "CustomerRegistration", "-1");
        var outlet = idOf(explode, DemoDataset.OUTLET, "TransactionAdd", DemoDataset.OUTLET_BILL);
        var v2 = baseUrl + "/v2/pointsLedger/getLedgerExplodeInfo";
        var v21 = baseUrl + "/v2.1/pointsLedger/getLedgerExplodeInfo";
        var priya = "identifierName=mobile&identifierValue=" + DemoDataset.PRIYA_MOBILE + "&source=INSTORE";
        var till = "-u '" + DemoCredentials.RETAILER_TILL_USER + ":" + DemoCredentials.retailerTillPasswordMd5() + "' ";
        return String.join("\n",
                "# The retailer's till user signs in with Basic: its username and the hex MD5 of its password ("
                        + DemoCredentials.RETAILER_TILL_PASSWORD + ")",
                "# Priya's purchase, with every section",
                "curl -s " + till + "'" + v2 + "?" + priya + "&eventIds=" + purchase
                        + "&getBillDetails=true&getPointsEarnedBreakup=true&getCustomFields=true&getExtendedFields=true"
                        + "&getPaymentModes=true&getMaxConversionDetails=true&includeAlternateCurrencies=true'",
                "# The same bill, found by its bill number",
                "curl -s " + till + "'" + v2 + "?" + priya + "&eventName=TransactionAdd&eventReferenceIds="
                        + DemoDataset.PURCHASE_BILL + "&getBillDetails=true'",
                "# Her registration, by email on WeChat",
                "curl -s " + till + "'" + v2 + "?identifierName=email&identifierValue=" + DemoDataset.PRIYA_EMAIL
                        + "&source=WECHAT&eventIds=" + registration + "&getExtendedFields=true'",
                "# The Sharma household wallet (a user group), by its external id",
                "curl -s " + till + "'" + v2 + "?identifierName=externalId&identifierValue=" + DemoDataset.HOUSEHOLD_EXTERNAL_ID
                        + "&source=INSTORE&type=USERGROUP2&eventName=GroupTransactionAdd&eventReferenceIds="
                        + DemoDataset.HOUSEHOLD_BILL + "&getBillDetails=true'",
                "# Connected orgs: the retailer reads its outlet's ledger too (v2.1)",
                "curl -s " + till + "-H 'DATA-SCOPE: ALL' '" + v21 + "?" + priya + "&eventIds=" + purchase + "," + outlet + "'",
                "# Every problem at once, in the contract's envelope",
                "curl -s " + till + "'" + v2 + "?identifierName=phone&source=SHOP&eventIds=abc'",
                "# The outlet's API client trades its key and secret for a token (valid 300 s) ...",
                "curl -s -X POST -H 'Content-Type: application/json' -d '{\"key\":\"" + DemoCredentials.OUTLET_CLIENT_KEY
                        + "\",\"secret\":\"" + DemoCredentials.OUTLET_CLIENT_SECRET + "\"}' '" + baseUrl + "/v3/oauth/token/generate'",
                "# ... and sends the accessToken it got in place of <token>: the outlet's own bill",
                "curl -s -H 'X-CAP-API-OAUTH-TOKEN: <token>' '" + v2 + "?" + priya + "&eventIds=" + outlet + "'",
                "# Without a credential: 401",
                "curl -s '" + v2 + "?" + priya + "&eventIds=" + purchase + "'");
    }

    private static String idOf(ExplodeLedgerQuery explode, OrgId org, String eventName, String reference) {
        var parameters = Map.of("identifierName", "mobile", "identifierValue", DemoDataset.PRIYA_MOBILE,
                "source", "INSTORE", "eventName", eventName, "eventReferenceIds", reference);
        var outcome = explode.explode(new ExplodeRequest(ApiVersion.V2, org, DataScopeHeaders.none(), parameters));
        return outcome.fold(
                problems -> "<" + eventName + " not found: " + problems.get(0).message() + ">",
                view -> String.valueOf(view.events().get(0).event().id().value()));
    }

}
