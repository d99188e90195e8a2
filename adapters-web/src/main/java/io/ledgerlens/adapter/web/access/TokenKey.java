package io.ledgerlens.adapter.web.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;

/**
 * A key that signs access tokens: an ES256 (P-256) JSON Web Key with its
 * private part, and when it was made. Newer keys sign; older ones only verify
 * tokens they signed until those expire.
 */
public record TokenKey(ECKey jwk, Instant createdAt) {

    public TokenKey {
        Objects.requireNonNull(jwk, "jwk");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!jwk.isPrivate() || jwk.getKeyID() == null) {
            throw new IllegalArgumentException("a token key needs its private part and a key id");
        }
    }

    /** A new P-256 key made at {@code now}. */
    public static TokenKey generate(Instant now) {
        try {
            var jwk = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyID(UUID.randomUUID().toString()).issueTime(Date.from(now)).generate();
            return new TokenKey(jwk, now);
        } catch (JOSEException failure) {
            throw new IllegalStateException("the Java runtime cannot make a P-256 key", failure);
        }
    }

    /** A key from its JWK JSON; refused unless it is a private P-256 key with an id. */
    public static TokenKey parse(String json, Instant createdAt) {
        try {
            var jwk = ECKey.parse(json);
            if (!Curve.P_256.equals(jwk.getCurve())) {
                throw new IllegalArgumentException("token keys are P-256 (ES256) keys");
            }
            return new TokenKey(jwk, createdAt);
        } catch (ParseException malformed) {
            throw new IllegalArgumentException("not a JSON Web Key: " + malformed.getMessage(), malformed);
        }
    }

    public String keyId() {
        return jwk.getKeyID();
    }

    /** The JWK JSON with its private part: for the key store only. */
    public String privateJson() {
        return jwk.toJSONString();
    }

    @Override
    public String toString() {
        return "TokenKey[" + keyId() + ", " + createdAt + "]";
    }
}
