package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.CUSTOMER_IDENTIFIER;
import static io.ledgerlens.adapter.persistence.schema.Tables.USER_GROUP;
import static io.ledgerlens.adapter.persistence.schema.Tables.USER_GROUP_MEMBER;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.RenderedQuery;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.application.port.out.explode.ResolveSubjectPort;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.event.EventSubject;
import io.ledgerlens.domain.explode.SubjectIdentifier;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;

/** Finds the customer or the user group a request names, in each target org, in one statement. */
public final class JooqResolveSubject implements ResolveSubjectPort {

    private final LedgerStore store;
    /** {@link #findCustomers}'s statement for each shape of identifier ({@link CustomerLookup}), all rendered at start-up. */
    private final Map<CustomerLookup, RenderedQuery> customerLookups;

    /**
     * Over the service's store; renders the statement for every shape of customer identifier once.
     *
     * @param store the service's store
     */
    public JooqResolveSubject(LedgerStore store) {
        this.store = store;
        this.customerLookups = CustomerLookup.EVERY.stream()
                .collect(Collectors.toUnmodifiableMap(shape -> shape, shape -> RenderedQuery.named(store, shape.template())));
    }

    @Override
    public List<LedgerOwner> findCustomers(List<OrgId> orgs, SubjectIdentifier identifier) {
        return customerLookups.get(CustomerLookup.of(identifier))
                .fetch(TenantFence.of(orgs), CustomerLookup.binds(orgs, identifier)).stream()
                .map(r -> new LedgerOwner(OrgId.of(r.get(0, Long.class)), EventSubject.customer(CustomerId.of(r.get(1, Long.class)))))
                .toList();
    }

    @Override
    public List<UserGroup> findUserGroups(List<OrgId> orgs, SubjectIdentifier identifier) {
        var primary = USER_GROUP_MEMBER.as("primary_member");
        var member = USER_GROUP_MEMBER.as("member");
        var primaryMember = select(primary.CUSTOMER_ID).from(primary)
                .where(membersOfTheGroup(primary.USER_GROUP_ID, primary.ORG_ID, orgs)).and(primary.IS_PRIMARY)
                .asField("primary_member_id");
        return store.fetch(TenantFence.of(orgs), select(USER_GROUP.USER_GROUP_ID, USER_GROUP.ORG_ID,
                                USER_GROUP.EXTERNAL_ID, USER_GROUP.NAME, primaryMember,
                                multiset(select(member.CUSTOMER_ID).from(member)
                                        .where(membersOfTheGroup(member.USER_GROUP_ID, member.ORG_ID, orgs))
                                        .orderBy(member.CUSTOMER_ID))
                                        .convertFrom(r -> r.map(m -> CustomerId.of(m.value1()))))
                        .from(USER_GROUP)
                        .where(USER_GROUP.ORG_ID.in(orgIds(orgs)))
                        .and(groupKnownBy(identifier, orgs))
                        .orderBy(USER_GROUP.ORG_ID),
                r -> UserGroup.form(UserGroupId.of(r.value1()), OrgId.of(r.value2()), r.value3(), r.value4(),
                        CustomerId.of((Long) r.value5()), r.value6()));
    }

    /**
     * A member table's rows of the group at hand. On one PostgreSQL by the group's id, which is unique. On Citus by its
     * org and the request's orgs as well: a subquery correlated on the group alone cannot be planned across shards
     * ("complex joins are only supported when all distributed tables are co-located and joined on their distribution
     * columns"), and naming the orgs sends a request of one org to its one shard (see {@code Correlation}).
     */
    private Condition membersOfTheGroup(Field<Long> groupId, Field<Long> org, List<OrgId> orgs) {
        var sameGroup = groupId.eq(USER_GROUP.USER_GROUP_ID);
        return store.kind() == DatabaseKind.CITUS
                ? sameGroup.and(org.eq(USER_GROUP.ORG_ID)).and(org.in(orgIds(orgs)))
                : sameGroup;
    }

    /** By the group's id or external id, or by who its primary member is. */
    private Condition groupKnownBy(SubjectIdentifier identifier, List<OrgId> orgs) {
        return switch (identifier.name()) {
            case ID -> USER_GROUP.USER_GROUP_ID.eq(identifier.numericValue());
            case EXTERNAL_ID -> USER_GROUP.EXTERNAL_ID.eq(identifier.value());
            case PRIMARY_USER_ID, MOBILE, EMAIL -> exists(selectOne().from(USER_GROUP_MEMBER)
                    .where(membersOfTheGroup(USER_GROUP_MEMBER.USER_GROUP_ID, USER_GROUP_MEMBER.ORG_ID, orgs))
                    .and(USER_GROUP_MEMBER.IS_PRIMARY)
                    .and(identifier.name() == IdentifierName.PRIMARY_USER_ID
                            ? USER_GROUP_MEMBER.CUSTOMER_ID.eq(identifier.numericValue())
                            : customerKnownBy(identifier, USER_GROUP_MEMBER.ORG_ID, USER_GROUP_MEMBER.CUSTOMER_ID)));
        };
    }

    /** By id, or by an identifier registered on the source (any, for ALL) and account (any, if none given). */
    private static Condition customerKnownBy(SubjectIdentifier identifier, Field<Long> orgId, Field<Long> customerId) {
        if (identifier.name() == IdentifierName.ID || identifier.name() == IdentifierName.PRIMARY_USER_ID) {
            return customerId.eq(identifier.numericValue());
        }
        return exists(selectOne().from(CUSTOMER_IDENTIFIER)
                .where(CUSTOMER_IDENTIFIER.ORG_ID.eq(orgId))
                .and(CUSTOMER_IDENTIFIER.CUSTOMER_ID.eq(customerId))
                .and(CUSTOMER_IDENTIFIER.IDENTIFIER_NAME.eq(identifier.name().name()))
                .and(CUSTOMER_IDENTIFIER.IDENTIFIER_VALUE.eq(identifier.value()))
                .and(identifier.source() == Source.ALL ? noCondition()
                        : CUSTOMER_IDENTIFIER.SOURCE.eq(identifier.source().name()))
                .and(identifier.account().map(a -> CUSTOMER_IDENTIFIER.ACCOUNT_ID.eq(a.value())).orElse(noCondition())));
    }

    private static List<Long> orgIds(List<OrgId> orgs) {
        return orgs.stream().map(OrgId::value).toList();
    }
}
