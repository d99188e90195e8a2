package io.ledgerlens.adapter.persistence.registration;

import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER_IDENTIFIER;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;

import io.ledgerlens.application.port.out.registration.CustomerRepository;
import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.org.OrgId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Customers and their identifiers in one registration's transaction. */
final class JooqCustomerRepository implements CustomerRepository {

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
        return dsl.select(field("ledger_customer_org({0})", Long.class, id.value())).fetchOptional(r -> r.value1())
                .flatMap(org -> Optional.ofNullable(org).map(OrgId::of));
    }

    /** One statement for the lot: each id through the same function of the owner's as {@link #orgOf}. */
    @Override
    public Map<CustomerId, OrgId> orgsOf(Collection<CustomerId> ids) {
        var holders = new HashMap<CustomerId, OrgId>();
        var wanted = ids.stream().map(CustomerId::value).distinct().toArray(Long[]::new);
        if (wanted.length > 0) {
            dsl.fetch("select id, ledger_customer_org(id) from unnest({0}) as t(id)", DSL.val(wanted))
                    .forEach(r -> Optional.ofNullable(r.get(1, Long.class))
                            .ifPresent(org -> holders.put(CustomerId.of(r.get(0, Long.class)), OrgId.of(org))));
        }
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
        var names = identifiers.stream().map(i -> i.name().name()).toArray(String[]::new);
        var values = identifiers.stream().map(CustomerIdentifier::value).toArray(String[]::new);
        var sources = identifiers.stream().map(i -> i.source().name()).toArray(String[]::new);
        var accounts = identifiers.stream().map(i -> i.account().value()).toArray(String[]::new);
        var key = table("unnest({0}, {1}, {2}, {3})", val(names), val(values), val(sources), val(accounts))
                .as("k", "identifier_name", "identifier_value", "source", "account_id");
        var ci = CUSTOMER_IDENTIFIER;
        dsl.select(ci.IDENTIFIER_NAME, ci.IDENTIFIER_VALUE, ci.SOURCE, ci.ACCOUNT_ID, ci.CUSTOMER_ID)
                .from(key)
                .join(ci).on(ci.ORG_ID.eq(org.value()))
                .and(ci.IDENTIFIER_NAME.eq(keyField("identifier_name")))
                .and(ci.IDENTIFIER_VALUE.eq(keyField("identifier_value")))
                .and(ci.SOURCE.eq(keyField("source")))
                .and(ci.ACCOUNT_ID.eq(keyField("account_id")))
                .forEach(r -> owners.put(identifier(r.value1(), r.value2(), r.value3(), r.value4()), CustomerId.of(r.value5())));
        return owners;
    }

    /** A column of the unnested keys; a plain SQL table knows no fields of its own, so each is named. */
    private static Field<String> keyField(String column) {
        return field(name("k", column), String.class);
    }

    @Override
    public Set<CustomerId> customersOf(OrgId org, Collection<CustomerId> ids) {
        var known = new HashSet<CustomerId>();
        dsl.select(CUSTOMER.CUSTOMER_ID).from(CUSTOMER)
                .where(CUSTOMER.ORG_ID.eq(org.value())).and(CUSTOMER.CUSTOMER_ID.in(ids.stream().map(CustomerId::value).toList()))
                .forEach(r -> known.add(CustomerId.of(r.value1())));
        return known;
    }

    @Override
    public boolean save(Customer customer) {
        long org = customer.orgId().value();
        long id = customer.id().value();
        // An insert, else an update of the org's own customer only: another org's row is left alone and nothing is
        // written. Not one upsert: ON CONFLICT DO UPDATE fails outright on a conflicting row that row-level security hides.
        var inserted = dsl.insertInto(CUSTOMER, CUSTOMER.CUSTOMER_ID, CUSTOMER.ORG_ID, CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME)
                .values(id, org, customer.firstName(), customer.lastName())
                .onConflict(CUSTOMER.CUSTOMER_ID).doNothing()
                .execute();
        var written = inserted > 0 ? inserted : dsl.update(CUSTOMER)
                .set(CUSTOMER.FIRST_NAME, customer.firstName())
                .set(CUSTOMER.LAST_NAME, customer.lastName())
                .where(CUSTOMER.CUSTOMER_ID.eq(id)).and(CUSTOMER.ORG_ID.eq(org))
                .execute();
        if (written == 0) {
            return false;
        }
        dsl.deleteFrom(CUSTOMER_IDENTIFIER).where(CUSTOMER_IDENTIFIER.ORG_ID.eq(org)).and(CUSTOMER_IDENTIFIER.CUSTOMER_ID.eq(id))
                .execute();
        if (!customer.identifiers().isEmpty()) {
            var insert = dsl.insertInto(CUSTOMER_IDENTIFIER, CUSTOMER_IDENTIFIER.ORG_ID, CUSTOMER_IDENTIFIER.CUSTOMER_ID,
                    CUSTOMER_IDENTIFIER.IDENTIFIER_NAME, CUSTOMER_IDENTIFIER.IDENTIFIER_VALUE, CUSTOMER_IDENTIFIER.SOURCE,
                    CUSTOMER_IDENTIFIER.ACCOUNT_ID);
            for (var identifier : customer.identifiers()) {
                insert = insert.values(org, id, identifier.name().name(), identifier.value(), identifier.source().name(),
                        identifier.account().value());
            }
            insert.execute();
        }
        return true;
    }

    /**
     * A few statements for the lot, whatever its size: the new customers in one insert, the org's own in an update
     * each (a re-registration), their identifiers replaced in one delete and one insert. As {@link #save}, a row of
     * another org is left alone.
     */
    @Override
    public Set<CustomerId> saveAll(List<Customer> customers) {
        if (customers.isEmpty()) {
            return Set.of();
        }
        var insert = dsl.insertInto(CUSTOMER, CUSTOMER.CUSTOMER_ID, CUSTOMER.ORG_ID, CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME);
        for (var customer : customers) {
            insert = insert.values(customer.id().value(), customer.orgId().value(), customer.firstName(), customer.lastName());
        }
        var written = new HashSet<>(insert.onConflict(CUSTOMER.CUSTOMER_ID).doNothing().returning(CUSTOMER.CUSTOMER_ID)
                .fetch(CUSTOMER.CUSTOMER_ID));
        var theirs = new HashSet<CustomerId>();
        for (var customer : customers) {
            long id = customer.id().value();
            if (!written.contains(id) && dsl.update(CUSTOMER).set(CUSTOMER.FIRST_NAME, customer.firstName())
                    .set(CUSTOMER.LAST_NAME, customer.lastName())
                    .where(CUSTOMER.CUSTOMER_ID.eq(id)).and(CUSTOMER.ORG_ID.eq(customer.orgId().value())).execute() == 0) {
                theirs.add(customer.id());
            }
        }
        var ours = customers.stream().filter(customer -> !theirs.contains(customer.id())).toList();
        for (var org : ours.stream().map(c -> c.orgId().value()).distinct().toList()) {
            dsl.deleteFrom(CUSTOMER_IDENTIFIER).where(CUSTOMER_IDENTIFIER.ORG_ID.eq(org))
                    .and(CUSTOMER_IDENTIFIER.CUSTOMER_ID.eq(DSL.any(ours.stream().filter(c -> c.orgId().value() == org)
                            .map(c -> c.id().value()).toArray(Long[]::new))))
                    .execute();
        }
        var identifiers = dsl.insertInto(CUSTOMER_IDENTIFIER, CUSTOMER_IDENTIFIER.ORG_ID, CUSTOMER_IDENTIFIER.CUSTOMER_ID,
                CUSTOMER_IDENTIFIER.IDENTIFIER_NAME, CUSTOMER_IDENTIFIER.IDENTIFIER_VALUE, CUSTOMER_IDENTIFIER.SOURCE,
                CUSTOMER_IDENTIFIER.ACCOUNT_ID);
        var any = false;
        for (var customer : ours) {
            for (var identifier : customer.identifiers()) {
                identifiers = identifiers.values(customer.orgId().value(), customer.id().value(), identifier.name().name(),
                        identifier.value(), identifier.source().name(), identifier.account().value());
                any = true;
            }
        }
        if (any) {
            identifiers.execute();
        }
        customersWritten.accept(ours.size());
        return theirs;
    }
}
