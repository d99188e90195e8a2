package io.ledgerlens.adapter.persistence.registration;

import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER_IDENTIFIER;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.adapter.persistence.database.Pipeline.SqlArray;
import io.ledgerlens.adapter.persistence.recording.RowBatch;
import io.ledgerlens.application.port.out.registration.CustomerRepository;
import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Customers and their identifiers in one registration's transaction. */
final class JooqCustomerRepository implements CustomerRepository {

    private static final String CUSTOMERS_OF = "select customer_id from customer where org_id = ? and customer_id = any(?::int8[])";
    private static final String OWNERS = """
            select ci.identifier_name, ci.identifier_value, ci.source, ci.account_id, ci.customer_id
              from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as k(identifier_name, identifier_value, source, account_id)
              join customer_identifier ci on ci.org_id = ? and ci.identifier_name = k.identifier_name
               and ci.identifier_value = k.identifier_value and ci.source = k.source and ci.account_id = k.account_id""";
    /**
     * The customers inserted, else renamed if they are the org's own, and the ids of both. A new customer's id is
     * claimed in its registry first (migration V23: the customer's key includes its org, the registry keeps its
     * id unique across orgs); an id another org holds is neither claimed nor inserted. Not one upsert: ON CONFLICT DO
     * UPDATE fails outright on a conflicting row that row-level security hides (another org's). The update sees the
     * table as the statement began, so it renames only customers that were there before.
     */
    private static final String UPSERT_CUSTOMERS = """
            with given (customer_id, org_id, first_name, last_name) as (
                select * from unnest(?::int8[], ?::int8[], ?::text[], ?::text[])),
            claimed as (
                insert into customer_id_registry (customer_id, org_id) select customer_id, org_id from given
                on conflict (customer_id) do nothing returning customer_id),
            inserted as (
                insert into customer (customer_id, org_id, first_name, last_name)
                select g.* from given g join claimed using (customer_id)
                on conflict (org_id, customer_id) do nothing returning customer_id),
            renamed as (
                update customer c set first_name = g.first_name, last_name = g.last_name from given g
                 where c.customer_id = g.customer_id and c.org_id = g.org_id returning c.customer_id)
            select customer_id from inserted union all select customer_id from renamed""";
    private static final String DELETE_IDENTIFIERS = """
            delete from customer_identifier ci using unnest(?::int8[], ?::int8[]) as d(org_id, customer_id)
             where ci.org_id = d.org_id and ci.customer_id = d.customer_id""";
    private static final String INSERT_IDENTIFIERS = """
            insert into customer_identifier (org_id, customer_id, identifier_name, identifier_value, source, account_id)
            select * from unnest(?::int8[], ?::int8[], ?::text[], ?::text[], ?::text[], ?::text[])""";

    private static final ProfileRows.ProfileTable CUSTOMERS =
            new ProfileRows.ProfileTable("customer", "customer_id", "customer_id_registry", "first_name", "last_name");

    private final DSLContext dsl;
    private final LongConsumer customersWritten;

