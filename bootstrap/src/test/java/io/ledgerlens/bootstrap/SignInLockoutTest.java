package io.ledgerlens.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.in.access.CredentialIssue;
import io.ledgerlens.application.port.in.access.CredentialRequest;
import io.ledgerlens.application.service.ManageCredentialsService;
import io.ledgerlens.bootstrap.demo.DemoDataset;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.audit.AuditAction;
import io.ledgerlens.domain.audit.AuditFilter;
import io.ledgerlens.domain.audit.AuditRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The real service on PostgreSQL with real Argon2id, set up from the command
 * line as an operator behind a load balancer would (the tests' requests come
 * from the load balancer's address): 31 wrong passwords for one till from one
 * client lock out that till from that client, and no one else.
 */
class SignInLockoutTest {

    private static final String EXPLODE = "/v2/pointsLedger/getLedgerExplodeInfo"
            + "?identifierName=mobile&identifierValue=919876543210&source=INSTORE&eventIds=1000002";
    private static final String CLIENT = "203.0.113.7";

    private final LedgerLensService service = DemoLedgers.fresh(ServiceSettings.of(
            CommandLine.populateCommand(new ServeCommand(), "--trusted-proxies", "127.0.0.0/8").options))
            .start("127.0.0.1", 0);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        service.close();
    }

    private int explode(String authorization, String forwardedFor) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + EXPLODE))
                .header("Authorization", authorization).header("X-Forwarded-For", forwardedFor).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void thirty_one_wrong_passwords_through_the_load_balancer_lock_out_their_till_and_not_a_valid_till_of_the_same_client() {
        var guessed = (CredentialIssue.Issued) service.credentialAdmin().issue(DemoDataset.RETAILER, new CredentialRequest(
                CredentialKind.TILL_USER, Optional.of(new CredentialName("till.guessed")), Set.of(AccessRight.POINTS_READ)));
        var wrong = basic("till.guessed", ManageCredentialsService.md5Hex("not " + guessed.secret()));

        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < 31; i++) {
            statuses.add(explode(wrong, CLIENT));
        }
        assertThat(statuses.subList(0, 30)).containsOnly(401);
        assertThat(statuses.get(30)).isEqualTo(429);

        assertThat(explode(DemoLedgers.RETAILER_TILL, CLIENT)).as("another till, same client").isEqualTo(200);
        assertThat(explode(wrong, CLIENT)).as("the guessed till, same client").isEqualTo(429);
        assertThat(explode(wrong, "198.51.100.9")).as("the guessed till, another client").isEqualTo(401);
        assertThat(List.of(explode(basic("till.guessed", ManageCredentialsService.md5Hex(guessed.secret())), "198.51.100.9")))
                .as("its owner, from another client").containsExactly(200);

        var failures = auditedFailuresOf("till.guessed", 31);
        assertThat(failures).as("each checked guess is in the audit log, from the client behind the load balancer")
                .hasSize(31).allSatisfy(record -> {
                    assertThat(record.org()).contains(DemoDataset.RETAILER);
                    assertThat(record.detail()).isEqualTo("the secret does not match");
                });
        assertThat(failures).extracting(record -> record.actor().clientAddress().orElseThrow())
                .containsOnly(CLIENT, "198.51.100.9").contains("198.51.100.9");
    }

    /** The failed sign-ins of {@code name} the operator reads, once at least {@code expected} are written (they are queued). */
    private List<AuditRecord> auditedFailuresOf(String name, int expected) {
        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        List<AuditRecord> found;
        do {
            found = service.auditLog().read(new AuditFilter(Optional.empty(), Optional.of(AuditAction.SIGN_IN_FAILED),
                    Optional.empty(), 1_000)).stream().filter(record -> record.actor().name().equals(Optional.of(name))).toList();
        } while (found.size() < expected && System.nanoTime() < deadline);
        return found;
    }

    private static String basic(String username, String md5Hex) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + md5Hex).getBytes(StandardCharsets.UTF_8));
    }
}
