package io.ledgerlens.bootstrap.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.bootstrap.DemoLedgers;
import io.ledgerlens.bootstrap.LedgerLensService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Customers of one org registered by many tills at the same moment, over HTTP on the real database: registrations
 * of unrelated customers no longer wait for each other, and those that claim the same identifier still decide one
 * after the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomersRegisteredAtOnceTest {

    private static final int TILLS = 12;
    /** Each repetition of a race claims a mobile of its own. */
    private int round;

    private LedgerLensService service;
    private TillsAtOnce tills;

    @BeforeAll
    void startTheServiceWithTheDemo() {
        service = DemoLedgers.fresh(DemoLedgers.UNTHROTTLED).start("127.0.0.1", 0);
        tills = new TillsAtOnce(service.port(), TILLS);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    /** Repeated: without the identifier's lock about every other race ends in two writers, not one (measured). */
    @RepeatedTest(10)
    void twelve_customers_claiming_one_mobile_at_once_leave_it_to_exactly_one_and_the_others_are_told_it_is_taken()
            throws Exception {
        var mobile = "9198111000" + round;
        var first = 341210000L + 100L * round++;
        var replies = putAtOnce(i -> customer(first + i, mobile));
        assertThat(replies.stream().map(HttpResponse::statusCode)).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(replies.stream().filter(reply -> reply.statusCode() == 409))
                .allSatisfy(reply -> assertThat(reply.body()).contains("\"identifiers[0]\"").contains("TAKEN"));
    }

    @Test
    void twelve_customers_with_mobiles_of_their_own_registered_at_once_are_all_created() throws Exception {
        var replies = putAtOnce(i -> customer(341200200L + i, String.format("9198112%05d", i)));
        assertThat(replies.stream().map(HttpResponse::statusCode)).containsOnly(201).hasSize(TILLS);
    }

    @Test
    void a_mobile_given_up_while_another_customer_claims_it_ends_with_one_owner_at_most() throws Exception {
        put(customer(341200301L, "919811300000"));
        var replies = putAtOnce(i -> i % 2 == 0
                ? customer(341200301L, "91981130000" + (i + 1))
                : customer(341200310L + i, "919811300000"));
        var claims = replies.stream().filter(reply -> !reply.request().uri().getPath().endsWith("341200301")).toList();
        assertThat(claims.stream().filter(reply -> reply.statusCode() == 201)).hasSizeLessThanOrEqualTo(1);
        assertThat(replies.stream().map(HttpResponse::statusCode)).containsOnly(200, 201, 409);
    }

    private record Registration(long customerId, String body) {
    }

    private static Registration customer(long id, String mobile) {
        return new Registration(id, "{\"firstName\": \"Till\", \"lastName\": \"Rush\", \"identifiers\": ["
                + "{\"name\": \"mobile\", \"value\": \"" + mobile + "\", \"source\": \"INSTORE\"}]}");
    }

    private List<HttpResponse<String>> putAtOnce(IntFunction<Registration> registration) throws Exception {
        var requests = new ArrayList<HttpRequest>();
        for (int i = 0; i < TILLS; i++) {
            requests.add(request(registration.apply(i)));
        }
        return tills.sendAtOnce(requests);
    }

    private HttpResponse<String> put(Registration registration) throws Exception {
        return tills.send(request(registration));
    }

    private HttpRequest request(Registration registration) {
        return tills.write("PUT", "/v1/ledger/customers/" + registration.customerId(), registration.body());
    }
}
