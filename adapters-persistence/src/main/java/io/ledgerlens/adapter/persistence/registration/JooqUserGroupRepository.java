package io.ledgerlens.adapter.persistence.registration;

import static io.ledgerlens.adapter.persistence.schema.Tables.USER_GROUP;
import static io.ledgerlens.adapter.persistence.schema.Tables.USER_GROUP_MEMBER;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.ledgerlens.application.port.out.registration.UserGroupRepository;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import java.util.Optional;
import org.jooq.DSLContext;

/** User groups and their members in one registration's transaction. */
final class JooqUserGroupRepository implements UserGroupRepository {

    private final DSLContext dsl;

    JooqUserGroupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<UserGroup> find(UserGroupId id) {
        var members = multiset(select(USER_GROUP_MEMBER.CUSTOMER_ID, USER_GROUP_MEMBER.IS_PRIMARY).from(USER_GROUP_MEMBER)
                .where(USER_GROUP_MEMBER.USER_GROUP_ID.eq(USER_GROUP.USER_GROUP_ID))
                .orderBy(USER_GROUP_MEMBER.CUSTOMER_ID));
        return dsl.select(USER_GROUP.ORG_ID, USER_GROUP.EXTERNAL_ID, USER_GROUP.NAME, members)
                .from(USER_GROUP)
                .where(USER_GROUP.USER_GROUP_ID.eq(id.value()))
                .fetchOptional(r -> UserGroup.form(id, OrgId.of(r.value1()), r.value2(), r.value3(),
                        r.value4().stream().filter(m -> m.value2()).map(m -> CustomerId.of(m.value1())).findFirst().orElse(null),
                        r.value4().map(m -> CustomerId.of(m.value1()))));
    }

    /** Through a function of the owner's (see JooqCustomerRepository.orgOf). */
    @Override
    public Optional<OrgId> orgOf(UserGroupId id) {
        return dsl.select(field("ledger_user_group_org({0})", Long.class, id.value())).fetchOptional(r -> r.value1())
                .flatMap(org -> Optional.ofNullable(org).map(OrgId::of));
    }

    @Override
    public Optional<UserGroupId> withExternalId(OrgId org, String externalId) {
        return dsl.select(USER_GROUP.USER_GROUP_ID).from(USER_GROUP)
                .where(USER_GROUP.ORG_ID.eq(org.value())).and(USER_GROUP.EXTERNAL_ID.eq(externalId))
                .fetchOptional(r -> UserGroupId.of(r.value1()));
    }

    @Override
    public boolean save(UserGroup group) {
        long org = group.orgId().value();
        long id = group.id().value();
        // As for customers: an insert, else an update of the org's own group only (see JooqCustomerRepository.save).
        var inserted = dsl.insertInto(USER_GROUP, USER_GROUP.USER_GROUP_ID, USER_GROUP.ORG_ID, USER_GROUP.EXTERNAL_ID, USER_GROUP.NAME)
                .values(id, org, group.externalId(), group.name())
                .onConflict(USER_GROUP.USER_GROUP_ID).doNothing()
                .execute();
        var written = inserted > 0 ? inserted : dsl.update(USER_GROUP)
                .set(USER_GROUP.EXTERNAL_ID, group.externalId())
                .set(USER_GROUP.NAME, group.name())
                .where(USER_GROUP.USER_GROUP_ID.eq(id)).and(USER_GROUP.ORG_ID.eq(org))
                .execute();
        if (written == 0) {
            return false;
        }
        dsl.deleteFrom(USER_GROUP_MEMBER).where(USER_GROUP_MEMBER.USER_GROUP_ID.eq(id)).execute();
        var insert = dsl.insertInto(USER_GROUP_MEMBER, USER_GROUP_MEMBER.ORG_ID, USER_GROUP_MEMBER.USER_GROUP_ID,
                USER_GROUP_MEMBER.CUSTOMER_ID, USER_GROUP_MEMBER.IS_PRIMARY);
        for (var member : group.members()) {
            insert = insert.values(org, id, member.value(), member.equals(group.primaryMember()));
        }
        insert.execute();
        return true;
    }
}
