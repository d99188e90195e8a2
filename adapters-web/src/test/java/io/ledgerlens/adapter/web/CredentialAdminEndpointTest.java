package io.ledgerlens.adapter.web;

import static io.ledgerlens.application.contract.LedgerWorld.PARENT;
import static io.ledgerlens.application.contract.LedgerWorld.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.adapter.web.server.WebLimits;
import io.ledgerlens.application.fake.InMemoryLedger;
import io.ledgerlens.application.service.ManageCredentialsService;
import io.ledgerlens.domain.access.AccessRight;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An org admin issues, lists and revokes its own org's credentials over HTTP, and only its own. */
class CredentialAdminEndpointTest {

    private final AccessFixture access = new AccessFixture();
    private final RunningWebApp web = RunningWebApp.serving(new InMemoryLedger(), access, WebLimits.DEFAULT, null);
    private final String admin = access.basicFor(PARENT, AccessRight.ORG_ADMIN);
    private final String strangersAdmin = access.basicFor(STRANGER, AccessRight.ORG_ADMIN);

    @AfterEach
    void stop() {
        web.close();
    }

    private RunningWebApp.Reply issue(String as, String body) {
        return web.exchange("POST", "/v1/admin/credentials", body, "Authorization", as);
    }

    @Test
    void an_admin_issues_a_till_user_whose_password_signs_in_at_once() {
        var reply = issue(admin, "{\"kind\":\"TILL_USER\",\"name\":\"till.chennai\",\"rights\":[\"points.read\"]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().at("/credential/orgId").asLong()).isEqualTo(PARENT.value());
        assertThat(reply.json().at("/credential/rights/0").asText()).isEqualTo("points.read");
        var password = reply.json().get("secret").asText();

        var signedIn = web.exchange("GET", "/v2/pointsLedger/getLedgerExplodeInfo?identifierName=mobile"
                + "&identifierValue=919876543210&source=INSTORE&eventIds=1", null,
                "Authorization", AccessFixture.basic("till.chennai", ManageCredentialsService.md5Hex(password)));
        assertThat(signedIn.status()).isNotIn(401, 403);
    }

    @Test
    void the_list_shows_the_admins_own_org_only_and_never_a_secret() {
        var issued = issue(admin, "{\"kind\":\"API_CLIENT\",\"rights\":[\"points.read\",\"ledger.write\"]}");
        issue(strangersAdmin, "{\"kind\":\"TILL_USER\",\"name\":\"till.stranger\",\"rights\":[\"points.read\"]}");
        var listed = web.exchange("GET", "/v1/admin/credentials", null, "Authorization", admin);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("credentials")).allSatisfy(c -> assertThat(c.get("orgId").asLong()).isEqualTo(PARENT.value()));
        assertThat(listed.body()).doesNotContain(issued.json().get("secret").asText(), "till.stranger", "secret");
    }

    @Test
    void a_revoked_credential_is_refused_from_then_on_and_another_orgs_credential_is_not_found() {
        var issued = issue(admin, "{\"kind\":\"TILL_USER\",\"name\":\"till.kochi\",\"rights\":[\"points.read\"]}");
        var id = issued.json().at("/credential/id").asLong();
        var basic = AccessFixture.basic("till.kochi", ManageCredentialsService.md5Hex(issued.json().get("secret").asText()));

        var byStranger = web.exchange("DELETE", "/v1/admin/credentials/" + id, null, "Authorization", strangersAdmin);
        assertThat(byStranger.status()).isEqualTo(404);
        var unknown = web.exchange("DELETE", "/v1/admin/credentials/987654", null, "Authorization", strangersAdmin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(byStranger.json().at("/errors/0/code")).isEqualTo(unknown.json().at("/errors/0/code"));

        assertThat(web.exchange("DELETE", "/v1/admin/credentials/" + id, null, "Authorization", admin).status()).isEqualTo(204);
        var after = web.exchange("GET", "/v1/admin/credentials", null, "Authorization", basic);
        assertThat(after.status()).isEqualTo(401);
    }

    @Test
    void every_problem_of_a_request_is_named_at_its_field() {
        var reply = issue(admin, "{\"kind\":\"ROBOT\",\"name\":\"x\",\"rights\":[\"points.read\",\"everything\"]}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problems()).containsExactly(List.of("kind", "INVALID"), List.of("name", "INVALID"),
                List.of("rights[1]", "INVALID"));
        assertThat(issue(admin, "{\"kind\":\"TILL_USER\",\"rights\":[]}").problems())
                .containsExactly(List.of("name", "REQUIRED"), List.of("rights", "REQUIRED"));
        assertThat(issue(admin, "not json").status()).isEqualTo(400);
    }

    @Test
    void a_name_taken_by_any_org_is_409() {
        issue(strangersAdmin, "{\"kind\":\"TILL_USER\",\"name\":\"till.shared\",\"rights\":[\"points.read\"]}");
        var reply = issue(admin, "{\"kind\":\"TILL_USER\",\"name\":\"till.shared\",\"rights\":[\"points.read\"]}");
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.problems()).containsExactly(List.of("name", "TAKEN"));
    }
}
