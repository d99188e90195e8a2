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
 *
 * @param jwk the key, private part and key id included
 * @param createdAt when it was made, which decides whether it still signs
 */
public record TokenKey(ECKey jwk, Instant createdAt) {

    /**
     * Refuses a key without its private part or its id: it could not sign, nor be named in a token's header.
     *
     * @param jwk the key, private part and key id included
     * @param createdAt when it was made
     */
    public TokenKey {
        Objects.requireNonNull(jwk, "jwk");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!jwk.isPrivate() || jwk.getKeyID() == null) {
            throw new IllegalArgumentException("a token key needs its private part and a key id");
        }
    }

    /**
     * A new P-256 key made at {@code now}.
     *
     * @param now the time the key is made, from the service's clock
     * @return the key, with a random id
     * @throws IllegalStateException if the Java runtime cannot make P-256 keys
     */
    public static TokenKey generate(Instant now) {
        try {
            var jwk = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyID(UUID.randomUUID().toString()).issueTime(Date.from(now)).generate();
            return new TokenKey(jwk, now);
        } catch (JOSEException failure) {
            throw new IllegalStateException("the Java runtime cannot make a P-256 key", failure);
        }
    }

    /**
     * A key from its JWK JSON; refused unless it is a private P-256 key with an id.
     *
     * @param json the key as the key store keeps it
     * @param createdAt when it was made, as stored beside it
     * @return the key, able to sign and verify
     * @throws IllegalArgumentException if the JSON is not a private P-256 key with an id
     */
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

    /**
     * The id a token names its signing key by ({@code kid}).
     *
     * @return the key's id
     */
    public String keyId() {
        return jwk.getKeyID();
    }

    /**
     * The JWK JSON with its private part: for the key store only.
     *
     * @return the key as JSON, private part included; never to be logged or answered
     */
    public String privateJson() {
        return jwk.toJSONString();
    }

    @Override
    public String toString() {
        return "TokenKey[" + keyId() + ", " + createdAt + "]";
    }
}
