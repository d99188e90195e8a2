package io.ledgerlens.adapter.persistence.explode;

import static io.ledgerlens.adapter.persistence.schema.Tables.ALTERNATE_CURRENCY;
import static io.ledgerlens.adapter.persistence.schema.Tables.ORG;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.RenderedQuery;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.adapter.persistence.schema.tables.Org;
import io.ledgerlens.application.port.out.explode.LoadOrgPort;
import io.ledgerlens.domain.org.OrgConnections;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import io.ledgerlens.domain.points.AlternateCurrency;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Param;

/** Reads orgs, their connections and their alternate currencies, one statement per question. */
public final class JooqLoadOrg implements LoadOrgPort {

    private static final Param<Long[]> ORGS = param("orgs", Long[].class);

    private final LedgerStore store;
    /**
     * Rendered once: asked by every explode that includes alternate currencies, rendering it per request was a
     * sixth of such a request's CPU samples in the JVM.
     */
    private final RenderedQuery currencies;

    /**
     * Over the service's store; renders the alternate currencies' statement once.
     *
     * @param store the service's store
     */
    public JooqLoadOrg(LedgerStore store) {
        this.store = store;
        this.currencies = RenderedQuery.named(store, select(ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID,
                        ALTERNATE_CURRENCY.NAME, ALTERNATE_CURRENCY.IDENTIFIER)
                .from(ALTERNATE_CURRENCY)
                .where(ALTERNATE_CURRENCY.ORG_ID.eq(any(ORGS)))
                .orderBy(ALTERNATE_CURRENCY.ORG_ID, ALTERNATE_CURRENCY.ALTERNATE_CURRENCY_ID));
    }

    /** Fenced to {@code org}: the policy on org lets it read its children's rows, which name it as their parent. */
    @Override
    public OrgConnections connectionsOf(OrgId org) {
        Org child = ORG.as("child");
        return store.fetch(TenantFence.of(org), select(ORG.PARENT_ORG_ID,
                                multiset(select(child.ORG_ID).from(child).where(child.PARENT_ORG_ID.eq(ORG.ORG_ID)))
                                        .convertFrom(r -> r.map(c -> OrgId.of(c.value1()))))
                        .from(ORG)
                        .where(ORG.ORG_ID.eq(org.value())),
                        r -> new OrgConnections(org, Optional.ofNullable(r.value1()).map(OrgId::of), new HashSet<>(r.value2())))
                .stream().findFirst()
                .orElseGet(() -> OrgConnections.isolated(org));
    }

    @Override
    public List<OrgSettings> settingsOf(List<OrgId> orgs) {
        return store.fetch(TenantFence.of(orgs), select(ORG.ORG_ID, ORG.TIME_ZONE, ORG.SOURCE_VALUE_CAPTURING)
                        .from(ORG)
                        .where(ORG.ORG_ID.in(ids(orgs)))
                        .orderBy(ORG.ORG_ID),
                r -> new OrgSettings(OrgId.of(r.value1()), ZoneId.of(r.value2()), r.value3()));
    }

    @Override
    public List<AlternateCurrency> alternateCurrenciesOf(List<OrgId> orgs) {
        return currencies.fetch(TenantFence.of(orgs), Map.of(ORGS.getParamName(), ids(orgs).toArray(Long[]::new))).stream()
                .map(r -> new AlternateCurrency(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class)))
                .toList();
    }

    static List<Long> ids(List<OrgId> orgs) {
        return orgs.stream().map(OrgId::value).toList();
    }
}
