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
 * Orgs as {@code stored} has them, with their settings (time zone, source-value capturing) and alternate
 * currencies remembered between requests: every explode read the settings, and every one asking for currencies the
 * currencies, a round trip each. Forgotten on every change of the org or alternate_currency table that
 * {@link ChangeNotices} hears (a currency added too: migration V19). Connections are not remembered: they decide
 * what a v2.1 request may see, and are read only when its scope headers reach beyond the caller's org.
 */
public final class CachedLoadOrg implements LoadOrgPort {

    private static final long AT_MOST = 10_000;
    /** Alternate currencies are few per org (a brand's coins, miles, stars): this many lists of them are plenty. */
    private static final long CURRENCY_LISTS_AT_MOST = 10_000;

    private final LoadOrgPort stored;
    private final Remembered<List<OrgId>, List<OrgSettings>> settings;
    private final Remembered<List<OrgId>, List<AlternateCurrency>> currencies;

    /**
     * Over the stored orgs, remembering nothing until {@code notices} listens.
     *
     * @param stored the orgs as PostgreSQL has them, read on every miss and for every connection
     * @param notices the notices that say when the org or alternate_currency table changed
     */
    public CachedLoadOrg(LoadOrgPort stored, ChangeNotices notices) {
        this.stored = stored;
        this.settings = Remembered.of(notices, "org", AT_MOST);
        this.currencies = Remembered.of(notices, "alternate_currency", CURRENCY_LISTS_AT_MOST);
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
        // None is an answer worth keeping too: the first currency added is heard like any change.
        return currencies.get(List.copyOf(orgs), stored::alternateCurrenciesOf, found -> true);
    }
}
