package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.AuthenticateCallerUseCase;
import io.ledgerlens.application.port.in.AuthenticationOutcome;
import io.ledgerlens.application.port.out.CredentialRepository;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import io.ledgerlens.application.port.out.SecretHashingPort;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.access.SecretHash;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

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

    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-f]{32}");

    private final CredentialRepository credentials;
    private final SecretHashingPort secrets;
    private final SecretHash decoy;

    public AuthenticateCallerService(CredentialRepository credentials, SecretHashingPort secrets) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.decoy = secrets.hash(randomSecret());
    }

    @Override
    public AuthenticationOutcome tillUser(String username, String passwordMd5Hex) {
        // Tills differ in the case of their hex digits; the hash is of the lower-case form the contract names.
        var secret = passwordMd5Hex == null ? "" : passwordMd5Hex.toLowerCase(Locale.ROOT);
        if (!MD5_HEX.matcher(secret).matches()) {
            return new AuthenticationOutcome.Refused();
        }
        return presented(CredentialKind.TILL_USER, username, secret);
    }

    @Override
    public AuthenticationOutcome apiClient(String key, String secret) {
        return secret == null || secret.isEmpty() ? new AuthenticationOutcome.Refused()
                : presented(CredentialKind.API_CLIENT, key, secret);
    }

    @Override
    public AuthenticationOutcome tokenHolder(CredentialId credential) {
        return guarded(() -> decide(credentials.find(credential)));
    }

    private AuthenticationOutcome presented(CredentialKind kind, String name, String secret) {
        var parsed = CredentialName.parse(name);
        if (parsed.isLeft()) {
            return new AuthenticationOutcome.Refused();
        }
        return guarded(() -> {
            var active = credentials.named(kind, parsed.get()).filter(Credential::isActive);
            return secrets.matches(secret, active.map(Credential::secretHash).orElse(decoy)).<AuthenticationOutcome>fold(
                    () -> decide(active), AuthenticationOutcome.Refused::new, AuthenticationOutcome.Busy::new);
        });
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
