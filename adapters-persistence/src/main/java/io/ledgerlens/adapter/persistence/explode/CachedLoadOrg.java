package io.ledgerlens.adapter.persistence.explode;

import io.ledgerlens.adapter.persistence.database.ChangeNotices;
import io.ledgerlens.adapter.persistence.database.Remembered;
import io.ledgerlens.application.port.out.explode.LoadOrgPort;
import io.ledgerlens.domain.org.OrgConnections;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgSettings;
import io.ledgerlens.domain.points.AlternateCurrency;
import java.util.List;

/**
 * Orgs as {@code stored} has them, with their settings (time zone, source-value capturing) remembered between
 * requests: every explode read them, a round trip of its own. Forgotten on every change of the org table that
 * {@link ChangeNotices} hears. Connections are not remembered: they decide what a v2.1 request may see, and
 * are read only when its scope headers reach beyond the caller's org.
 */
public final class CachedLoadOrg implements LoadOrgPort {

    private static final long AT_MOST = 10_000;

    private final LoadOrgPort stored;
    private final Remembered<List<OrgId>, List<OrgSettings>> settings;

    public CachedLoadOrg(LoadOrgPort stored, ChangeNotices notices) {
        this.stored = stored;
        this.settings = Remembered.of(notices, "org", AT_MOST);
    }

    @Override
    public OrgConnections connectionsOf(OrgId org) {
        return stored.connectionsOf(org);
    }

    @Override
    public List<OrgSettings> settingsOf(List<OrgId> orgs) {
        // An answer that leaves out an org not registered yet is not kept: the org may be registered next.
        return settings.get(List.copyOf(orgs), stored::settingsOf, found -> found.size() == orgs.size());
    }

    @Override
    public List<AlternateCurrency> alternateCurrenciesOf(List<OrgId> orgs) {
        return stored.alternateCurrenciesOf(orgs);
    }
}
