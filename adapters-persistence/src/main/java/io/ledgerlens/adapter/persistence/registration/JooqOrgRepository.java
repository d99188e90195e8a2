package io.ledgerlens.adapter.persistence.registration;

import static io.ledgerlens.adapter.persistence.schema.Tables.ORG;

import io.ledgerlens.adapter.persistence.database.Pipeline;
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

    private static final String FIND = "select name, parent_org_id, time_zone, source_value_capturing from org where org_id = ?";

    private final DSLContext dsl;

    JooqOrgRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Org> find(OrgId id) {
        return find(dsl, id);
    }

    /**
     * The org {@code id} as registered, read through {@code dsl}: shared with the operator's org tree. Every
     * registration reads its org first, so the statement is a constant: rendering it with jOOQ was a quarter of the
     * JVM's samples of a single customer's registration.
     */
    static Optional<Org> find(DSLContext dsl, OrgId id) {
        var rows = Pipeline.readAlone(dsl, FIND, id.value());
        return rows.stream().findFirst()
                .map(row -> orgOf(id, (String) row[0], (Long) row[1], (String) row[2], (Boolean) row[3]));
    }

    static Org orgOf(OrgId id, Record4<String, Long, String, Boolean> row) {
        return orgOf(id, row.value1(), row.value2(), row.value3(), row.value4());
    }

    private static Org orgOf(OrgId id, String name, Long parent, String timeZone, boolean capturing) {
        return parent == null
                ? Org.root(id, name, ZoneId.of(timeZone), capturing)
                : Org.childOf(OrgId.of(parent), id, name, ZoneId.of(timeZone), capturing);
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
