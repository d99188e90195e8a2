package io.ledgerlens.application.contract;

import io.ledgerlens.application.port.out.registration.OrgTreeRepository;
import io.ledgerlens.application.port.out.registration.Registry;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The fixture of the registration contracts: one fresh ledger per suite, and
 * fresh org ids per test so that tests never see each other's registrations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RegistrySuite {

    private static final AtomicLong NEXT_ORG = new AtomicLong(61_000);

    protected RegistryPorts ports;

    protected abstract RegistryPorts freshRegistry();

    @BeforeAll
    void openTheRegistry() {
        ports = freshRegistry();
    }

    /** An org id no test used before. */
    protected static OrgId anOrgId() {
        return OrgId.of(NEXT_ORG.getAndIncrement());
    }

    /** A registered root org. */
    protected OrgId aRegisteredOrg() {
        var org = anOrgId();
        OrgTrees.register(ports.tree(), Org.root(org, "Org " + org, ZoneId.of("UTC"), false));
        return org;
    }

    /** A registered customer of {@code org}, without identifiers; its id is derived from the org's. */
    protected CustomerId aCustomerOf(OrgId org, int number) {
        var id = CustomerId.of(org.value() * 100 + number);
        in(org, registry -> registry.customers().save(Customer.register(id, org, "", "", List.of())));
        return id;
    }

    /** Work on the org tree, as the operator does it, which sees orgs only (see OrgTreePort). */
    protected <T> T read(Function<OrgTreeRepository, T> work) {
        return ports.tree().inOrgTree(work);
    }

    /** Work on the org tree, as the operator does it, which sees orgs only (see OrgTreePort). */
    protected void write(Consumer<OrgTreeRepository> work) {
        ports.tree().inOrgTree(orgs -> {
            work.accept(orgs);
            return null;
        });
    }

    /** Work within {@code org}, which sees that org's data only (see RegistrationPort#inOrg). */
    protected <T> T in(OrgId org, Function<Registry, T> work) {
        return ports.registration().inOrg(org, work);
    }

    /** Work within {@code org}, which sees that org's data only (see RegistrationPort#inOrg). */
    protected void writeIn(OrgId org, Consumer<Registry> work) {
        in(org, registry -> {
            work.accept(registry);
            return null;
        });
    }
}
