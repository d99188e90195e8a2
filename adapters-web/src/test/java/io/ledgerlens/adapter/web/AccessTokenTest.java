package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.ledgerlens.adapter.web.access.JwtTokens;
import io.ledgerlens.adapter.web.access.RateLimits;
import io.ledgerlens.adapter.web.access.TokenKey;
import io.ledgerlens.adapter.web.server.WebLimits;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.CredentialId;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * API clients trade key and secret for a token at the contract's endpoint and
 * call with it; a token that is not exactly one of ours, for us, in date, is
 * refused with the contract's 401, and an expired one with code 498.
 */
class AccessTokenTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final String EXPLODE = "/v2/pointsLedger/getLedgerExplodeInfo"
            + "?identifierName=mobile&identifierValue=919876543210&source=INSTORE&eventIds=1";

    private final MovableClock clock = new MovableClock(START);
    private final AccessFixture access = new AccessFixture(clock, new RateLimits(1_000_000, Duration.ofSeconds(1)));
    private final RunningWebApp web = RunningWebApp.serving(new InMemoryLedger(), access, WebLimits.DEFAULT, null);

    @AfterEach
    void stop() {
        web.close();
    }

    private RunningWebApp.Reply generate(String body) {
        return web.exchange("POST", "/v3/oauth/token/generate", body);
    }

    private String tokenFor(List<String> client) {
        var reply = generate("{\"key\":\"" + client.get(0) + "\",\"secret\":\"" + client.get(1) + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().at("/data/accessToken").asText();
    }

    private RunningWebApp.Reply explodeWith(String token) {
        return web.exchange("GET", EXPLODE, null, "X-CAP-API-OAUTH-TOKEN", token);
    }

    private static void assertUnauthorized(RunningWebApp.Reply reply, String why) {
        assertThat(reply.status()).as(why).isEqualTo(401);
        assertThat(reply.body()).as(why).isEqualTo(AccessEveryRouteTest.UNAUTHORIZED);
    }

    @Test
    void a_key_and_secret_get_a_token_in_the_contracts_shape() {
        var client = access.apiClientFor(PARENT, AccessRight.POINTS_READ);
        var reply = generate("{\"key\":\"" + client.get(0) + "\",\"secret\":\"" + client.get(1) + "\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/data/ttlSeconds").asInt()).isEqualTo(300);
        assertThat(reply.json().has("errors")).isTrue();
        assertThat(reply.json().get("errors").isNull()).isTrue();
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void a_wrong_secret_or_an_unknown_key_is_401_with_code_320001() {
        var client = access.apiClientFor(PARENT, AccessRight.POINTS_READ);
        for (var body : List.of("{\"key\":\"" + client.get(0) + "\",\"secret\":\"wrong\"}",
                "{\"key\":\"key-nobody\",\"secret\":\"" + client.get(1) + "\"}")) {
            var reply = generate(body);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.body()).isEqualTo("{\"data\":null,\"errors\":[{\"code\":320001,\"message\":\"Invalid client key and secret\"}]}");
        }
    }

    @Test
    void a_till_users_md5_is_not_an_api_clients_secret() {
        var till = access.basicFor(PARENT, AccessRight.POINTS_READ);
        var decoded = new String(java.util.Base64.getDecoder().decode(till.substring(6))).split(":");
        assertThat(generate("{\"key\":\"" + decoded[0] + "\",\"secret\":\"" + decoded[1] + "\"}").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{\"key\":\"k\"}", "{\"key\":\"k\",\"secret\":\"s\",\"extra\":1}"})
    void a_body_that_is_not_a_key_and_secret_is_400_saying_what_is_expected(String body) {
        var reply = generate(body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/errors/0/message").asText()).contains("\"key\"", "\"secret\"");
    }

    @Test
    void the_token_is_accepted_in_the_oauth_header_and_as_a_bearer_token() {
        var token = tokenFor(access.apiClientFor(PARENT, AccessRight.POINTS_READ));
        assertThat(explodeWith(token).status()).isNotIn(401, 403);
        assertThat(web.exchange("GET", EXPLODE, null, "Authorization", "Bearer " + token).status()).isNotIn(401, 403);
    }

    @Test
    void a_token_carries_its_credentials_rights_only() {
        var token = tokenFor(access.apiClientFor(PARENT, AccessRight.LEDGER_WRITE));
        var reply = explodeWith(token);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).isEqualTo(AccessEveryRouteTest.FORBIDDEN);
    }

    @Test
    void a_token_past_its_exp_is_401_with_code_498_naming_when_it_expired() {
        var token = tokenFor(access.apiClientFor(PARENT, AccessRight.POINTS_READ));
        clock.advance(JwtTokens.LIFETIME.minusSeconds(1));
        assertThat(explodeWith(token).status()).isNotIn(401, 403);
        clock.advance(Duration.ofSeconds(1));
        var reply = explodeWith(token);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo("{\"errors\":[{\"status\":false,\"code\":498,\"message\":\"Token expired at "
                + START.plus(JwtTokens.LIFETIME) + "\"}],\"warnings\":[]}");
    }

    @Test
    void a_token_used_again_and_again_expires_on_time_all_the_same() {
        var token = tokenFor(access.apiClientFor(PARENT, AccessRight.POINTS_READ));
        for (int i = 0; i < 5; i++) {
            assertThat(explodeWith(token).status()).isNotIn(401, 403);
        }
        clock.advance(JwtTokens.LIFETIME);
        assertThat(explodeWith(token).json().at("/errors/0/code").asInt()).isEqualTo(498);
        assertThat(explodeWith(token).json().at("/errors/0/code").asInt()).isEqualTo(498);
    }

    @Test
    void a_revoked_clients_token_stops_working_at_once() {
        var client = access.apiClientFor(PARENT, AccessRight.POINTS_READ);
        var token = tokenFor(client);
        var id = access.credentials().list(PARENT).stream().filter(v -> v.name().equals(client.get(0))).findFirst()
                .orElseThrow().id();
        access.credentials().revoke(PARENT, CredentialId.of(id));
        assertUnauthorized(explodeWith(token), "revoked");
    }

    @Test
    void after_a_key_rotation_tokens_of_the_previous_key_work_until_they_expire_and_new_ones_use_the_new_key() throws Exception {
        var client = access.apiClientFor(PARENT, AccessRight.POINTS_READ);
        var before = tokenFor(client);
        clock.advance(Duration.ofSeconds(100));
        var newer = TokenKey.generate(clock.instant());
        access.keys().add(0, newer);
        clock.advance(Duration.ofSeconds(31));   // every instance has re-read its keys

        var after = tokenFor(client);
        assertThat(keyIdOf(after)).isEqualTo(newer.keyId());
        assertThat(explodeWith(before).status()).isNotIn(401, 403);
        assertThat(explodeWith(after).status()).isNotIn(401, 403);

        clock.advance(Duration.ofSeconds(170));   // the old token has expired, and the old key retires
        assertThat(explodeWith(before).json().at("/errors/0/code").asInt()).isEqualTo(498);
        assertThat(explodeWith(after).status()).isNotIn(401, 403);
    }

    @Test
    void a_retired_key_verifies_nothing_even_a_token_that_claims_to_be_in_date() throws Exception {
        var client = access.apiClientFor(PARENT, AccessRight.POINTS_READ);
        var old = access.keys().get(0);
        access.keys().add(0, TokenKey.generate(clock.instant()));
        clock.advance(JwtTokens.LIFETIME.plusSeconds(31));
        var forged = signed(old, claims(client).build());
        assertUnauthorized(explodeWith(forged), "signed by a retired key");
    }

    private static String keyIdOf(String token) throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }

    private JWTClaimsSet.Builder claims(List<String> client) {
        var id = access.credentials().list(PARENT).stream().filter(v -> v.name().equals(client.get(0))).findFirst()
                .orElseThrow().id();
        var now = clock.instant();
        return new JWTClaimsSet.Builder().issuer(AccessFixture.ISSUER).audience(AccessFixture.AUDIENCE)
                .subject(Long.toString(id)).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
    }

    private static String signed(TokenKey key, JWTClaimsSet claims) throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.keyId()).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(new ECDSASigner(key.jwk()));
        return jwt.serialize();
    }

    private String ours(UnaryOperator<JWTClaimsSet.Builder> change, List<String> client) throws Exception {
        return signed(access.keys().get(0), change.apply(claims(client)).build());
    }

    @Test
    void malformed_forged_and_foreign_tokens_are_each_the_contracts_401() throws Exception {
        var client = access.apiClientFor(PARENT, AccessRight.POINTS_READ);
        var valid = tokenFor(client);
        var ourKey = access.keys().get(0);
        var parts = valid.split("\\.");

        var none = new PlainJWT(new PlainHeader(), claims(client).build()).serialize();
        var hmacWithOurPublicKey = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(ourKey.keyId()).build(),
                claims(client).build());
        hmacWithOurPublicKey.sign(new MACSigner(padTo32(ourKey.jwk().toPublicJWK().toJSONString().getBytes())));
        var rsaKey = new RSAKeyGenerator(2048).keyID(ourKey.keyId()).generate();
        var rsaSigned = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ourKey.keyId()).build(),
                claims(client).build());
        rsaSigned.sign(new RSASSASigner(rsaKey));
        var strangerKey = TokenKey.generate(clock.instant());
        var unknownKey = signed(strangerKey, claims(client).build());
        var strangerWithOurKid = signed(new TokenKey(new com.nimbusds.jose.jwk.ECKey.Builder(strangerKey.jwk())
                .keyID(ourKey.keyId()).build(), clock.instant()), claims(client).build());
        var tamperedPayload = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(client).subject("1").build().toString().getBytes()) + "." + parts[2];

        var cases = new java.util.LinkedHashMap<String, String>();
        cases.put("alg none", none);
        cases.put("HMAC signed with our public key", hmacWithOurPublicKey.serialize());
        cases.put("RSA signed, our key id", rsaSigned.serialize());
        cases.put("signed by a key that is not ours", unknownKey);
        cases.put("a foreign key claiming our key id", strangerWithOurKid);
        cases.put("payload changed after signing", tamperedPayload);
        cases.put("signature cut off", parts[0] + "." + parts[1] + ".");
        cases.put("truncated", valid.substring(0, valid.length() / 2));
        cases.put("two segments", parts[0] + "." + parts[1]);
        cases.put("garbage", "this is not a token");
        cases.put("base64 garbage", "eyJhbGciOiJFUzI1NiJ9.e30.AAAA");
        cases.put("no exp", ours(b -> b.expirationTime(null), client));
        cases.put("no iat", ours(b -> b.issueTime(null), client));
        cases.put("issued in the future", ours(b -> b.issueTime(Date.from(clock.instant().plusSeconds(3600)))
                .expirationTime(Date.from(clock.instant().plusSeconds(3900))), client));
        cases.put("wrong issuer", ours(b -> b.issuer("someone-else"), client));
        cases.put("no issuer", ours(b -> b.issuer(null), client));
        cases.put("wrong audience", ours(b -> b.audience("another-api"), client));
        cases.put("two audiences", ours(b -> b.audience(List.of(AccessFixture.AUDIENCE, "another-api")), client));
        cases.put("no subject", ours(b -> b.subject(null), client));
        cases.put("subject not a credential id", ours(b -> b.subject("admin"), client));
        cases.put("subject of no credential", ours(b -> b.subject("987654"), client));
        cases.put("oversized", "a".repeat(5000));
        for (var entry : cases.entrySet()) {
            assertUnauthorized(explodeWith(entry.getValue()), entry.getKey());
            assertUnauthorized(web.exchange("GET", EXPLODE, null, "Authorization", "Bearer " + entry.getValue()),
                    "bearer " + entry.getKey());
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void a_past_exp_on_a_token_that_is_not_ours_is_still_only_401() throws Exception {
        var client = access.apiClientFor(PARENT, AccessRight.POINTS_READ);
        var expiredForgery = signed(TokenKey.generate(clock.instant()), claims(client)
                .expirationTime(Date.from(clock.instant().minusSeconds(10))).build());
        assertUnauthorized(explodeWith(expiredForgery), "expired and not ours");
    }

    @Test
    void a_bad_token_is_not_rescued_by_a_good_basic_header_beside_it() {
        var reply = web.exchange("GET", EXPLODE, null, "X-CAP-API-OAUTH-TOKEN", "garbage",
                "Authorization", access.basicFor(PARENT, AccessRight.POINTS_READ));
        assertUnauthorized(reply, "bad token with good Basic");
    }

    private static byte[] padTo32(byte[] secret) {
        return secret.length >= 32 ? secret : java.util.Arrays.copyOf(secret, 32);
    }
}
