package io.ledgerlens.adapter.persistence.registration;

import static io.ledgerlens.adapter.persistence.schema.Tables.ORG;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import io.ledgerlens.application.port.out.OrgRepository;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Orgs in one registration's transaction. */
final class JooqOrgRepository implements OrgRepository {

    /** Deeper than any org tree; only guards the walk up against a cycle written by hand. */
    private static final int MAX_DEPTH = 64;

    private final DSLContext dsl;

    JooqOrgRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Org> find(OrgId id) {
        return dsl.select(ORG.NAME, ORG.PARENT_ORG_ID, ORG.TIME_ZONE, ORG.SOURCE_VALUE_CAPTURING)
                .from(ORG)
                .where(ORG.ORG_ID.eq(id.value()))
                .fetchOptional(r -> r.value2() == null
                        ? Org.root(id, r.value1(), ZoneId.of(r.value3()), r.value4())
                        : Org.childOf(OrgId.of(r.value2()), id, r.value1(), ZoneId.of(r.value3()), r.value4()));
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
    public void save(Org org) {
        var parent = org.parent().map(OrgId::value).orElse(null);
        var zone = org.settings().timeZone().getId();
        var capturing = org.settings().sourceValueCapturing();
        dsl.insertInto(ORG, ORG.ORG_ID, ORG.NAME, ORG.PARENT_ORG_ID, ORG.TIME_ZONE, ORG.SOURCE_VALUE_CAPTURING)
                .values(org.id().value(), org.name(), parent, zone, capturing)
                .onConflict(ORG.ORG_ID).doUpdate()
                .set(ORG.NAME, org.name())
                .set(ORG.PARENT_ORG_ID, parent)
                .set(ORG.TIME_ZONE, zone)
                .set(ORG.SOURCE_VALUE_CAPTURING, capturing)
                .execute();
    }
}
