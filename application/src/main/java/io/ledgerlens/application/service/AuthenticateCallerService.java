package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.access.AuthenticateCallerUseCase;
import io.ledgerlens.application.port.in.access.AuthenticationOutcome;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.application.port.out.access.CredentialRepository;
import io.ledgerlens.application.port.out.access.SecretHashingPort;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.access.SecretHash;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.org.OrgId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks presented credentials against the stored ones. The credential is read
 * on every request (one indexed lookup), so a revoke is seen at once by every
 * instance; only the costly hash check may be remembered by the hashing port.
 *
 * <p>A name that is unknown or revoked costs the same hash check as a wrong
 * secret for a known one: it is checked against a decoy, a hash of a random
 * secret made once at start with the port's own parameters. How long a refusal
 * takes therefore does not tell who exists.
 */
public final class AuthenticateCallerService implements AuthenticateCallerUseCase {

    /** Hex digits in an MD5: 128 bits. */
    private static final int MD5_HEX_DIGITS = 32;

    private final CredentialRepository credentials;
    private final SecretHashingPort secrets;
    private final SecretHash decoy;
    private final AuditTrail audit;

    /**
     * A service over {@code credentials}; makes the decoy hash with {@code secrets} once, here.
     *
     * @param credentials the stored credentials of every org
     * @param secrets     checks presented secrets against stored hashes
     * @param audit       where refused sign-ins are recorded
     * @param clock       what the audit log's times are read from
     */
    public AuthenticateCallerService(CredentialRepository credentials, SecretHashingPort secrets, AuditLogPort audit,
                                     Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.decoy = secrets.hash(randomSecret());
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public AuthenticationOutcome tillUser(String username, String passwordMd5Hex, String clientAddress) {
        // Tills differ in the case of their hex digits; the hash is of the lower-case form the contract names.
        var secret = passwordMd5Hex == null ? "" : passwordMd5Hex.toLowerCase(Locale.ROOT);
        if (!isMd5Hex(secret)) {
            return failed(AuditActor.signingIn(Optional.empty(), Optional.empty(), clientAddress), Optional.empty(),
                    "a till user", "the password is not a hex MD5");
        }
        return presented(CredentialKind.TILL_USER, username, secret, clientAddress);
    }

    @Override
    public AuthenticationOutcome apiClient(String key, String secret, String clientAddress) {
        return secret == null || secret.isEmpty()
                ? failed(AuditActor.signingIn(Optional.empty(), Optional.empty(), clientAddress), Optional.empty(),
                        "an API client", "no secret")
                : presented(CredentialKind.API_CLIENT, key, secret, clientAddress);
    }

    @Override
    public AuthenticationOutcome tokenHolder(CredentialId credential, String clientAddress) {
        return guarded(() -> {
            var found = credentials.find(credential);
            var active = found.filter(Credential::isActive);
            if (active.isPresent()) {
                return new AuthenticationOutcome.Authenticated(active.get().caller());
            }
            return failed(AuditActor.signingIn(Optional.of(credential), found.map(c -> c.name().value()), clientAddress),
                    found.map(Credential::org), "a token of credential " + credential.value(),
                    found.isPresent() ? "the credential is revoked" : "no such credential");
        });
    }

    @Override
    public void tokenRefused(String clientAddress, String why) {
        failed(AuditActor.signingIn(Optional.empty(), Optional.empty(), clientAddress), Optional.empty(), "a token", why);
    }

    private AuthenticationOutcome presented(CredentialKind kind, String name, String secret, String clientAddress) {
        var parsed = CredentialName.parse(name);
        var what = kind == CredentialKind.TILL_USER ? "a till user" : "an API client";
        if (parsed.isLeft()) {
            return failed(AuditActor.signingIn(Optional.empty(), Optional.empty(), clientAddress), Optional.empty(), what,
                    "a name no credential can have");
        }
        return guarded(() -> {
            var named = credentials.named(kind, parsed.get());
            var active = named.filter(Credential::isActive);
            return secrets.matches(secret, active.map(Credential::secretHash).orElse(decoy)).<AuthenticationOutcome>fold(
                    () -> decide(active), () -> failed(
                            // A name is kept only when it is a credential's: a password typed into the name stays out.
                            AuditActor.signingIn(named.map(Credential::id), named.map(c -> c.name().value()), clientAddress),
                            named.map(Credential::org), what,
                            named.isEmpty() ? "no such credential" : active.isEmpty() ? "the credential is revoked"
                                    : "the secret does not match"),
                    AuthenticationOutcome.Busy::new);
        });
    }

    /** A refused sign-in, recorded in the audit log (when the store can take it). */
    private AuthenticationOutcome failed(AuditActor actor, Optional<OrgId> org, String target, String why) {
        audit.refused(actor, org, AuditAction.SIGN_IN_FAILED, target, why);
        return new AuthenticationOutcome.Refused();
    }

    /**
     * Whether {@code secret} (lower case already) is an MD5 in hex. Not a regular expression: it runs on every
     * request a till signs, where {@code java.util.regex} was 1% of an explode's JVM time (JFR, 2026-12-06).
     */
    private static boolean isMd5Hex(String secret) {
        return secret.length() == MD5_HEX_DIGITS && secret.chars().allMatch(HexFormat::isHexDigit);
    }

    /** Nobody knows it, so nothing matches the decoy made of it. */
    private static String randomSecret() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static AuthenticationOutcome decide(Optional<Credential> credential) {
        return credential.filter(Credential::isActive)
                .<AuthenticationOutcome>map(found -> new AuthenticationOutcome.Authenticated(found.caller()))
                .orElseGet(AuthenticationOutcome.Refused::new);
    }

    private static AuthenticationOutcome guarded(Supplier<AuthenticationOutcome> check) {
        try {
            return check.get();
        } catch (LedgerUnavailableException unavailable) {
            return new AuthenticationOutcome.Unavailable();
        }
    }
}
