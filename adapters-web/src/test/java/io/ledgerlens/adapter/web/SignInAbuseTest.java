package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import io.ledgerlens.adapter.web.access.AccessLimits;
import io.ledgerlens.adapter.web.access.ClientAddresses;
import io.ledgerlens.adapter.web.access.CredentialRoutes;
import io.ledgerlens.adapter.web.access.JwtTokens;
import io.ledgerlens.adapter.web.access.RateLimits;
import io.ledgerlens.adapter.web.access.TokenKey;
import io.ledgerlens.adapter.web.access.TokenRoutes;
import io.ledgerlens.adapter.web.server.WebLimits;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.domain.access.AccessRight;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in abuse locks nobody out: failed sign-ins count against the name
 * presented from one client address (told by trusted proxies only), as they
 * arrive; a secret that cannot be checked now is 429 with {@code Retry-After};
 * bad, expired and forged tokens count as failed sign-ins and cost at most one
 * signature check each; an API client gets only so many tokens a minute. The
 * limits are the service's defaults: 30 failed sign-ins a minute.
 */
class SignInAbuseTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final int FAILED_SIGN_INS = 30;
    private static final int TOKENS_A_MINUTE = 2;
    private static final String ANY_ROUTE = "/v2/pointsLedger/getLedgerExplodeInfo"
            + "?identifierName=mobile&identifierValue=919876543210&source=INSTORE&eventIds=1";
    private static final String BAD_GUESS = AccessFixture.basic("till.guessed", "0".repeat(32));
    /** The tests' requests come from here: to a service behind a load balancer, it is the load balancer. */
    private static final List<String> LOAD_BALANCER = List.of("127.0.0.0/8");

    private final MovableClock clock = new MovableClock(START);
    private final List<RunningWebApp> running = new ArrayList<>();

    @AfterEach
    void stop() {
        running.forEach(RunningWebApp::close);
    }

    private RunningWebApp serve(ClientAddresses addresses) {
        var access = new AccessFixture(clock, new AccessLimits(AccessFixture.unreachable(),
                RateLimits.perWindow(FAILED_SIGN_INS, Duration.ofMinutes(1)), new RateLimits(TOKENS_A_MINUTE, Duration.ofMinutes(1)),
                addresses));
        var web = RunningWebApp.serving(new InMemoryLedger(), access, WebLimits.DEFAULT, null);
        running.add(web);
        return web;
    }

    /** An org admin's credential: the admin's credential list answers it 200. */
    private static int adminListFor(RunningWebApp web, String... headers) {
        return web.exchange("GET", CredentialRoutes.PATH, null, headers).status();
    }

    private static List<Integer> badGuesses(RunningWebApp web, int count, String... forwardedFor) {
        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < count; i++) {
            statuses.add(forwardedFor.length == 0
                    ? web.exchange("GET", ANY_ROUTE, null, "Authorization", BAD_GUESS).status()
                    : web.exchange("GET", ANY_ROUTE, null, "Authorization", BAD_GUESS,
                    "X-Forwarded-For", forwardedFor[i % forwardedFor.length]).status());
        }
        return statuses;
    }

    private static void assertAllowanceThenTurnedAway(List<Integer> statuses) {
        assertThat(statuses.subList(0, FAILED_SIGN_INS)).containsOnly(401);
        assertThat(statuses.subList(FAILED_SIGN_INS, statuses.size())).containsOnly(429);
    }

    @Test
    void thirty_one_bad_sign_ins_lock_out_their_name_and_not_a_valid_credential_from_the_same_address() {
        var web = serve(ClientAddresses.direct());
        var admin = web.access().basicFor(PARENT, AccessRight.ORG_ADMIN);

        assertAllowanceThenTurnedAway(badGuesses(web, 31));

        assertThat(adminListFor(web, "Authorization", admin)).isEqualTo(200);
        assertThat(badGuesses(web, 1)).containsExactly(429);
    }

    @Test
    void through_a_trusted_proxy_each_client_is_counted_by_its_own_address() {
        var web = serve(ClientAddresses.behind(LOAD_BALANCER));
        var admin = web.access().basicFor(PARENT, AccessRight.ORG_ADMIN);

        assertAllowanceThenTurnedAway(badGuesses(web, 31, "203.0.113.7"));

        assertThat(adminListFor(web, "Authorization", admin, "X-Forwarded-For", "203.0.113.7")).isEqualTo(200);
        assertThat(badGuesses(web, 1, "203.0.113.7")).containsExactly(429);
        assertThat(badGuesses(web, 1, "198.51.100.9")).as("another client behind the same load balancer").containsExactly(401);
    }

    @Test
    void without_trusted_proxies_x_forwarded_for_is_ignored_and_buys_no_more_guesses() {
        var web = serve(ClientAddresses.direct());
        var madeUp = new String[31];
        for (int i = 0; i < madeUp.length; i++) {
            madeUp[i] = "203.0.113." + i;
        }
        assertAllowanceThenTurnedAway(badGuesses(web, 31, madeUp));
    }

    @Test
    void behind_a_trusted_proxy_addresses_a_client_writes_itself_buy_no_more_guesses() {
        var web = serve(ClientAddresses.behind(LOAD_BALANCER));
        var spoofed = new String[31];
        for (int i = 0; i < spoofed.length; i++) {
            spoofed[i] = "198.51.100." + i + ", 203.0.113.7";
        }
        assertAllowanceThenTurnedAway(badGuesses(web, 31, spoofed));
        assertThat(badGuesses(web, 1, "203.0.113.7")).containsExactly(429);
    }

    @Test
    void guesses_sent_all_at_once_are_counted_as_they_arrive_so_no_more_than_the_allowance_are_checked() throws Exception {
        var web = serve(ClientAddresses.direct());
        var secrets = web.access().secrets();
        var checkedBefore = secrets.checked().size();
        secrets.holdChecks();
        var clients = Executors.newFixedThreadPool(40);
        try {
            var answers = new ArrayList<CompletableFuture<Integer>>();
            for (int i = 0; i < 40; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> badGuesses(web, 1).get(0), clients));
            }
            // While every started check is still running, the ten guesses past the allowance are already answered.
            var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (answers.stream().filter(CompletableFuture::isDone).count() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            var early = answers.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join).toList();
            assertThat(early).hasSize(10).containsOnly(429);

            secrets.releaseChecks();
            var all = answers.stream().map(answer -> answer.orTimeout(20, TimeUnit.SECONDS).join()).toList();
            assertThat(all).filteredOn(status -> status == 401).hasSize(FAILED_SIGN_INS);
            assertThat(all).filteredOn(status -> status == 429).hasSize(10);
            assertThat(secrets.checked().size() - checkedBefore).isEqualTo(FAILED_SIGN_INS);
        } finally {
            secrets.releaseChecks();
            clients.shutdownNow();
        }
    }

    @Test
    void a_secret_that_cannot_be_checked_now_is_429_with_retry_after_and_costs_its_name_nothing() {
        var web = serve(ClientAddresses.direct());
        var admin = web.access().basicFor(PARENT, AccessRight.ORG_ADMIN);
        var client = web.access().apiClientFor(PARENT, AccessRight.POINTS_READ);
        web.access().secrets().beBusy(Duration.ofSeconds(1));

        var busy = web.exchange("GET", CredentialRoutes.PATH, null, "Authorization", admin);
        assertThat(busy.status()).isEqualTo(429);
        assertThat(busy.header("Retry-After")).isEqualTo("1");
        assertThat(busy.json().at("/errors/0/message").asText()).contains("being checked at once");
        assertThat(web.exchange("POST", TokenRoutes.PATH, keyAndSecret(client)).status()).isEqualTo(429);
        assertThat(badGuesses(web, 40)).as("busy is no failed sign-in").containsOnly(429);

        web.access().secrets().beBusy(Duration.ZERO);
        assertThat(adminListFor(web, "Authorization", admin)).isEqualTo(200);
        assertThat(badGuesses(web, 1)).as("its allowance is whole").containsExactly(401);
    }

    @Test
    void an_expired_or_forged_token_replayed_counts_as_failed_sign_ins_while_a_fresh_token_from_the_same_address_works() {
        var web = serve(ClientAddresses.direct());
        var client = web.access().apiClientFor(PARENT, AccessRight.ORG_ADMIN);
        var expired = tokenOf(web, client);
        clock.advance(JwtTokens.LIFETIME);

        var replays = new ArrayList<Integer>();
        for (int i = 0; i <= FAILED_SIGN_INS; i++) {
            replays.add(adminListFor(web, "X-CAP-API-OAUTH-TOKEN", expired));
        }
        assertAllowanceThenTurnedAway(replays);
        var forgeries = new ArrayList<Integer>();
        for (int i = 0; i <= FAILED_SIGN_INS; i++) {
            forgeries.add(adminListFor(web, "Authorization", "Bearer this-is-not-a-token"));
        }
        assertAllowanceThenTurnedAway(forgeries);

        assertThat(adminListFor(web, "X-CAP-API-OAUTH-TOKEN", tokenOf(web, client))).isEqualTo(200);
    }

    @Test
    void an_expired_or_forged_token_replayed_for_minutes_costs_one_signature_check_in_all() throws Exception {
        var web = serve(ClientAddresses.direct());
        var tokens = web.access().tokens();
        var expired = tokenOf(web, web.access().apiClientFor(PARENT, AccessRight.ORG_ADMIN));
        var ourKey = web.access().keys().get(0);
        var stranger = TokenKey.generate(clock.instant());
        var forged = SignedJWT.parse(expired);
        var withOurKeyId = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(ourKey.keyId())
                .type(JOSEObjectType.JWT).build(), forged.getJWTClaimsSet());
        withOurKeyId.sign(new ECDSASigner(new ECKey.Builder(stranger.jwk()).keyID(ourKey.keyId()).build()));
        clock.advance(JwtTokens.LIFETIME);

        var checksBefore = tokens.signatureChecks();
        for (int i = 0; i < 20; i++) {
            assertThat(web.exchange("GET", CredentialRoutes.PATH, null, "X-CAP-API-OAUTH-TOKEN", expired)
                    .json().at("/errors/0/code").asInt()).isEqualTo(498);
            assertThat(adminListFor(web, "X-CAP-API-OAUTH-TOKEN", withOurKeyId.serialize())).isEqualTo(401);
            clock.advance(Duration.ofSeconds(15));
        }
        assertThat(tokens.signatureChecks() - checksBefore).as("one for each token, over five minutes of replays")
                .isEqualTo(2);
    }

    @Test
    void an_api_client_gets_its_allowance_of_tokens_a_minute_and_is_then_told_to_use_the_one_it_has() {
        var web = serve(ClientAddresses.direct());
        var eager = web.access().apiClientFor(PARENT, AccessRight.POINTS_READ);
        var other = web.access().apiClientFor(PARENT, AccessRight.POINTS_READ);
        for (int i = 0; i < TOKENS_A_MINUTE; i++) {
            assertThat(web.exchange("POST", TokenRoutes.PATH, keyAndSecret(eager)).status()).isEqualTo(200);
        }
        var refused = web.exchange("POST", TokenRoutes.PATH, keyAndSecret(eager));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.json().at("/errors/0/message").asText()).contains("Too many tokens", "at most 2 per 60 s");

        assertThat(web.exchange("POST", TokenRoutes.PATH, keyAndSecret(other)).status()).isEqualTo(200);
        assertThat(web.exchange("POST", TokenRoutes.PATH, "{\"key\":\"" + eager.get(0) + "\",\"secret\":\"wrong\"}").status())
                .as("a wrong secret is still only 401").isEqualTo(401);
    }

    private static String keyAndSecret(List<String> client) {
        return "{\"key\":\"" + client.get(0) + "\",\"secret\":\"" + client.get(1) + "\"}";
    }

    private static String tokenOf(RunningWebApp web, List<String> client) {
        var reply = web.exchange("POST", TokenRoutes.PATH, keyAndSecret(client));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().at("/data/accessToken").asText();
    }
}
