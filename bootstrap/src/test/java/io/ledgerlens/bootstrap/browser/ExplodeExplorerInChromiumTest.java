package io.ledgerlens.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.bootstrap.demo.DemoCredentials;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A support agent opens {@code /explore} of the demo service in a real browser, explodes Priya's bill with the till
 * user's credential, and reads on the page the same points, line by line and kind by kind, as the API answers.
 */
class ExplodeExplorerInChromiumTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private LedgerLensService service;
    private HeadlessChromium chromium;
    private WebDriverWait wait;

    private DemoInChromium demo;

    @BeforeEach
    void startTheDemoAndABrowser() {
        demo = DemoInChromium.showing("/explore", By.id("explode"));
        service = demo.service;
        chromium = demo.chromium;
        wait = demo.wait;
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void the_agent_sees_a_bills_points_line_by_line_as_the_api_answers_them() throws Exception {
        ask("till", DemoCredentials.RETAILER_TILL_USER, DemoCredentials.retailerTillPasswordMd5(), Map.of(
                "billNumber", DemoDataset.PURCHASE_BILL));
        var article = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article[data-event-id]")));
        chromium.screenshot("explode-explorer");

        var event = api("identifierName=mobile&identifierValue=" + DemoDataset.PRIYA_MOBILE + "&source=INSTORE"
                + "&eventName=TransactionAdd&eventReferenceIds=" + DemoDataset.PURCHASE_BILL
                + "&getBillDetails=true&getPointsEarnedBreakup=true").path("events").get(0);
        assertThat(article.getAttribute("data-event-id")).isEqualTo(event.path("eventLogId").asText());
        var bill = event.path("billDetails");
        var levels = new LinkedHashMap<String, JsonNode>();
        levels.put("Bill " + bill.path("billNumber").asText(), bill.path("pointsEarnedBreakup"));
        bill.path("lineItems").forEach(line -> levels.put(line.path("itemCode").asText(), line.path("pointsEarnedBreakup")));
        assertThat(levels).hasSizeGreaterThan(1);
        int allocations = 0;
        for (var level : levels.entrySet()) {
            var expected = sums(level.getValue());
            for (var kind : List.of("regular", "promo", "promised")) {
                var cell = article.findElement(By.cssSelector("tr[data-label='" + level.getKey() + "'] td[data-kind='"
                        + kind + "']"));
                assertThat(new BigDecimal(cell.getText())).as(level.getKey() + " " + kind)
                        .isEqualByComparingTo(expected.get(kind));
            }
            allocations += expected.get("count").intValue();
        }
        assertThat(sums(bill.path("pointsEarnedBreakup")).get("regular")).as("the bill earned something")
                .isPositive();
        assertThat(article.findElements(By.cssSelector("tr[data-kind]"))).as("every allocation, explained")
                .hasSize(allocations);
    }

    @Test
    void an_api_client_key_and_secret_are_traded_for_a_token_and_its_orgs_event_explodes() {
        ask("client", DemoCredentials.OUTLET_CLIENT_KEY, DemoCredentials.OUTLET_CLIENT_SECRET, Map.of("eventIds", "1000004"));
        var article = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article[data-event-id]")));
        assertThat(article.getAttribute("data-event-id")).isEqualTo("1000004");
        assertThat(chromium.driver.findElement(By.id("status")).getText()).startsWith("1 event")
                .as("the outlet keeps no source values, so the page asked again without the breakup")
                .contains("does not capture source values");
    }

    @Test
    void a_wrong_password_is_shown_as_the_apis_refusal() {
        ask("till", DemoCredentials.RETAILER_TILL_USER, "0".repeat(32), Map.of("billNumber", DemoDataset.PURCHASE_BILL));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "401"));
        assertThat(chromium.driver.findElements(By.cssSelector("article"))).isEmpty();
    }

    private void ask(String mode, String user, String secret, Map<String, String> which) {
        var browser = chromium.driver;
        browser.findElement(By.cssSelector("input[name=mode][value=" + mode + "]")).click();
        browser.findElement(By.id("user")).sendKeys(user);
        browser.findElement(By.id("secret")).sendKeys(secret);
        new Select(browser.findElement(By.id("identifierName"))).selectByValue("mobile");
        browser.findElement(By.id("identifierValue")).sendKeys(DemoDataset.PRIYA_MOBILE);
        new Select(browser.findElement(By.id("source"))).selectByVisibleText("INSTORE");
        which.forEach((id, value) -> browser.findElement(By.id(id)).sendKeys(value));
        browser.findElement(By.id("explode")).click();
    }

    /** Regular, promo (a regular allocation naming a promotion) and promised points of one breakup, and their count. */
    private static Map<String, BigDecimal> sums(JsonNode breakup) {
        var sums = new LinkedHashMap<String, BigDecimal>(Map.of("regular", BigDecimal.ZERO, "promo", BigDecimal.ZERO,
                "promised", BigDecimal.ZERO, "count", BigDecimal.ZERO));
        var entries = new ArrayList<Map.Entry<String, JsonNode>>();
        breakup.fields().forEachRemaining(entries::add);
        for (var kind : entries) {
            for (var allocation : kind.getValue()) {
                var as = kind.getKey().equals("regular") && allocation.has("promotionDetails") ? "promo" : kind.getKey();
                sums.merge(as, allocation.path("value").decimalValue(), BigDecimal::add);
                sums.merge("count", BigDecimal.ONE, BigDecimal::add);
            }
        }
        return sums;
    }

    private JsonNode api(String query) throws Exception {
        var basic = Base64.getEncoder().encodeToString((DemoCredentials.RETAILER_TILL_USER + ":"
                + DemoCredentials.retailerTillPasswordMd5()).getBytes(StandardCharsets.UTF_8));
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port()
                        + "/v2/pointsLedger/getLedgerExplodeInfo?" + query)).header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
