package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.web.access.RateLimits;
import io.ledgerlens.adapter.web.access.TokenRoutes;
import io.ledgerlens.adapter.web.server.WebLimits;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.domain.access.AccessRight;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a request may bring and how often: each limit at its edge and one past it. */
class AccessLimitsTest {

    private static final String EXPLODE = "/v2/pointsLedger/getLedgerExplodeInfo"
            + "?identifierName=mobile&identifierValue=919876543210&source=INSTORE&eventIds=1";
    private static final int HEADER_LIMIT = 4096;
    private static final int BODY_LIMIT = 2048;

    private final AccessFixture access = new AccessFixture(Clock.systemUTC(), new RateLimits(5, Duration.ofHours(1)),
            RateLimits.perWindow(3, Duration.ofHours(1)));
    private final RunningWebApp web = RunningWebApp.serving(new InMemoryLedger(), access,
            new WebLimits(HEADER_LIMIT, BODY_LIMIT), null);

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void a_credential_makes_its_allowance_of_requests_and_the_next_is_429_with_retry_after() {
        var till = access.basicFor(PARENT, AccessRight.POINTS_READ);
        for (int i = 0; i < 5; i++) {
            assertThat(web.exchange("GET", EXPLODE, null, "Authorization", till).status()).isNotEqualTo(429);
        }
        var refused = web.exchange("GET", EXPLODE, null, "Authorization", till);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.json().at("/errors/0/code").asInt()).isEqualTo(429);
        assertThat(refused.json().at("/errors/0/message").asText()).contains("at most 5 per 3600 s");
    }

    @Test
    void one_credentials_limit_does_not_touch_another_credential() {
        var busy = access.basicFor(PARENT, AccessRight.POINTS_READ);
        var quiet = access.basicFor(PARENT, AccessRight.POINTS_READ);
        for (int i = 0; i < 6; i++) {
            web.exchange("GET", EXPLODE, null, "Authorization", busy);
        }
        assertThat(web.exchange("GET", EXPLODE, null, "Authorization", quiet).status()).isNotEqualTo(429);
    }

    @Test
    void a_name_makes_its_allowance_of_failed_sign_ins_from_an_address_and_is_then_turned_away_before_any_check() {
        var wrong = AccessFixture.basic("till.unknown", "0".repeat(32));
        for (int i = 0; i < 3; i++) {
            assertThat(web.exchange("GET", EXPLODE, null, "Authorization", wrong).status()).isEqualTo(401);
        }
        var checksBefore = access.secrets().checked().size();
        var refused = web.exchange("GET", EXPLODE, null, "Authorization", wrong);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(access.secrets().checked()).as("turned away before any check").hasSize(checksBefore);
        assertThat(Long.parseLong(refused.header("Retry-After"))).as("the rest of its hour").isBetween(3000L, 3600L);
        assertThat(refused.json().at("/errors/0/message").asText()).contains("failed sign-ins", "at most 3 per 3600 s");
        assertThat(web.exchange("GET", EXPLODE, null, "Authorization", AccessFixture.basic("till.unknown", "1".repeat(32)))
                .status()).as("the name waits, whatever password it brings").isEqualTo(429);
    }

    @Test
    void bad_secrets_at_the_token_endpoint_count_as_failed_sign_ins_of_that_key() {
        for (int i = 0; i < 3; i++) {
            assertThat(web.exchange("POST", TokenRoutes.PATH, "{\"key\":\"key-guessed\",\"secret\":\"s\"}").status())
                    .isEqualTo(401);
        }
        assertThat(web.exchange("POST", TokenRoutes.PATH, "{\"key\":\"key-guessed\",\"secret\":\"s\"}").status())
                .isEqualTo(429);
        assertThat(web.exchange("POST", TokenRoutes.PATH, "{\"key\":\"key-other\",\"secret\":\"s\"}").status())
                .isEqualTo(401);
    }

    @Test
    void a_body_at_the_limit_is_read_and_one_byte_more_is_413_in_the_envelope() {
        var writer = access.basicFor(PARENT, AccessRight.LEDGER_WRITE);
        var atLimit = "{\"uniqueId\":\"" + "x".repeat(BODY_LIMIT - 15) + "\"}";
        assertThat(atLimit).hasSize(BODY_LIMIT);
        var read = web.exchange("POST", "/v1/ledger/events", atLimit, "Authorization", writer);
        assertThat(read.status()).as(read.body()).isEqualTo(400);

        var tooLarge = web.exchange("POST", "/v1/ledger/events", atLimit + " ", "Authorization", writer);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().at("/errors/0/code").asInt()).isEqualTo(413);
    }

    @Test
    void a_request_head_at_the_limit_passes_and_one_byte_more_is_431_in_the_envelope() {
        var till = access.basicFor(PARENT, AccessRight.POINTS_READ);
        // Jetty counts the request line and every header, the client's own included: find the largest padding that
        // passes, then check that it fills the head up to the configured limit, and that one byte more is refused.
        int low = 0;
        int high = HEADER_LIMIT;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (web.exchange("GET", EXPLODE, null, "Authorization", till, "X-Padding", "p".repeat(mid)).status() != 431) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        var atLimit = web.exchange("GET", EXPLODE, null, "Authorization", till, "X-Padding", "p".repeat(low));
        assertThat(atLimit.status()).isNotEqualTo(431);
        var headWithoutPadding = EXPLODE.length() + till.length() + 300;
        assertThat(low).as("the padding that fits leaves only the request's own head").isBetween(HEADER_LIMIT - headWithoutPadding,
                HEADER_LIMIT);
        var past = web.exchange("GET", EXPLODE, null, "Authorization", till, "X-Padding", "p".repeat(low + 1));
        assertThat(past.status()).isEqualTo(431);
        assertThat(past.json().at("/errors/0/code").asInt()).isEqualTo(431);
    }
}
