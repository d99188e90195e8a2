package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.org.OrgConnections;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import io.ledgerlens.domain.points.AlternateCurrency;
import java.util.List;

/** What the explode use case reads about orgs: connections, settings, alternate currencies. */
public interface LoadOrgPort {

    /**
     * The org's parent and children; an org unknown to the store has no connections.
     *
     * @param org the org whose connections decide what v2.1 may read
     * @return its parent, if any, and its children
     */
    OrgConnections connectionsOf(OrgId org);

    /**
     * The settings of each known org among {@code orgs}; unknown orgs are left out.
     *
     * @param orgs the orgs a request reads
     * @return their time zones and source-value capturing, one per known org
     */
    List<OrgSettings> settingsOf(List<OrgId> orgs);

    /**
     * The alternate currencies registered by any of {@code orgs}.
     *
     * @param orgs the orgs a request reads
     * @return their currencies; empty when none of them registered one
     */
    List<AlternateCurrency> alternateCurrenciesOf(List<OrgId> orgs);
}
