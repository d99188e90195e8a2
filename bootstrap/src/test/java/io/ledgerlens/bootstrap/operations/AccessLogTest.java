package io.ledgerlens.bootstrap.operations;

import static io.ledgerlens.bootstrap.operations.OperatorsView.EXPLODE_ROUTE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import io.ledgerlens.bootstrap.demo.DemoCredentials;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * One access-log line per request, naming the route, the status, the time taken, the caller's org and credential
 * and the request id: the caller's {@code X-Request-Id} when it is a plain token, echoed back, else one made here.
 * Never a customer's identifier from the query, a password or a body.
 */
class AccessLogTest {

    private final Logger accessLog = (Logger) LoggerFactory.getLogger("ledgerlens.access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level levelBefore;
    private LedgerLensService service;
    private OperatorsView view;

    @BeforeEach
    void listen() {
        levelBefore = accessLog.getLevel();
        accessLog.setLevel(Level.INFO);
        lines.start();
        accessLog.addAppender(lines);
        service = DemoLedgers.fresh(DemoLedgers.UNTHROTTLED).start("127.0.0.1", 0);
        view = new OperatorsView(service.port());
    }

    @AfterEach
    void stop() {
        accessLog.detachAppender(lines);
        accessLog.setLevel(levelBefore);
        service.close();
    }

    private static Map<String, String> fields(ILoggingEvent line) {
        return line.getKeyValuePairs().stream().collect(Collectors.toMap(pair -> pair.key, pair -> String.valueOf(pair.value)));
    }

    private List<ILoggingEvent> linesFor(String requestId) {
        return lines.list.stream().filter(line -> requestId.equals(fields(line).get("requestId"))).toList();
    }

    @Test
    void a_tills_request_is_one_line_with_its_route_status_org_credential_and_the_request_id_it_sent() {
        var reply = view.explodeAsTheTill("X-Request-Id", "till-7.req:42");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.requestId()).contains("till-7.req:42");

        var logged = linesFor("till-7.req:42");
        assertThat(logged).hasSize(1);
        var line = fields(logged.get(0));
        assertThat(line).containsEntry("method", "GET").containsEntry("route", EXPLODE_ROUTE).containsEntry("status", "200")
                .containsEntry("org", Long.toString(DemoDataset.RETAILER.value())).containsKey("credentialId")
                .containsKey("durationMs");
        assertThat(logged.get(0).getMDCPropertyMap()).containsEntry("requestId", "till-7.req:42");
        assertThat(logged.get(0).getFormattedMessage() + line).doesNotContain(DemoDataset.PRIYA_MOBILE,
                DemoDataset.PURCHASE_BILL, DemoCredentials.RETAILER_TILL_PASSWORD, DemoCredentials.retailerTillPasswordMd5(),
                "Basic");
    }

    @Test
    void a_request_id_that_is_not_a_plain_token_is_replaced_by_one_made_here() {
        var reply = view.explodeAsTheTill("X-Request-Id", "x".repeat(129));
        assertThat(reply.status()).isEqualTo(200);
        var made = reply.requestId().orElseThrow();
        assertThat(made).matches("[0-9a-f-]{36}");
        assertThat(linesFor(made)).hasSize(1);

        var withASpace = view.explodeAsTheTill("X-Request-Id", "two words");
        assertThat(withASpace.requestId()).get().isNotEqualTo("two words");
    }

    @Test
    void a_request_without_a_credential_is_logged_without_an_org_and_without_a_request_id_sent_gets_one() {
        var reply = view.get(OperatorsView.PURCHASE);
        assertThat(reply.status()).isEqualTo(401);
        var logged = linesFor(reply.requestId().orElseThrow());
        assertThat(logged).hasSize(1);
        assertThat(fields(logged.get(0))).containsEntry("status", "401").doesNotContainKey("org");
    }
}
