package io.ledgerlens.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.out.access.CredentialRepository;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.access.SecretHash;
import io.ledgerlens.domain.org.OrgId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of {@code CredentialRepository} must do. */
public abstract class CredentialRepositoryContract {

    private static final OrgId ORG = OrgId.of(100);
    private static final OrgId OTHER_ORG = OrgId.of(300);
    private static final Instant ISSUED = Instant.parse("2026-11-25T10:15:30Z");

    private CredentialRepository credentials;

    /** A fresh repository holding no credential. */
    protected abstract CredentialRepository freshRepository();

    @BeforeEach
    void startEmpty() {
        credentials = freshRepository();
    }

    private Credential aTillUser(OrgId org, String name, AccessRight... rights) {
        return Credential.issued(credentials.nextId(), org, CredentialKind.TILL_USER, new CredentialName(name),
                new SecretHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), Set.of(rights), ISSUED);
    }

    private static List<Object> fieldsOf(Credential c) {
        return List.of(c.id(), c.org(), c.kind(), c.name(), c.secretHash(), c.rights(), c.createdAt(),
                c.revokedAt().toJavaOptional());
    }

    @Test
    void an_added_credential_is_found_by_its_name_and_by_its_id_as_it_was_issued() {
        var till = aTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ, AccessRight.LEDGER_WRITE);
        assertThat(credentials.add(till)).isTrue();
        assertThat(credentials.named(CredentialKind.TILL_USER, till.name())).get()
                .extracting(CredentialRepositoryContract::fieldsOf).isEqualTo(fieldsOf(till));
        assertThat(credentials.find(till.id())).get().extracting(CredentialRepositoryContract::fieldsOf)
                .isEqualTo(fieldsOf(till));
    }

    @Test
    void a_name_is_found_only_under_its_own_kind() {
        var till = aTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        credentials.add(till);
        assertThat(credentials.named(CredentialKind.API_CLIENT, till.name())).isEmpty();
    }

    @Test
    void a_name_taken_by_any_org_cannot_be_given_again_and_nothing_is_added() {
        credentials.add(aTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ));
        var again = aTillUser(OTHER_ORG, "till.mumbai", AccessRight.ORG_ADMIN);
        assertThat(credentials.add(again)).isFalse();
        assertThat(credentials.ofOrg(OTHER_ORG)).isEmpty();
        assertThat(credentials.find(again.id())).isEmpty();
    }

    @Test
    void ids_handed_out_never_repeat() {
        var first = credentials.nextId();
        var second = credentials.nextId();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void an_org_lists_only_its_own_credentials_oldest_first() {
        var first = aTillUser(ORG, "till.one", AccessRight.POINTS_READ);
        var strangers = aTillUser(OTHER_ORG, "till.stranger", AccessRight.POINTS_READ);
        var second = aTillUser(ORG, "till.two", AccessRight.ORG_ADMIN);
        credentials.add(first);
        credentials.add(strangers);
        credentials.add(second);
        assertThat(credentials.ofOrg(ORG)).extracting(Credential::id).containsExactly(first.id(), second.id());
    }

    @Test
    void a_revoked_credential_keeps_its_name_and_says_when_it_was_revoked() {
        var till = aTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        credentials.add(till);
        var at = ISSUED.plus(1, ChronoUnit.DAYS);
        assertThat(credentials.revoke(ORG, till.id(), at)).get().extracting(Credential::isActive).isEqualTo(false);
        assertThat(credentials.find(till.id())).get().extracting(c -> c.revokedAt().get()).isEqualTo(at);
        assertThat(credentials.add(aTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ))).isFalse();
    }

    @Test
    void revoking_twice_keeps_the_first_time() {
        var till = aTillUser(ORG, "till.mumbai", AccessRight.POINTS_READ);
        credentials.add(till);
        credentials.revoke(ORG, till.id(), ISSUED.plusSeconds(60));
        credentials.revoke(ORG, till.id(), ISSUED.plusSeconds(120));
        assertThat(credentials.find(till.id())).get().extracting(c -> c.revokedAt().get()).isEqualTo(ISSUED.plusSeconds(60));
    }

    @Test
    void an_org_cannot_revoke_another_orgs_credential() {
        var strangers = aTillUser(OTHER_ORG, "till.stranger", AccessRight.POINTS_READ);
        credentials.add(strangers);
        assertThat(credentials.revoke(ORG, strangers.id(), ISSUED)).isEmpty();
        assertThat(credentials.find(strangers.id())).get().extracting(Credential::isActive).isEqualTo(true);
    }

    @Test
    void revoking_an_unknown_credential_finds_nothing() {
        assertThat(credentials.revoke(ORG, CredentialId.of(987_654), ISSUED)).isEmpty();
    }
}
