package io.ledgerlens.bootstrap.browser;

import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The demo service on a real port and a headless Chromium showing one of its pages, once the page is drawn. */
final class DemoInChromium implements AutoCloseable {

    final LedgerLensService service;
    final HeadlessChromium chromium;
    final WebDriverWait wait;

    private DemoInChromium(LedgerLensService service, HeadlessChromium chromium) {
        this.service = service;
        this.chromium = chromium;
        this.wait = chromium.waitUpTo(Duration.ofSeconds(30));
    }

    /** Opens {@code path} of a fresh demo service and waits until {@code drawn} is visible. */
    static DemoInChromium showing(String path, By drawn) {
        var demo = new DemoInChromium(DemoLedgers.fresh().start("127.0.0.1", 0), new HeadlessChromium());
        demo.chromium.driver.get("http://127.0.0.1:" + demo.service.port() + path);
        demo.wait.until(ExpectedConditions.visibilityOfElementLocated(drawn));
        return demo;
    }

    @Override
    public void close() {
        chromium.close();
        service.close();
    }
}
