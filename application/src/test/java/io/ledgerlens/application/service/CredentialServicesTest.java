package io.ledgerlens.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerlens.application.fake.InMemoryCredentials;
import io.ledgerlens.application.fake.SaltedSha256Secrets;
import io.ledgerlens.application.port.in.access.AuthenticationOutcome;
import io.ledgerlens.application.port.in.access.CredentialIssue;
import io.ledgerlens.application.port.in.access.CredentialRequest;
import io.ledgerlens.application.fake.InMemoryAuditLog;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.audit.AuditOutcome;
import io.ledgerlens.domain.audit.AuditRecord;
import io.ledgerlens.domain.access.Caller;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.access.SecretHash;
import io.ledgerlens.domain.org.OrgId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issuing, using and revoking credentials, over the in-memory store. */
class CredentialServicesTest {

    private static final OrgId ORG = OrgId.of(100);
    private static final OrgId OTHER_ORG = OrgId.of(300);
    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");

    private final InMemoryCredentials store = new InMemoryCredentials();
    private final SaltedSha256Secrets secrets = new SaltedSha256Secrets();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ManageCredentialsService manage = new ManageCredentialsService(store, secrets, audit,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final AuthenticateCallerService authenticate = new AuthenticateCallerService(store, secrets, audit,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private static final String FROM = "203.0.113.9";

    private CredentialIssue.Issued issueTillUser(OrgId org, String name, AccessRight... rights) {
        return (CredentialIssue.Issued) manage.issue(org, new CredentialRequest(CredentialKind.TILL_USER,
                Optional.of(new CredentialName(name)), Set.of(rights)));
    }

    private CredentialIssue.Issued issueApiClient(OrgId org, AccessRight... rights) {
        return (CredentialIssue.Issued) manage.issue(org, new CredentialRequest(CredentialKind.API_CLIENT,
                Optional.empty(), Set.of(rights)));
    }

    private static Caller callerOf(AuthenticationOutcome outcome) {
        assertThat(outcome).isInstanceOf(AuthenticationOutcome.Authenticated.class);
        return ((AuthenticationOutcome.Authenticated) outcome).caller();
    }

    @Test
    void a_till_user_signs_in_with_the_hex_md5_of_the_password_it_was_given() {
        var issued = issueTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        var caller = callerOf(authenticate.tillUser("till.mumbai", ManageCredentialsService.md5Hex(issued.secret()), FROM));
        assertThat(caller).isEqualTo(new Caller(ORG, CredentialId.of(issued.credential().id()), Set.of(AccessRight.POINTS_READ)));
    }

    @Test
    void a_till_may_send_its_md5_in_upper_case() {
        var issued = issueTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        var upper = ManageCredentialsService.md5Hex(issued.secret()).toUpperCase(Locale.ROOT);
        assertThat(authenticate.tillUser("till.mumbai", upper, FROM)).isInstanceOf(AuthenticationOutcome.Authenticated.class);
    }

    @Test
    void a_till_user_sending_the_plain_password_instead_of_its_md5_is_refused() {
        var issued = issueTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        assertThat(authenticate.tillUser("till.mumbai", issued.secret(), FROM)).isInstanceOf(AuthenticationOutcome.Refused.class);
    }

    @Test
    void a_password_that_is_not_thirty_two_hex_digits_is_refused_as_not_an_md5() {
        var issued = issueTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        var md5 = ManageCredentialsService.md5Hex(issued.secret());
        var before = audit.all().size();
        for (var notAnMd5 : List.of(md5.substring(1), md5 + "0", md5.substring(1) + "g", md5.substring(1) + " ",
                md5.substring(1) + "\u0661", "")) {
            assertThat(authenticate.tillUser("till.mumbai", notAnMd5, FROM)).as(notAnMd5)
                    .isInstanceOf(AuthenticationOutcome.Refused.class);
        }
        assertThat(authenticate.tillUser("till.mumbai", null, FROM)).isInstanceOf(AuthenticationOutcome.Refused.class);
        assertThat(audit.all().subList(before, audit.all().size())).extracting(AuditRecord::detail)
                .containsOnly("the password is not a hex MD5").hasSize(7);
    }

    @Test
    void a_wrong_password_an_unknown_user_and_a_malformed_name_get_the_same_refusal() {
        issueTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        var wrong = ManageCredentialsService.md5Hex("not the password");
        assertThat(authenticate.tillUser("till.mumbai", wrong, FROM)).isInstanceOf(AuthenticationOutcome.Refused.class);
        assertThat(authenticate.tillUser("till.nobody", wrong, FROM)).isInstanceOf(AuthenticationOutcome.Refused.class);
        assertThat(authenticate.tillUser("x\u0000", wrong, FROM)).isInstanceOf(AuthenticationOutcome.Refused.class);
        assertThat(authenticate.tillUser(null, null, FROM)).isInstanceOf(AuthenticationOutcome.Refused.class);
    }

    @Test
    void an_unknown_name_and_a_revoked_credential_cost_the_same_hash_check_as_a_wrong_password() {
        var known = issueTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        var revoked = issueTillUser(ORG, "till.gone", AccessRight.POINTS_READ);
        manage.revoke(ORG, CredentialId.of(revoked.credential().id()));
        var wrong = ManageCredentialsService.md5Hex("not the password");
        var checkedBefore = secrets.checked().size();

        assertThat(authenticate.tillUser("till.mumbai", wrong, FROM)).isInstanceOf(AuthenticationOutcome.Refused.class);
        assertThat(authenticate.tillUser("till.nobody", wrong, FROM)).isInstanceOf(AuthenticationOutcome.Refused.class);
        assertThat(authenticate.tillUser("till.gone", ManageCredentialsService.md5Hex(revoked.secret()), FROM))
                .isInstanceOf(AuthenticationOutcome.Refused.class);
        assertThat(authenticate.apiClient("key-nobody", "a secret", FROM)).isInstanceOf(AuthenticationOutcome.Refused.class);

        var checks = secrets.checked().subList(checkedBefore, secrets.checked().size());
        assertThat(checks).as("one hash check per sign-in, whoever the name belongs to").hasSize(4);
        assertThat(checks.get(0)).isEqualTo(storedHashOf(known));
        var decoy = checks.get(1);
        assertThat(checks.subList(1, 4)).as("the unknown and the revoked are checked against one decoy")
                .containsOnly(decoy).doesNotContain(storedHashOf(known), storedHashOf(revoked));
    }

    @Test
    void a_credential_that_cannot_be_checked_now_is_told_when_to_come_back_whether_its_name_exists_or_not() {
        var issued = issueTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        var md5 = ManageCredentialsService.md5Hex(issued.secret());
        secrets.beBusy(Duration.ofSeconds(1));
        assertThat(authenticate.tillUser("till.mumbai", md5, FROM)).isEqualTo(new AuthenticationOutcome.Busy(Duration.ofSeconds(1)));
        assertThat(authenticate.tillUser("till.nobody", md5, FROM)).isEqualTo(new AuthenticationOutcome.Busy(Duration.ofSeconds(1)));
        secrets.beBusy(Duration.ZERO);
        assertThat(authenticate.tillUser("till.mumbai", md5, FROM)).isInstanceOf(AuthenticationOutcome.Authenticated.class);
    }

    private SecretHash storedHashOf(CredentialIssue.Issued issued) {
        return store.find(CredentialId.of(issued.credential().id())).orElseThrow().secretHash();
    }

    @Test
    void an_api_client_gets_a_generated_key_and_signs_in_with_key_and_secret() {
        var issued = issueApiClient(ORG, AccessRight.POINTS_READ, AccessRight.LEDGER_WRITE);
        assertThat(issued.credential().name()).startsWith("key-");
        var caller = callerOf(authenticate.apiClient(issued.credential().name(), issued.secret(), FROM));
        assertThat(caller.rights()).containsExactlyInAnyOrder(AccessRight.POINTS_READ, AccessRight.LEDGER_WRITE);
        assertThat(authenticate.apiClient(issued.credential().name(), issued.secret() + "x", FROM))
                .isInstanceOf(AuthenticationOutcome.Refused.class);
        assertThat(authenticate.apiClient(issued.credential().name(), "", FROM))
                .isInstanceOf(AuthenticationOutcome.Refused.class);
    }

    @Test
    void a_till_users_password_does_not_open_an_api_client_of_the_same_name() {
        var issued = issueTillUser(ORG, "shared.name", AccessRight.POINTS_READ);
        assertThat(authenticate.apiClient("shared.name", ManageCredentialsService.md5Hex(issued.secret()), FROM))
                .isInstanceOf(AuthenticationOutcome.Refused.class);
    }

    @Test
    void only_the_hash_of_the_secret_is_kept() {
        var issued = issueTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        var stored = store.find(CredentialId.of(issued.credential().id())).orElseThrow().secretHash().encoded();
        assertThat(stored).doesNotContain(issued.secret()).doesNotContain(ManageCredentialsService.md5Hex(issued.secret()));
    }

    @Test
    void a_name_taken_by_another_org_is_refused() {
        issueTillUser(OTHER_ORG, "till.mumbai", AccessRight.POINTS_READ);
        var second = manage.issue(ORG, new CredentialRequest(CredentialKind.TILL_USER,
                Optional.of(new CredentialName("till.mumbai")), Set.of(AccessRight.POINTS_READ)));
        assertThat(second).isEqualTo(new CredentialIssue.NameTaken("till.mumbai"));
    }

    @Test
    void a_revoked_credential_no_longer_signs_in_and_its_remembered_checks_are_dropped() {
        var issued = issueTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        var id = CredentialId.of(issued.credential().id());
        var md5 = ManageCredentialsService.md5Hex(issued.secret());
        assertThat(authenticate.tillUser("till.mumbai", md5, FROM)).isInstanceOf(AuthenticationOutcome.Authenticated.class);

        assertThat(manage.revoke(ORG, id)).isTrue();

        assertThat(authenticate.tillUser("till.mumbai", md5, FROM)).isInstanceOf(AuthenticationOutcome.Refused.class);
        assertThat(authenticate.tokenHolder(id, FROM)).isInstanceOf(AuthenticationOutcome.Refused.class);
        assertThat(secrets.wasToldToForget(store.find(id).orElseThrow().secretHash())).isTrue();
        assertThat(manage.list(ORG)).singleElement().extracting(view -> view.revokedAt().orElseThrow()).isEqualTo(NOW);
    }

    @Test
    void an_org_admin_cannot_revoke_another_orgs_credential() {
        var strangers = issueTillUser(OTHER_ORG, "till.stranger", AccessRight.POINTS_READ);
        assertThat(manage.revoke(ORG, CredentialId.of(strangers.credential().id()))).isFalse();
        assertThat(authenticate.tokenHolder(CredentialId.of(strangers.credential().id()), FROM))
                .isInstanceOf(AuthenticationOutcome.Authenticated.class);
    }

    @Test
    void issues_and_revokes_by_the_operator_and_by_an_admin_are_written_to_the_audit_log_without_a_secret() {
        var issued = issueTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        var admin = new Caller(ORG, CredentialId.of(issued.credential().id()), Set.of(AccessRight.ORG_ADMIN));
        var client = (CredentialIssue.Issued) manage.issue(admin, new CredentialRequest(CredentialKind.API_CLIENT,
                Optional.empty(), Set.of(AccessRight.POINTS_READ, AccessRight.LEDGER_WRITE)));
        var strangers = issueTillUser(OTHER_ORG, "till.stranger", AccessRight.POINTS_READ);
        assertThat(manage.revoke(admin, CredentialId.of(strangers.credential().id()))).isFalse();
        assertThat(manage.revoke(admin, CredentialId.of(client.credential().id()))).isTrue();

        assertThat(audit.all()).extracting(record -> record.actor().kind(), AuditRecord::org, AuditRecord::action,
                AuditRecord::outcome).containsExactly(
                tuple(AuditActor.Kind.OPERATOR, Optional.of(ORG), AuditAction.CREDENTIAL_ISSUED, AuditOutcome.DONE),
                tuple(AuditActor.Kind.CREDENTIAL, Optional.of(ORG), AuditAction.CREDENTIAL_ISSUED, AuditOutcome.DONE),
                tuple(AuditActor.Kind.OPERATOR, Optional.of(OTHER_ORG), AuditAction.CREDENTIAL_ISSUED, AuditOutcome.DONE),
                tuple(AuditActor.Kind.CREDENTIAL, Optional.of(ORG), AuditAction.CREDENTIAL_REVOKED, AuditOutcome.REFUSED),
                tuple(AuditActor.Kind.CREDENTIAL, Optional.of(ORG), AuditAction.CREDENTIAL_REVOKED, AuditOutcome.DONE));
        assertThat(audit.all().get(1).target()).isEqualTo("credential " + client.credential().id() + ", API client "
                + client.credential().name() + " [ledger.write, points.read]");
        for (var secret : List.of(issued.secret(), client.secret(), strangers.secret(), ManageCredentialsService.md5Hex(issued.secret()))) {
            assertThat(audit.all()).allSatisfy(record -> assertThat(record.toString()).doesNotContain(secret));
        }
    }

    @Test
    void every_failed_sign_in_is_audited_with_its_address_and_the_credential_it_named_if_there_is_one() {
        var issued = issueTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        var revoked = issueTillUser(ORG, "till.gone", AccessRight.POINTS_READ);
        manage.revoke(ORG, CredentialId.of(revoked.credential().id()));
        var before = audit.all().size();
        var typedIntoTheName = "correct-horse-battery";
        authenticate.tillUser("till.mumbai", "0".repeat(32), FROM);
        authenticate.tillUser(typedIntoTheName, "0".repeat(32), FROM);
        authenticate.tillUser("till.gone", ManageCredentialsService.md5Hex(revoked.secret()), FROM);
        authenticate.tillUser("till.mumbai", "not-an-md5", FROM);
        authenticate.tokenHolder(CredentialId.of(revoked.credential().id()), FROM);
        authenticate.tokenRefused(FROM, "a token not signed by a key of ours");
        authenticate.tillUser("till.mumbai", ManageCredentialsService.md5Hex(issued.secret()), FROM);

        var failures = audit.all().subList(before, audit.all().size());
        assertThat(failures).extracting(AuditRecord::action, AuditRecord::outcome)
                .containsOnly(tuple(AuditAction.SIGN_IN_FAILED, AuditOutcome.REFUSED));
        assertThat(failures).extracting(record -> record.actor().name().orElse("-"), AuditRecord::org, AuditRecord::detail)
                .containsExactly(
                        tuple("till.mumbai", Optional.of(ORG), "the secret does not match"),
                        tuple("-", Optional.empty(), "no such credential"),
                        tuple("till.gone", Optional.of(ORG), "the credential is revoked"),
                        tuple("-", Optional.empty(), "the password is not a hex MD5"),
                        tuple("till.gone", Optional.of(ORG), "the credential is revoked"),
                        tuple("-", Optional.empty(), "a token not signed by a key of ours"));
        assertThat(failures).allSatisfy(record -> assertThat(record.actor().clientAddress()).contains(FROM));
        assertThat(failures).allSatisfy(record -> assertThat(record.toString()).doesNotContain(typedIntoTheName)
                .doesNotContain(revoked.secret()));
    }

    @Test
    void a_token_holder_is_the_caller_of_its_credential_while_it_is_active() {
        var issued = issueApiClient(ORG, AccessRight.ORG_ADMIN);
        var caller = callerOf(authenticate.tokenHolder(CredentialId.of(issued.credential().id()), FROM));
        assertThat(caller.org()).isEqualTo(ORG);
        assertThat(caller.may(AccessRight.ORG_ADMIN)).isTrue();
        assertThat(caller.may(AccessRight.POINTS_READ)).isFalse();
        assertThat(authenticate.tokenHolder(CredentialId.of(99_999), FROM)).isInstanceOf(AuthenticationOutcome.Refused.class);
    }

    @Test
    void an_org_lists_its_own_credentials_without_their_secrets() {
        var till = issueTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        issueTillUser(OTHER_ORG, "till.stranger", AccessRight.POINTS_READ);
        assertThat(manage.list(ORG)).singleElement().satisfies(view -> {
            assertThat(view.name()).isEqualTo("till.mumbai");
            assertThat(view.toString()).doesNotContain(till.secret());
        });
    }
}
