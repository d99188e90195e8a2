package io.ledgerlens.application.port.out.explode;

import io.ledgerlens.domain.org.OrgConnections;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import io.ledgerlens.domain.points.AlternateCurrency;
import java.util.List;

/** What the explode use case reads about orgs: connections, settings, alternate currencies. */
public interface LoadOrgPort {

    /** The org's parent and children; an org unknown to the store has no connections. */
    OrgConnections connectionsOf(OrgId org);

    /** The settings of each known org among {@code orgs}; unknown orgs are left out. */
    List<OrgSettings> settingsOf(List<OrgId> orgs);

    /** The alternate currencies registered by any of {@code orgs}. */
    List<AlternateCurrency> alternateCurrenciesOf(List<OrgId> orgs);
}
