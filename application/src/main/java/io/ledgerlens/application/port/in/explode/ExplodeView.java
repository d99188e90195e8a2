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
 *
 * @param version    the endpoint called, which decides the answer's shape
 * @param events     the page of events, in request order
 * @param warnings   what the contract reports without refusing the request (9018: alternate currencies asked for
 *                   that the orgs do not have)
 * @param flags      the sections the caller asked to see
 * @param currencies the alternate currencies the caller asked to see points in
 */
public record ExplodeView(ApiVersion version, List<ExplodedEvent> events, List<Problem> warnings,
                          ExplodeFlags flags, CurrencySelection currencies) {

    /**
     * Refuses missing parts; the lists are copied.
     *
     * @param version    the endpoint called, which decides the answer's shape
     * @param events     the page of events, in request order
     * @param warnings   what the contract reports without refusing the request (9018: alternate currencies asked for
     *                   that the orgs do not have)
     * @param flags      the sections the caller asked to see
     * @param currencies the alternate currencies the caller asked to see points in
     */
    public ExplodeView {
        Objects.requireNonNull(version, "version");
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(currencies, "currencies");
    }
}
