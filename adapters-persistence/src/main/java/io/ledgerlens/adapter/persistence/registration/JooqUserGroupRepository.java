package io.ledgerlens.adapter.persistence.registration;

import static io.ledgerlens.adapter.persistence.schema.Tables.USER_GROUP;
import static io.ledgerlens.adapter.persistence.schema.Tables.USER_GROUP_MEMBER;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.Pipeline;
import io.ledgerlens.adapter.persistence.database.Pipeline.SqlArray;
import io.ledgerlens.adapter.persistence.recording.RowBatch;
import io.ledgerlens.application.port.out.registration.UserGroupRepository;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
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
import org.jooq.DSLContext;

/** User groups and their members in one registration's transaction. */
final class JooqUserGroupRepository implements UserGroupRepository {

    private static final String WITH_EXTERNAL_IDS =
            "select external_id, user_group_id from user_group where org_id = ? and external_id = any(?::text[])";
    /**
     * As for customers (see JooqCustomerRepository): inserted, its id claimed in its registry first, else renamed if
     * the org's own, and the ids of both.
     */
    private static final String UPSERT_GROUPS = """
            with given (user_group_id, org_id, external_id, name) as (
                select * from unnest(?::int8[], ?::int8[], ?::text[], ?::text[])),
            claimed as (
                insert into user_group_id_registry (user_group_id, org_id) select user_group_id, org_id from given
                on conflict (user_group_id) do nothing returning user_group_id),
            inserted as (
                insert into user_group (user_group_id, org_id, external_id, name)
                select g.* from given g join claimed using (user_group_id)
                on conflict (org_id, user_group_id) do nothing returning user_group_id),
            renamed as (
                update user_group g set external_id = n.external_id, name = n.name from given n
                 where g.user_group_id = n.user_group_id and g.org_id = n.org_id returning g.user_group_id)
            select user_group_id from inserted union all select user_group_id from renamed""";
    private static final String DELETE_MEMBERS = "delete from user_group_member where user_group_id = any(?::int8[])";
    private static final String INSERT_MEMBERS = """
            insert into user_group_member (org_id, user_group_id, customer_id, is_primary)
            select * from unnest(?::int8[], ?::int8[], ?::int8[], ?::bool[])""";

    private static final ProfileRows.ProfileTable GROUPS =
            new ProfileRows.ProfileTable("user_group", "user_group_id", "user_group_id_registry", "external_id", "name");

    private final DSLContext dsl;
    private final LongConsumer groupsWritten;

    /**
     * {@code groupsWritten} hears how many groups each bulk save wrote, for the tables' statistics: a foreign key
     * of the members to their group checked with a plan made when the groups were few scans every group (measured:
     * a batch of 1,000 households took 0.1 s at the first batch and 0.7 s at the fifth).
     */
    JooqUserGroupRepository(DSLContext dsl, LongConsumer groupsWritten) {
        this.dsl = dsl;
        this.groupsWritten = groupsWritten;
    }

    @Override
    public Optional<UserGroup> find(UserGroupId id) {
        var members = multiset(select(USER_GROUP_MEMBER.CUSTOMER_ID, USER_GROUP_MEMBER.IS_PRIMARY).from(USER_GROUP_MEMBER)
                .where(USER_GROUP_MEMBER.USER_GROUP_ID.eq(USER_GROUP.USER_GROUP_ID))
                // The org too: Citus plans a subquery across shards only when it is correlated on the distribution column.
                .and(USER_GROUP_MEMBER.ORG_ID.eq(USER_GROUP.ORG_ID))
                .orderBy(USER_GROUP_MEMBER.CUSTOMER_ID));
        return dsl.select(USER_GROUP.ORG_ID, USER_GROUP.EXTERNAL_ID, USER_GROUP.NAME, members)
                .from(USER_GROUP)
                .where(USER_GROUP.USER_GROUP_ID.eq(id.value()))
                .fetchOptional(r -> UserGroup.form(id, OrgId.of(r.value1()), r.value2(), r.value3(),
                        r.value4().stream().filter(m -> m.value2()).map(m -> CustomerId.of(m.value1())).findFirst().orElse(null),
                        r.value4().map(m -> CustomerId.of(m.value1()))));
    }

