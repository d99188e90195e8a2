package io.ledgerlens.adapter.persistence.registration;

import static io.ledgerlens.adapter.persistence.schema.Tables.ORG;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import io.ledgerlens.application.port.out.registration.OrgTreeRepository;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Every org, in one change of the org tree, on the owner's connection (see {@link JooqOrgTree}). */
final class JooqOrgTreeRepository implements OrgTreeRepository {

    /** Deeper than any org tree; only guards the walk up against a cycle written by hand. */
    private static final int MAX_DEPTH = 64;

    private final DSLContext dsl;

    JooqOrgTreeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Org> find(OrgId id) {
        return JooqOrgRepository.find(dsl, id);
    }

    @Override
    public List<Org> all() {
        return dsl.select(ORG.ORG_ID, ORG.NAME, ORG.PARENT_ORG_ID, ORG.TIME_ZONE, ORG.SOURCE_VALUE_CAPTURING)
                .from(ORG)
                .orderBy(ORG.ORG_ID)
                .fetch(row -> JooqOrgRepository.orgOf(OrgId.of(row.value1()),
                        row.into(ORG.NAME, ORG.PARENT_ORG_ID, ORG.TIME_ZONE, ORG.SOURCE_VALUE_CAPTURING)));
    }

    @Override
    public List<OrgId> ancestorsOf(OrgId id) {
        var up = name("up");
        var upOrg = field(name("up", "org_id"), Long.class);
        var upDepth = field(name("up", "depth"), Integer.class);
        var ancestors = up.fields("org_id", "depth").as(
                select(ORG.PARENT_ORG_ID, inline(1)).from(ORG)
                        .where(ORG.ORG_ID.eq(id.value())).and(ORG.PARENT_ORG_ID.isNotNull())
                        .unionAll(select(ORG.PARENT_ORG_ID, upDepth.plus(1)).from(ORG).join(table(up)).on(ORG.ORG_ID.eq(upOrg))
                                .where(ORG.PARENT_ORG_ID.isNotNull()).and(upDepth.lt(MAX_DEPTH))));
        return dsl.withRecursive(ancestors).select(upOrg).from(ancestors).orderBy(upDepth)
                .fetch(r -> OrgId.of(r.value1()));
    }

    @Override
    public void add(Org org) {
        dsl.insertInto(ORG, ORG.ORG_ID, ORG.NAME, ORG.PARENT_ORG_ID, ORG.TIME_ZONE, ORG.SOURCE_VALUE_CAPTURING)
                .values(org.id().value(), org.name(), org.parent().map(OrgId::value).orElse(null),
                        org.settings().timeZone().getId(), org.settings().sourceValueCapturing())
                .execute();
    }

    @Override
    public void moveInTree(Org org) {
        dsl.update(ORG)
                .set(ORG.PARENT_ORG_ID, org.parent().map(OrgId::value).orElse(null))
                .where(ORG.ORG_ID.eq(org.id().value()))
                .execute();
    }
}
