package io.ledgerlens.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.bootstrap.demo.DemoCredentials;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new user opens {@code /docs} of the demo service in a real browser, finds the explode operation, authorizes with
 * either of the API's credentials and tries it: the page shows the service's 200 answer.
 */
class ApiExplorerInChromiumTest {

    private static final String EXPLODE = "#operations-explode-explodeV2";
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private LedgerLensService service;
    private HeadlessChromium chromium;
    private WebDriverWait wait;

    private DemoInChromium demo;

    @BeforeEach
    void startTheDemoAndABrowser() {
        demo = DemoInChromium.showing("/docs", By.cssSelector(EXPLODE));
        service = demo.service;
        chromium = demo.chromium;
        wait = demo.wait;
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void the_till_user_tries_explode_from_the_explorer_and_sees_the_answer() {
        assertThat(chromium.driver.findElement(By.cssSelector(EXPLODE)).getText())
                .contains("/v2/pointsLedger/getLedgerExplodeInfo");
        authorize("till", Map.of("auth-basic-username", DemoCredentials.RETAILER_TILL_USER,
                "auth-basic-password", DemoCredentials.retailerTillPasswordMd5()));
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("identifierName", "mobile");
        parameters.put("identifierValue", DemoDataset.PRIYA_MOBILE);
        parameters.put("source", "INSTORE");
        parameters.put("eventName", "TransactionAdd");
        parameters.put("eventReferenceIds", DemoDataset.PURCHASE_BILL);
        parameters.put("getBillDetails", "true");
        var answer = tryExplode(parameters);
        chromium.screenshot("api-explorer");
        assertThat(answer.status()).as(answer.body()).isEqualTo("200");
        assertThat(answer.body()).contains("\"billNumber\": \"" + DemoDataset.PURCHASE_BILL + "\"");
    }

    @Test
    void an_api_client_authorizes_with_its_token_and_reads_its_own_bill() throws Exception {
        var minted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.port() + "/v3/oauth/token/generate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"" + DemoCredentials.OUTLET_CLIENT_KEY
                        + "\",\"secret\":\"" + DemoCredentials.OUTLET_CLIENT_SECRET + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        var token = TOKEN.matcher(minted.body());
        assertThat(token.find()).as(minted.body()).isTrue();
        var field = chromium.driver.findElement(By.cssSelector("button.authorize"));
        field.click();
        var tokenInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//h4[contains(., 'oauthToken')]/ancestor::div[contains(@class,'auth-container')]//input")));
        tokenInput.sendKeys(token.group(1));
        tokenInput.findElement(By.xpath("./ancestor::form//button[contains(@class,'authorize')]")).click();
        chromium.driver.findElement(By.cssSelector("button.btn-done")).click();

        var parameters = new LinkedHashMap<String, String>();
        parameters.put("identifierName", "mobile");
        parameters.put("identifierValue", DemoDataset.PRIYA_MOBILE);
        parameters.put("source", "INSTORE");
        parameters.put("eventIds", "1000004");
        var answer = tryExplode(parameters);
        chromium.screenshot("api-explorer-token");
        assertThat(answer.status()).as(answer.body()).isEqualTo("200");
        assertThat(answer.body()).contains("\"eventLogId\": 1000004");
    }

    private void authorize(String scheme, Map<String, String> inputsById) {
        chromium.driver.findElement(By.cssSelector("button.authorize")).click();
        WebElement last = null;
        for (var input : inputsById.entrySet()) {
            last = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(input.getKey())));
            last.sendKeys(input.getValue());
        }
        assertThat(last.findElement(By.xpath("./ancestor::div[contains(@class,'auth-container')]//h4")).getText())
                .contains(scheme);
        last.findElement(By.xpath("./ancestor::form//button[contains(@class,'authorize')]")).click();
        chromium.driver.findElement(By.cssSelector("button.btn-done")).click();
    }

    private record Answer(String status, String body) {
    }

    private Answer tryExplode(Map<String, String> parameters) {
        var browser = chromium.driver;
        browser.findElement(By.cssSelector(EXPLODE + " .opblock-summary-control")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(EXPLODE + " .try-out__btn"))).click();
        parameters.forEach((name, value) -> {
            var field = browser.findElement(By.cssSelector(EXPLODE + " tr[data-param-name='" + name + "'] input, "
                    + EXPLODE + " tr[data-param-name='" + name + "'] select"));
            if (field.getTagName().equals("select")) {
                new Select(field).selectByVisibleText(value);
            } else {
                field.sendKeys(value);
            }
        });
        browser.findElement(By.cssSelector(EXPLODE + " button.execute")).click();
        var status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(EXPLODE + " .live-responses-table tbody .response-col_status")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", status);
        var body = browser.findElement(By.cssSelector(EXPLODE + " .live-responses-table tbody .response-col_description"))
                .getText();
        return new Answer(status.getText().trim(), body);
    }
}
