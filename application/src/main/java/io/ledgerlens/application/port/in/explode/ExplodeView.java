package io.ledgerlens.application.port.in.explode;

import io.ledgerlens.domain.explode.CurrencySelection;
import io.ledgerlens.domain.explode.ExplodeFlags;
import io.ledgerlens.domain.explode.Problem;
import io.ledgerlens.domain.org.ApiVersion;
import java.util.List;
import java.util.Objects;

/**
 * A successful explode: the page of events in request order, the warnings,
 * and what the caller asked to see (sections, currencies, endpoint), which
 * decides the keys of the rendered answer.
 */
public record ExplodeView(ApiVersion version, List<ExplodedEvent> events, List<Problem> warnings,
                          ExplodeFlags flags, CurrencySelection currencies) {

    public ExplodeView {
        Objects.requireNonNull(version, "version");
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(currencies, "currencies");
    }
}