    /** {@code customersWritten} hears how many customers each save wrote, for the tables' statistics. */
    JooqCustomerRepository(DSLContext dsl, LongConsumer customersWritten) {
        this.dsl = dsl;
        this.customersWritten = customersWritten;
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        var identifiers = multiset(select(CUSTOMER_IDENTIFIER.IDENTIFIER_NAME, CUSTOMER_IDENTIFIER.IDENTIFIER_VALUE,
                CUSTOMER_IDENTIFIER.SOURCE, CUSTOMER_IDENTIFIER.ACCOUNT_ID).from(CUSTOMER_IDENTIFIER)
                .where(CUSTOMER_IDENTIFIER.ORG_ID.eq(CUSTOMER.ORG_ID)).and(CUSTOMER_IDENTIFIER.CUSTOMER_ID.eq(CUSTOMER.CUSTOMER_ID)))
                .convertFrom(r -> r.map(i -> identifier(i.value1(), i.value2(), i.value3(), i.value4())));
        return dsl.select(CUSTOMER.ORG_ID, CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME, identifiers)
                .from(CUSTOMER)
                .where(CUSTOMER.CUSTOMER_ID.eq(id.value()))
                .fetchOptional(r -> Customer.register(id, OrgId.of(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    /** Through a function of the owner's (migration V5): the fence hides other orgs' customers, not who holds an id. */
    @Override
    public Optional<OrgId> orgOf(CustomerId id) {
        return Optional.ofNullable(ProfileRows.holders(dsl, "ledger_customer_org", List.of(id.value())).get(id.value()))
                .map(OrgId::of);
    }

    /** One statement for the lot, as {@link #orgOf}. */
    @Override
    public Map<CustomerId, OrgId> orgsOf(Collection<CustomerId> ids) {
        var holders = new HashMap<CustomerId, OrgId>();
        ProfileRows.holders(dsl, "ledger_customer_org", ids.stream().map(CustomerId::value).toList())
                .forEach((id, org) -> holders.put(CustomerId.of(id), OrgId.of(org)));
        return holders;
    }

    private static CustomerIdentifier identifier(String name, String value, String source, String account) {
        return new CustomerIdentifier(IdentifierName.valueOf(name), value, Source.valueOf(source), AccountId.of(account));
    }

    /**
     * One statement of four array parameters, joined on the identifier key: a row-value IN list of a thousand
     * identifiers took PostgreSQL over a second to plan (four thousand parameters), longer than the batch's writes.
     */
    @Override
    public Map<CustomerIdentifier, CustomerId> ownersOf(OrgId org, Collection<CustomerIdentifier> identifiers) {
        var owners = new HashMap<CustomerIdentifier, CustomerId>();
        if (identifiers.isEmpty()) {
            return owners;
        }
        var keys = new IdentifierColumns(identifiers.size());
        identifiers.forEach(identifier -> keys.add(org.value(), 0, identifier));
        for (var row : read(OWNERS, keys.names(), keys.values(), keys.sources(), keys.accounts(), org.value())) {
            owners.put(identifier((String) row[0], (String) row[1], (String) row[2], (String) row[3]),
                    CustomerId.of((Long) row[4]));
        }
        return owners;
    }

    /** One array bind, not an IN list: a household batch asks about two thousand ids, and a list of that many is slow to plan. */
    @Override
    public Set<CustomerId> customersOf(OrgId org, Collection<CustomerId> ids) {
        var known = new HashSet<CustomerId>();
        if (!ids.isEmpty()) {
            var wanted = ids.stream().map(CustomerId::value).distinct().toArray(Long[]::new);
            read(CUSTOMERS_OF, org.value(), new SqlArray("int8", wanted)).forEach(row -> known.add(CustomerId.of((Long) row[0])));
        }
        return known;
    }

    @Override
    public boolean save(Customer customer) {
        return !saveAll(List.of(customer)).contains(customer.id());
    }

    /**
     * Three statements for the lot, whatever its size, each of column arrays: the customers inserted or, the org's
     * own, renamed (a re-registration); then their identifiers replaced. A row of another org is left alone.
     */
    @Override
    public Set<CustomerId> saveAll(List<Customer> customers) {
        if (customers.isEmpty()) {
            return Set.of();
        }
        var citus = LedgerStore.kindOf(dsl) == DatabaseKind.CITUS;
        var written = ProfileRows.insertOrRename(dsl, CUSTOMERS, UPSERT_CUSTOMERS, customers, c -> c.id().value(),
                c -> c.orgId().value(), Customer::firstName, Customer::lastName);
        var theirs = new HashSet<CustomerId>();
        var ours = new ArrayList<Customer>();
        var identifiers = new IdentifierColumns(customers.size() * 2);
        for (var customer : customers) {
            if (!written.contains(customer.id().value())) {
                theirs.add(customer.id());
                continue;
            }
            ours.add(customer);
            customer.identifiers().forEach(identifier -> identifiers.add(customer.orgId().value(), customer.id().value(), identifier));
        }
        if (!ours.isEmpty() && citus) {
            replaceIdentifiersOnCitus(ours);
        } else if (!ours.isEmpty()) {
            var replacing = new Pipeline(Pipeline.Sending.TOGETHER).write("customer_identifier", DELETE_IDENTIFIERS,
                    new SqlArray("int8", ours.stream().map(c -> c.orgId().value()).toArray()),
                    new SqlArray("int8", ours.stream().map(c -> c.id().value()).toArray()));
            if (!identifiers.isEmpty()) {
                replacing.write("customer_identifier", INSERT_IDENTIFIERS, identifiers.orgs(), identifiers.customers(),
                        identifiers.names(), identifiers.values(), identifiers.sources(), identifiers.accounts());
            }
            replacing.send(dsl);
        }
        customersWritten.accept(written.size());
        return theirs;
    }

    /**
     * The identifiers replaced on Citus: deleted per org (a delete joined to arrays cannot be routed to the org's
     * shard), inserted as rows of values ({@link RowBatch}), in one round trip.
     */
    private void replaceIdentifiersOnCitus(List<Customer> ours) {
        var replacing = new Pipeline(Pipeline.Sending.TOGETHER);
        ours.stream().collect(Collectors.groupingBy(c -> c.orgId().value())).forEach((org, ofOrg) ->
                replacing.write("customer_identifier",
                        "delete from customer_identifier where org_id = ? and customer_id = any(?::int8[])",
                        org, new SqlArray("int8", ofOrg.stream().map(c -> c.id().value()).toArray(Long[]::new))));
        var rows = new RowBatch(CUSTOMER_IDENTIFIER, CUSTOMER_IDENTIFIER.ORG_ID, CUSTOMER_IDENTIFIER.CUSTOMER_ID,
                CUSTOMER_IDENTIFIER.IDENTIFIER_NAME, CUSTOMER_IDENTIFIER.IDENTIFIER_VALUE, CUSTOMER_IDENTIFIER.SOURCE,
                CUSTOMER_IDENTIFIER.ACCOUNT_ID);
        ours.forEach(customer -> customer.identifiers().forEach(identifier -> rows.add(customer.orgId().value(),
                customer.id().value(), identifier.name().name(), identifier.value(), identifier.source().name(),
                identifier.account().value())));
        rows.queueIn(replacing);
        replacing.send(dsl);
    }

    private List<Object[]> read(String sql, Object... binds) {
        return Pipeline.readAlone(dsl, sql, binds);
    }

    /** Identifiers as the column arrays of their rows. */
    private static final class IdentifierColumns {

        private final List<Long> orgs;
        private final List<Long> customers;
        private final List<String> names;
        private final List<String> values;
        private final List<String> sources;
        private final List<String> accounts;

        IdentifierColumns(int expected) {
            orgs = new ArrayList<>(expected);
            customers = new ArrayList<>(expected);
            names = new ArrayList<>(expected);
            values = new ArrayList<>(expected);
            sources = new ArrayList<>(expected);
            accounts = new ArrayList<>(expected);
        }

        void add(long org, long customer, CustomerIdentifier identifier) {
            orgs.add(org);
            customers.add(customer);
            names.add(identifier.name().name());
            values.add(identifier.value());
            sources.add(identifier.source().name());
            accounts.add(identifier.account().value());
        }

        boolean isEmpty() {
            return orgs.isEmpty();
        }

        SqlArray orgs() {
            return new SqlArray("int8", orgs.toArray());
        }

        SqlArray customers() {
            return new SqlArray("int8", customers.toArray());
        }

        SqlArray names() {
            return new SqlArray("text", names.toArray());
        }

        SqlArray values() {
            return new SqlArray("text", values.toArray());
        }

        SqlArray sources() {
            return new SqlArray("text", sources.toArray());
        }

        SqlArray accounts() {
            return new SqlArray("text", accounts.toArray());
        }
    }
}
