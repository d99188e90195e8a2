package io.ledgerlens.application.service;

import io.ledgerlens.application.port.in.access.CredentialIssue;
import io.ledgerlens.application.port.in.access.CredentialRequest;
import io.ledgerlens.application.port.in.access.CredentialView;
import io.ledgerlens.application.port.in.access.ManageCredentialsUseCase;
import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.application.port.out.access.CredentialRepository;
import io.ledgerlens.application.port.out.access.SecretHashingPort;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.Caller;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.org.OrgId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Issues credentials with generated secrets (shown once, stored as hashes),
 * lists them and revokes them. A revoke also tells the hashing port to forget
 * what it verified for that credential.
 */
public final class ManageCredentialsService implements ManageCredentialsUseCase {

    /** 24 random bytes: 192 bits, far beyond guessing, and 32 URL-safe characters. */
    private static final int SECRET_BYTES = 24;
    private static final int GENERATED_KEY_BYTES = 15;

    private final CredentialRepository credentials;
    private final SecretHashingPort secrets;
    private final Clock clock;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    /**
     * A service over {@code credentials}.
     *
     * @param credentials the stored credentials of every org
     * @param secrets     hashes new secrets, and forgets what it verified of a revoked credential
     * @param audit       where every issue and revoke, done or refused, is recorded
     * @param clock       when a credential is issued or revoked, and the audit log's times
     */
    public ManageCredentialsService(CredentialRepository credentials, SecretHashingPort secrets, AuditLogPort audit,
                                    Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public CredentialIssue issue(OrgId org, CredentialRequest request) {
        return issue(AuditActor.operator(), org, request);
    }

    @Override
    public CredentialIssue issue(Caller admin, CredentialRequest request) {
        return issue(AuditActor.of(admin), admin.org(), request);
    }

    private CredentialIssue issue(AuditActor by, OrgId org, CredentialRequest request) {
        var name = request.name().orElseGet(() -> new CredentialName("key-" + randomText(GENERATED_KEY_BYTES)));
        var secret = randomText(SECRET_BYTES);
        // A till presents the hex MD5 of its password, so that hex string is the secret to hash.
        var presented = request.kind() == CredentialKind.TILL_USER ? md5Hex(secret) : secret;
        var credential = Credential.issued(credentials.nextId(), org, request.kind(), name, secrets.hash(presented),
                request.rights(), clock.instant());
        var target = (request.kind() == CredentialKind.TILL_USER ? "till user " : "API client ") + name.value() + " "
                + request.rights().stream().map(AccessRight::wireName).sorted().toList();
        if (!credentials.add(credential)) {
            audit.refused(by, Optional.of(org), AuditAction.CREDENTIAL_ISSUED, target, "the name is taken");
            return new CredentialIssue.NameTaken(name.value());
        }
        audit.done(by, Optional.of(org), AuditAction.CREDENTIAL_ISSUED, "credential " + credential.id().value() + ", " + target);
        return new CredentialIssue.Issued(CredentialView.of(credential), secret);
    }

    @Override
    public List<CredentialView> list(OrgId org) {
        return credentials.ofOrg(org).stream().map(CredentialView::of).toList();
    }

    @Override
    public boolean revoke(OrgId org, CredentialId id) {
        return revoke(AuditActor.operator(), org, id);
    }

    @Override
    public boolean revoke(Caller admin, CredentialId id) {
        return revoke(AuditActor.of(admin), admin.org(), id);
    }

    private boolean revoke(AuditActor by, OrgId org, CredentialId id) {
        var revoked = credentials.revoke(org, id, clock.instant());
        var target = "credential " + id.value();
        if (revoked.isEmpty()) {
            // Another org's credential is answered like one that does not exist, and noted: it is how a takeover is tried.
            audit.refused(by, Optional.of(org), AuditAction.CREDENTIAL_REVOKED, target, "org " + org + " has no such credential");
            return false;
        }
        secrets.forget(revoked.get().secretHash());
        audit.done(by, Optional.of(org), AuditAction.CREDENTIAL_REVOKED, target);
        return true;
    }

    /**
     * The lower-case hex MD5 a till sends for {@code password}, as the contract's Basic scheme says.
     *
     * @param password a till user's password in clear
     * @return the 32 lower-case hex digits of its MD5, of its UTF-8 bytes
     */
    public static String md5Hex(String password) {
        try {
            var digest = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java runtime has MD5", absent);
        }
    }

    private String randomText(int bytes) {
        var buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
