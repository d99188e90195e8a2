package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER;
import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER_IDENTIFIER;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;

import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.org.OrgId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Param;
import org.jooq.Record2;
import org.jooq.SelectSeekStep1;

/**
 * The shapes of the statement that finds the customers of some orgs known by an identifier, each rendered once
 * (rendering it for every request was a twelfth of an explode's CPU in the JVM): by id, or by an identifier
 * registered on a source (or any, for ALL) and an account (or any, if none given). Its values are named
 * parameters, bound by {@link #binds}.
 */
record CustomerLookup(boolean byId, boolean onSource, boolean onAccount) {

    static final Param<Long[]> ORGS = param("orgs", Long[].class);
    private static final Param<Long> ID = param("id", Long.class);
    private static final Param<String> NAME = param("name", String.class);
    private static final Param<String> VALUE = param("value", String.class);
    private static final Param<String> SOURCE = param("source", String.class);
    private static final Param<String> ACCOUNT = param("account", String.class);

    static final List<CustomerLookup> EVERY = List.of(new CustomerLookup(true, false, false),
            new CustomerLookup(false, false, false), new CustomerLookup(false, true, false),
            new CustomerLookup(false, false, true), new CustomerLookup(false, true, true));

    static CustomerLookup of(SubjectIdentifier identifier) {
        var byId = identifier.name() == IdentifierName.ID || identifier.name() == IdentifierName.PRIMARY_USER_ID;
        return new CustomerLookup(byId, !byId && identifier.source() != Source.ALL,
                !byId && identifier.account().isPresent());
    }

    /** The orgs and the identifier, by the names the statement's parameters have. */
    static Map<String, Object> binds(List<OrgId> orgs, SubjectIdentifier identifier) {
        var values = new HashMap<String, Object>();
        values.put(ORGS.getParamName(), orgs.stream().map(OrgId::value).toArray(Long[]::new));
        if (of(identifier).byId()) {
            values.put(ID.getParamName(), identifier.numericValue());
        } else {
            values.put(NAME.getParamName(), identifier.name().name());
            values.put(VALUE.getParamName(), identifier.value());
            values.put(SOURCE.getParamName(), identifier.source().name());
            values.put(ACCOUNT.getParamName(), identifier.account().map(AccountId::value).orElse(null));
        }
        return values;
    }

    /**
     * The customers' (org, id), in org order. By an identifier, they are read from the identifiers alone: each names
     * its customer by a foreign key, so the customer's own row adds nothing but an index lookup per request (a
     * quarter of a bare explode's buffers).
     */
    SelectSeekStep1<Record2<Long, Long>, Long> template() {
        if (byId) {
            return select(CUSTOMER.ORG_ID, CUSTOMER.CUSTOMER_ID).from(CUSTOMER)
                    .where(CUSTOMER.ORG_ID.eq(any(ORGS))).and(CUSTOMER.CUSTOMER_ID.eq(ID))
                    .orderBy(CUSTOMER.ORG_ID);
        }
        // One customer may hold the same identifier on several sources or accounts: each customer is answered once.
        return selectDistinct(CUSTOMER_IDENTIFIER.ORG_ID, CUSTOMER_IDENTIFIER.CUSTOMER_ID).from(CUSTOMER_IDENTIFIER)
                .where(CUSTOMER_IDENTIFIER.ORG_ID.eq(any(ORGS)))
                .and(CUSTOMER_IDENTIFIER.IDENTIFIER_NAME.eq(NAME))
                .and(CUSTOMER_IDENTIFIER.IDENTIFIER_VALUE.eq(VALUE))
                .and(onSource ? CUSTOMER_IDENTIFIER.SOURCE.eq(SOURCE) : noCondition())
                .and(onAccount ? CUSTOMER_IDENTIFIER.ACCOUNT_ID.eq(ACCOUNT) : noCondition())
                .orderBy(CUSTOMER_IDENTIFIER.ORG_ID);
    }
}
