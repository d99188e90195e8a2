package io.ledgerlens.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.out.access.AuditLogPort;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditActor;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditOutcome;
import io.ledgerlens.domain.audit.AuditRecord;
import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of {@code AuditLogPort} must do: keep each record whole, and read them back newest first. */
public abstract class AuditLogPortContract {

    private static final Instant T0 = Instant.parse("2026-12-04T10:15:30.123456Z");
    private static final OrgId RETAILER = OrgId.of(50672);
    private static final OrgId STRANGER = OrgId.of(910001);

    protected AuditLogPort log;

    /** A fresh, empty audit log: for the jOOQ adapter, the service's role writes and the owner's reads. */
    protected abstract AuditLogPort freshLog();

    @BeforeEach
    void openAnEmptyLog() {
        log = freshLog();
    }

    private static AuditRecord aFailedSignIn(int second) {
        return new AuditRecord(T0.plusSeconds(second), AuditActor.signingIn(Optional.of(CredentialId.of(7)),
                Optional.of("till.mumbai"), "203.0.113.9"), Optional.of(RETAILER), AuditAction.SIGN_IN_FAILED,
                "till user till.mumbai", AuditOutcome.REFUSED, "the secret does not match");
    }

    @Test
    void a_record_reads_back_whole_to_the_microsecond() {
        var signIn = aFailedSignIn(0);
        var byOperator = new AuditRecord(T0.plusSeconds(1), AuditActor.operator(), Optional.of(STRANGER),
                AuditAction.ORG_CREATED, "org 910001 as a root", AuditOutcome.DONE, "");
        var unknownName = new AuditRecord(T0.plusSeconds(2), AuditActor.signingIn(Optional.empty(), Optional.empty(), "2001:db8::1"),
                Optional.empty(), AuditAction.SIGN_IN_FAILED, "a till user", AuditOutcome.REFUSED, "no such credential");
        log.record(signIn);
        log.record(byOperator);
        log.record(unknownName);
        assertThat(log.newestFirst(AuditFilter.newest(10))).containsExactly(unknownName, byOperator, signIn);
    }

    @Test
    void an_operator_reads_one_orgs_records_of_one_action_since_a_moment_and_no_more_than_asked() {
        for (int i = 0; i < 5; i++) {
            log.record(aFailedSignIn(i));
        }
        var credentialOfCaller = new AuditRecord(T0.plusSeconds(6), AuditActor.of(new io.ledgerlens.domain.access.Caller(
                RETAILER, CredentialId.of(9), java.util.Set.of())), Optional.of(RETAILER), AuditAction.CREDENTIAL_REVOKED,
                "credential 7", AuditOutcome.DONE, "");
        log.record(credentialOfCaller);
        log.record(new AuditRecord(T0.plusSeconds(7), AuditActor.operator(), Optional.of(STRANGER), AuditAction.ORG_CREATED,
                "org 910001 as a root", AuditOutcome.DONE, ""));

        assertThat(log.newestFirst(new AuditFilter(Optional.of(RETAILER), Optional.empty(), Optional.empty(), 100)))
                .hasSize(6).first().isEqualTo(credentialOfCaller);
        assertThat(log.newestFirst(new AuditFilter(Optional.of(RETAILER), Optional.of(AuditAction.SIGN_IN_FAILED),
                Optional.of(T0.plusSeconds(3)), 100))).containsExactly(aFailedSignIn(4), aFailedSignIn(3));
        assertThat(log.newestFirst(AuditFilter.newest(2))).extracting(AuditRecord::action)
                .containsExactly(AuditAction.ORG_CREATED, AuditAction.CREDENTIAL_REVOKED);
    }
}
