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
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
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
 * of a small request; a client sends the same token for five minutes. So a
 * token that passed is remembered (bounded, never past its {@code exp}) and
 * only its expiry is checked again. Key rotation changes nothing there: an
 * older key verifies until all tokens it signed have expired.
 */
public final class JwtTokens {

    /** How long a token lives: what the contract's token endpoint answers as {@code ttlSeconds}. */
    public static final Duration LIFETIME = Duration.ofSeconds(300);
    /** Tokens dated this far ahead of our clock were not made by an instance of ours. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** Far beyond any token we sign; longer input is not worth parsing. */
    private static final int MAX_TOKEN_LENGTH = 4096;

    private final TokenKeys keys;
    private final Clock clock;
    private final Cache<String, Verified> verified = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(LIFETIME.plus(CLOCK_SKEW)).build();

    /** A token that passed every check: whose it is, and until when. */
    private record Verified(CredentialId credential, Instant expiresAt) {
    }
    private final String issuer;
    private final String audience;

    public JwtTokens(Supplier<List<TokenKey>> keys, Clock clock, String issuer, String audience) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keys = new TokenKeys(keys, clock, LIFETIME);
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
    }

    /** A token for {@code caller}'s credential, valid for {@link #LIFETIME}. */
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

    public TokenCheck check(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return new TokenCheck.Invalid("absent or oversized");
        }
        var known = verified.getIfPresent(token);
        if (known != null) {
            return clock.instant().isBefore(known.expiresAt())
                    ? new TokenCheck.Valid(known.credential(), known.expiresAt()) : new TokenCheck.Expired(known.expiresAt());
        }
        var check = verify(token);
        if (check instanceof TokenCheck.Valid valid) {
            verified.put(token, new Verified(valid.credential(), valid.expiresAt()));
        }
        return check;
    }

    private TokenCheck verify(String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException malformed) {
            return new TokenCheck.Invalid("malformed");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            return new TokenCheck.Invalid("algorithm " + jwt.getHeader().getAlgorithm() + " is not ES256");
        }
        var key = keys.verifying(jwt.getHeader().getKeyID());
        if (key.isEmpty()) {
            return new TokenCheck.Invalid("not signed by a key of ours");
        }
        if (!verified(jwt, key.get())) {
            return new TokenCheck.Invalid("bad signature");
        }
        return checkClaims(claims);
    }

    private static boolean verified(SignedJWT jwt, TokenKey key) {
        try {
            return jwt.verify(new ECDSAVerifier(key.jwk().toECPublicKey()));
        } catch (JOSEException | RuntimeException unverifiable) {
            return false;
        }
    }

    private TokenCheck checkClaims(JWTClaimsSet claims) {
        if (!issuer.equals(claims.getIssuer())) {
            return new TokenCheck.Invalid("issuer");
        }
        if (claims.getAudience() == null || !claims.getAudience().equals(List.of(audience))) {
            return new TokenCheck.Invalid("audience");
        }
        var expiry = claims.getExpirationTime();
        var issued = claims.getIssueTime();
        var now = clock.instant();
        if (expiry == null || issued == null || issued.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            return new TokenCheck.Invalid("exp and a believable iat are required");
        }
        var credential = credentialOf(claims.getSubject());
        if (credential == null) {
            return new TokenCheck.Invalid("subject");
        }
        Instant expiredAt = expiry.toInstant();
        return now.isBefore(expiredAt) ? new TokenCheck.Valid(credential, expiredAt) : new TokenCheck.Expired(expiredAt);
    }

    private static CredentialId credentialOf(String subject) {
        try {
            var id = subject == null ? 0 : Long.parseLong(subject);
            return id > 0 ? CredentialId.of(id) : null;
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
