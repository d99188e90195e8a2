package io.ledgerlens.adapter.web;

import io.ledgerlens.adapter.web.access.AccessLimits;
import io.ledgerlens.adapter.web.access.ClientAddresses;
import io.ledgerlens.adapter.web.access.JwtTokens;
import io.ledgerlens.adapter.web.access.RateLimits;
import io.ledgerlens.adapter.web.access.TokenKey;
import io.ledgerlens.adapter.web.access.WebAccess;
import io.ledgerlens.application.fake.InMemoryCredentials;
import io.ledgerlens.application.fake.SaltedSha256Secrets;
import io.ledgerlens.application.port.in.access.CredentialIssue;
import io.ledgerlens.application.port.in.access.CredentialRequest;
import io.ledgerlens.application.fake.InMemoryAuditLog;
import io.ledgerlens.application.service.AuthenticateCallerService;
import io.ledgerlens.application.service.ManageCredentialsService;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.org.OrgId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service's access wired as in production, over in-memory credentials and
 * a fast stand-in hash: issue till users and API clients for any org and get
 * the header each one sends.
 */
public final class AccessFixture {

    public static final String ISSUER = "ledgerlens-test";
    public static final String AUDIENCE = "ledgerlens-api";
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final InMemoryCredentials store = new InMemoryCredentials();
    private final SaltedSha256Secrets secrets = new SaltedSha256Secrets();
    private final Clock clock;
    private final List<TokenKey> keys = new CopyOnWriteArrayList<>();
    private final ManageCredentialsService manage;
    private final AuthenticateCallerService authenticate;
    private final JwtTokens tokens;
    private final AccessLimits limits;
    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    public AccessFixture(Clock clock, AccessLimits limits) {
        this.clock = clock;
        this.limits = limits;
        keys.add(TokenKey.generate(clock.instant()));
        manage = new ManageCredentialsService(store, secrets, audit, clock);
        authenticate = new AuthenticateCallerService(store, secrets, audit, clock);
        tokens = new JwtTokens(() -> keys, clock, ISSUER, AUDIENCE);
    }

    /** {@code limits} per credential and {@code failedSignInLimits} per name and address; the rest out of reach. */
    public AccessFixture(Clock clock, RateLimits limits, RateLimits failedSignInLimits) {
        this(clock, new AccessLimits(limits, failedSignInLimits, unreachable(), ClientAddresses.direct()));
    }

    /** Limits no functional test reaches. */
    public AccessFixture(Clock clock, RateLimits limits) {
        this(clock, limits, unreachable());
    }

    /** Real time, and limits no functional test reaches. */
    public AccessFixture() {
        this(Clock.systemUTC(), unreachable());
    }

    /** A limit no functional test reaches. */
    public static RateLimits unreachable() {
        return new RateLimits(1_000_000, Duration.ofSeconds(1));
    }

    public WebAccess webAccess() {
        return new WebAccess(authenticate, manage, tokens, limits);
    }

    /** The stand-in hash behind these credentials: it shows the checks made, and can be made busy. */
    public SaltedSha256Secrets secrets() {
        return secrets;
    }

    public JwtTokens tokens() {
        return tokens;
    }

    /** The keys tokens are signed with, newest first; add one at the front to rotate. */
    public List<TokenKey> keys() {
        return keys;
    }

    /** What the credential admin wrote to the audit log. */
    public InMemoryAuditLog audit() {
        return audit;
    }

    public ManageCredentialsService credentials() {
        return manage;
    }

    /** The {@code Authorization} header of a new till user of {@code org} holding {@code rights}. */
    public String basicFor(OrgId org, AccessRight... rights) {
        var issued = issue(org, CredentialKind.TILL_USER, Optional.of("till." + org + "." + NAMES.incrementAndGet()), rights);
        return basic(issued.credential().name(), ManageCredentialsService.md5Hex(issued.secret()));
    }

    /** A new API client of {@code org}: its key and secret. */
    public List<String> apiClientFor(OrgId org, AccessRight... rights) {
        var issued = issue(org, CredentialKind.API_CLIENT, Optional.empty(), rights);
        return List.of(issued.credential().name(), issued.secret());
    }

    public static String basic(String username, String md5Hex) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + md5Hex).getBytes(StandardCharsets.UTF_8));
    }

    private CredentialIssue.Issued issue(OrgId org, CredentialKind kind, Optional<String> name, AccessRight... rights) {
        return (CredentialIssue.Issued) manage.issue(org, new CredentialRequest(kind, name.map(CredentialName::new),
                Set.of(rights)));
    }
}
