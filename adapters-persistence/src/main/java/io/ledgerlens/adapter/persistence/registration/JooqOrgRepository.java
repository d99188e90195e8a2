package io.ledgerlens.adapter.persistence.registration;

import static io.ledgerlens.adapter.persistence.schema.Tables.ORG;

import io.ledgerlens.application.port.out.registration.OrgRepository;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import java.time.ZoneId;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record4;

/**
 * Orgs in one registration's transaction, under the service's role: it may
 * update an org's name, time zone and capturing (column grants of V12), never
 * insert an org or touch its parent.
 */
final class JooqOrgRepository implements OrgRepository {

    private final DSLContext dsl;

    JooqOrgRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Org> find(OrgId id) {
        return find(dsl, id);
    }

    /** The org {@code id} as registered, read through {@code dsl}: shared with the operator's org tree. */
    static Optional<Org> find(DSLContext dsl, OrgId id) {
        return dsl.select(ORG.NAME, ORG.PARENT_ORG_ID, ORG.TIME_ZONE, ORG.SOURCE_VALUE_CAPTURING)
                .from(ORG)
                .where(ORG.ORG_ID.eq(id.value()))
                .fetchOptional(row -> orgOf(id, row));
    }

    static Org orgOf(OrgId id, Record4<String, Long, String, Boolean> row) {
        return row.value2() == null
                ? Org.root(id, row.value1(), ZoneId.of(row.value3()), row.value4())
                : Org.childOf(OrgId.of(row.value2()), id, row.value1(), ZoneId.of(row.value3()), row.value4());
    }

    @Override
    public void changeSettings(Org org) {
        dsl.update(ORG)
                .set(ORG.NAME, org.name())
                .set(ORG.TIME_ZONE, org.settings().timeZone().getId())
                .set(ORG.SOURCE_VALUE_CAPTURING, org.settings().sourceValueCapturing())
                .where(ORG.ORG_ID.eq(org.id().value()))
                .execute();
    }
}