    /** Through a function of the owner's (see {@link ProfileRows#holders}). */
    @Override
    public Optional<OrgId> orgOf(UserGroupId id) {
        return Optional.ofNullable(ProfileRows.holders(dsl, "ledger_user_group_org", List.of(id.value())).get(id.value()))
                .map(OrgId::of);
    }

    @Override
    public Optional<UserGroupId> withExternalId(OrgId org, String externalId) {
        return dsl.select(USER_GROUP.USER_GROUP_ID).from(USER_GROUP)
                .where(USER_GROUP.ORG_ID.eq(org.value())).and(USER_GROUP.EXTERNAL_ID.eq(externalId))
                .fetchOptional(r -> UserGroupId.of(r.value1()));
    }

    @Override
    public boolean save(UserGroup group) {
        return !saveGroups(List.of(group)).contains(group.id());
    }

    @Override
    public Map<UserGroupId, OrgId> orgsOfGroups(Collection<UserGroupId> ids) {
        var holders = new HashMap<UserGroupId, OrgId>();
        ProfileRows.holders(dsl, "ledger_user_group_org", ids.stream().map(UserGroupId::value).toList())
                .forEach((id, org) -> holders.put(UserGroupId.of(id), OrgId.of(org)));
        return holders;
    }

    @Override
    public Map<String, UserGroupId> withExternalIds(OrgId org, Collection<String> externalIds) {
        var holders = new HashMap<String, UserGroupId>();
        if (!externalIds.isEmpty()) {
            for (var row : read(WITH_EXTERNAL_IDS, org.value(), new SqlArray("text", externalIds.toArray()))) {
                holders.put((String) row[0], UserGroupId.of((Long) row[1]));
            }
        }
        return holders;
    }

    /**
     * Three statements for the lot, whatever its size, each of column arrays. No group takes an external id another
     * gives up (the port's promise): PostgreSQL checks each row's external id as it writes it, in no set order.
     */
    @Override
    public Set<UserGroupId> saveGroups(List<UserGroup> groups) {
        if (groups.isEmpty()) {
            return Set.of();
        }
        var citus = LedgerStore.kindOf(dsl) == DatabaseKind.CITUS;
        var written = ProfileRows.insertOrRename(dsl, GROUPS, UPSERT_GROUPS, groups, g -> g.id().value(),
                g -> g.orgId().value(), UserGroup::externalId, UserGroup::name);
        var theirs = new HashSet<UserGroupId>();
        var memberOrgs = new ArrayList<Long>();
        var memberGroups = new ArrayList<Long>();
        var members = new ArrayList<Long>();
        var primary = new ArrayList<Boolean>();
        for (var group : groups) {
            if (!written.contains(group.id().value())) {
                theirs.add(group.id());
                continue;
            }
            for (var member : group.members()) {
                memberOrgs.add(group.orgId().value());
                memberGroups.add(group.id().value());
                members.add(member.value());
                primary.add(member.equals(group.primaryMember()));
            }
        }
        if (!written.isEmpty()) {
            var replacing = new Pipeline(Pipeline.Sending.TOGETHER)
                    .write("user_group_member", DELETE_MEMBERS, new SqlArray("int8", written.toArray()));
            if (!members.isEmpty() && citus) {
                // Rows of values: Citus would copy the unnested arrays into the shards, refused under row-level security.
                var rows = new RowBatch(USER_GROUP_MEMBER, USER_GROUP_MEMBER.ORG_ID, USER_GROUP_MEMBER.USER_GROUP_ID,
                        USER_GROUP_MEMBER.CUSTOMER_ID, USER_GROUP_MEMBER.IS_PRIMARY);
                for (int i = 0; i < members.size(); i++) {
                    rows.add(memberOrgs.get(i), memberGroups.get(i), members.get(i), primary.get(i));
                }
                rows.queueIn(replacing);
            } else if (!members.isEmpty()) {
                replacing.write("user_group_member", INSERT_MEMBERS, new SqlArray("int8", memberOrgs.toArray()),
                        new SqlArray("int8", memberGroups.toArray()), new SqlArray("int8", members.toArray()),
                        new SqlArray("bool", primary.toArray()));
            }
            replacing.send(dsl);
        }
        groupsWritten.accept(written.size());
        return theirs;
    }

    private List<Object[]> read(String sql, Object... binds) {
        return Pipeline.readAlone(dsl, sql, binds);
    }
}
