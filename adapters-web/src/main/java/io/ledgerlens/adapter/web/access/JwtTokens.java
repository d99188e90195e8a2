package io.ledgerlens.adapter.web.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.ledgerlens.domain.access.Caller;
import io.ledgerlens.domain.access.CredentialId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Access tokens: JWTs signed with ES256 by the newest {@link TokenKey}.
 *
 * <p>Verification trusts nothing the token says about itself before its
 * signature is checked: the algorithm is pinned to ES256 (so {@code none} and
 * HMAC-with-the-public-key tokens are refused), the key is looked up by
 * {@code kid} among our own keys only, and {@code exp}, {@code iss},
 * {@code aud} and {@code sub} are required. Only a token that passes all of
 * that and is past its {@code exp} is reported as expired.
 *
 * <p>An ES256 verification costs a few milliseconds of CPU, more than the rest
 * of a small request; a client sends the same token for five minutes, and a
 * broken or hostile one may replay an expired or forged token for far longer.
 * So the outcome of every signature check is remembered (bounded, by a SHA-256
 * of the token, never the token): a token signed by us with its claims, judged
 * again against the clock on each use, for {@link #REMEMBERED}, well past its
 * lifetime; a bad signature for as long. A replay costs a hash lookup. Refusals
 * that cost no signature check (malformed, another algorithm, a key id we do
 * not know yet) are not remembered: a key made a moment ago on another
 * instance may verify the same token once it is read. Key rotation changes
 * nothing here: an older key verifies until all tokens it signed have expired.
 */
public final class JwtTokens {

    /** How long a token lives: what the contract's token endpoint answers as {@code ttlSeconds}. */
    public static final Duration LIFETIME = Duration.ofSeconds(300);
    /** How long a checked signature is remembered: three lifetimes, so expired replays are judged from memory. */
    static final Duration REMEMBERED = LIFETIME.multipliedBy(3);
    /** Tokens dated this far ahead of our clock were not made by an instance of ours. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** Far beyond any token we sign; longer input is not worth parsing. */
    private static final int MAX_TOKEN_LENGTH = 4096;
    private static final int REMEMBERED_TOKENS = 10_000;

    private final TokenKeys keys;
    private final Clock clock;
    private final String issuer;
    private final String audience;
    /** Tokens whose signature is ours, by digest: what they claim, to be judged again on each use. */
    private final Cache<String, Claims> signedByUs = Caffeine.newBuilder()
            .maximumSize(REMEMBERED_TOKENS).expireAfterWrite(REMEMBERED).build();
    /** Digests of tokens whose signature is not ours. Apart from the above, so forgeries cannot push ours out. */
    private final Cache<String, Boolean> badSignatures = Caffeine.newBuilder()
            .maximumSize(REMEMBERED_TOKENS).expireAfterWrite(REMEMBERED).build();
    private final AtomicLong signatureChecks = new AtomicLong();

    /** What a token signed by us claims; the times and subject absent when it does not say. */
    private record Claims(String issuer, List<String> audience, Optional<Instant> issuedAt, Optional<Instant> expiresAt,
                          Optional<CredentialId> credential) {

        static Claims of(JWTClaimsSet claims) {
            return new Claims(claims.getIssuer(), claims.getAudience() == null ? List.of() : List.copyOf(claims.getAudience()),
                    Optional.ofNullable(claims.getIssueTime()).map(Date::toInstant),
                    Optional.ofNullable(claims.getExpirationTime()).map(Date::toInstant),
                    credentialOf(claims.getSubject()));
        }
    }

    /**
     * Over the keys every instance shares, signing and judging by {@code clock}.
     *
     * @param keys reads the stored keys, newest first; asked again when a token names a key not yet known
     * @param clock the time tokens are issued at and judged against
     * @param issuer the {@code iss} this service signs and requires
     * @param audience the {@code aud} this service signs and requires
     */
    public JwtTokens(Supplier<List<TokenKey>> keys, Clock clock, String issuer, String audience) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keys = new TokenKeys(keys, clock, LIFETIME);
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
    }

    /**
     * A token for {@code caller}'s credential, valid for {@link #LIFETIME}.
     *
     * @param caller the signed-in API client, whose credential and org the token carries
     * @return the signed JWT, compact
     */
    public String issue(Caller caller) {
        var key = keys.signing();
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(Long.toString(caller.credential().value()))
                .claim("org", caller.org().value())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        var header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.keyId()).type(JOSEObjectType.JWT).build();
        var jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new ECDSASigner(key.jwk()));
        } catch (JOSEException failure) {
            throw new IllegalStateException("cannot sign with key " + key.keyId(), failure);
        }
        return jwt.serialize();
    }

    /**
     * What {@code token} is: valid, expired, or invalid; a replayed token is judged from memory.
     *
     * @param token the token presented as Bearer; {@code null} if none
     * @return the check's finding
     */
    public TokenCheck check(String token) {
        return token == null ? new TokenCheck.Invalid("absent") : check(token, digest(token));
    }

    /** As {@link #check(String)}, for a caller that has the token's {@link #digest} already. */
    TokenCheck check(String token, String digest) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return new TokenCheck.Invalid("absent or oversized");
        }
        var signed = signedByUs.getIfPresent(digest);
        if (signed != null) {
            return judge(signed);
        }
        if (badSignatures.getIfPresent(digest) != null) {
            return new TokenCheck.Invalid("bad signature");
        }
        return verify(token, digest);
    }

    /**
     * How many signatures this instance has checked (for tests and metrics): remembered tokens cost none.
     *
     * @return the count since this instance started
     */
    public long signatureChecks() {
        return signatureChecks.get();
    }

    /** The SHA-256 of a token, as tokens are remembered and counted by. */
    static String digest(String token) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java runtime has SHA-256", absent);
        }
    }

    private TokenCheck verify(String token, String digest) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException malformed) {
            return new TokenCheck.Invalid("malformed");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            return new TokenCheck.Invalid("algorithm is not ES256");
        }
        var key = keys.verifying(jwt.getHeader().getKeyID());
        if (key.isEmpty()) {
            return new TokenCheck.Invalid("not signed by a key of ours");
        }
        signatureChecks.incrementAndGet();
        if (!verified(jwt, key.get())) {
            badSignatures.put(digest, Boolean.TRUE);
            return new TokenCheck.Invalid("bad signature");
        }
        var signed = Claims.of(claims);
        signedByUs.put(digest, signed);
        return judge(signed);
    }

    private static boolean verified(SignedJWT jwt, TokenKey key) {
        try {
            return jwt.verify(new ECDSAVerifier(key.jwk().toECPublicKey()));
        } catch (JOSEException | RuntimeException unverifiable) {
            return false;
        }
    }

    private TokenCheck judge(Claims claims) {
        if (!issuer.equals(claims.issuer())) {
            return new TokenCheck.Invalid("issuer");
        }
        if (!claims.audience().equals(List.of(audience))) {
            return new TokenCheck.Invalid("audience");
        }
        var now = clock.instant();
        if (claims.expiresAt().isEmpty() || claims.issuedAt().isEmpty()
                || claims.issuedAt().get().isAfter(now.plus(CLOCK_SKEW))) {
            return new TokenCheck.Invalid("exp and a believable iat are required");
        }
        if (claims.credential().isEmpty()) {
            return new TokenCheck.Invalid("subject");
        }
        var expiresAt = claims.expiresAt().get();
        return now.isBefore(expiresAt) ? new TokenCheck.Valid(claims.credential().get(), expiresAt)
                : new TokenCheck.Expired(expiresAt);
    }

    private static Optional<CredentialId> credentialOf(String subject) {
        try {
            var id = subject == null ? 0 : Long.parseLong(subject);
            return id > 0 ? Optional.of(CredentialId.of(id)) : Optional.empty();
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
