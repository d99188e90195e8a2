package io.ledgerlens.bootstrap.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.ledgerlens.adapter.web.access.TokenKey;
import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.org.OrgId;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Signed heads of an org's ledger chain: the org, the last link's position,
 * event and hash, and when, as an ES256 JWS signed with the service's token
 * signing key (kept sealed in the database). An auditor keeps one; later it
 * shows whether the chain still holds that link, or was rewritten since —
 * which recomputing every hash after a change cannot hide.
 */
public final class LedgerCheckpoints {

    /** The JWS type of a checkpoint, so that an access token is never taken for one, nor one for a token. */
    static final JOSEObjectType TYPE = new JOSEObjectType("ledgerlens-checkpoint");

    private final Supplier<List<TokenKey>> keys;

    /**
     * Signs and reads checkpoints with the service's token signing keys.
     *
     * @param keys the keys, newest first, asked again on every call so that a rotation is seen: the newest signs,
     *             any of them verifies
     */
    public LedgerCheckpoints(Supplier<List<TokenKey>> keys) {
        this.keys = keys;
    }

    /**
     * What a checkpoint says.
     *
     * @param org the org whose chain it is
     * @param position the last link's position in that chain
     * @param event the event of the last link
     * @param hash the last link's hash, which covers every link before it
     * @param at when the checkpoint was signed
     */
    public record Checkpoint(OrgId org, long position, EventLogId event, String hash, Instant at) {
    }

    /**
     * {@code head} signed with the newest key, at {@code at}.
     *
     * @param head the last link of an org's chain
     * @param at the time the checkpoint says it was signed
     * @return the compact JWS, to hand to the auditor who keeps it
     */
    public String sign(ChainLink head, Instant at) {
        var key = keys.get().get(0);
        var claims = new JWTClaimsSet.Builder().issuer("ledgerlens").claim("org", head.org().value())
                .claim("position", head.position()).claim("event", head.event().value()).claim("hash", head.hash())
                .issueTime(Date.from(at)).build();
        var jws = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.keyId()).type(TYPE).build(), claims);
        try {
            jws.sign(new ECDSASigner(key.jwk()));
        } catch (JOSEException failure) {
            throw new IllegalStateException("cannot sign with key " + key.keyId(), failure);
        }
        return jws.serialize();
    }

    /**
     * What {@code text} says, if it is a checkpoint signed by one of our keys; empty for anything else.
     *
     * @param text a compact JWS, surrounding whitespace allowed
     * @return the checkpoint's claims; empty for an access token, a foreign key, a bad signature or no JWS at all
     */
    public Optional<Checkpoint> read(String text) {
        try {
            var jws = SignedJWT.parse(text.strip());
            var header = jws.getHeader();
            if (!JWSAlgorithm.ES256.equals(header.getAlgorithm()) || !TYPE.equals(header.getType())) {
                return Optional.empty();
            }
            var key = keys.get().stream().filter(candidate -> candidate.keyId().equals(header.getKeyID())).findFirst();
            if (key.isEmpty() || !jws.verify(new ECDSAVerifier(key.get().jwk().toECPublicKey()))) {
                return Optional.empty();
            }
            var claims = jws.getJWTClaimsSet();
            return Optional.of(new Checkpoint(OrgId.of(claims.getLongClaim("org")), claims.getLongClaim("position"),
                    EventLogId.of(claims.getLongClaim("event")), claims.getStringClaim("hash"), claims.getIssueTime().toInstant()));
        } catch (ParseException | JOSEException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
