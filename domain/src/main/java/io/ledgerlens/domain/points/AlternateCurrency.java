package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A second currency an org awards beside points ("stars"), known to clients by
 * its name and a short opaque identifier. Never promised, only earned.
 *
 * @param id the currency's id in the org's reference data
 * @param name the name clients ask for it by ({@code alternateCurrencyNames})
 * @param identifier the short opaque identifier clients see beside the name
 */
@ValueObject
public record AlternateCurrency(long id, String name, String identifier) {

    /**
     * Refuses an id that is not positive and a missing name or identifier.
     *
     * @param id the currency's id in the org's reference data
     * @param name the name clients ask for it by ({@code alternateCurrencyNames})
     * @param identifier the short opaque identifier clients see beside the name
     */
    public AlternateCurrency {
        ReferenceRules.requirePositiveId(id, "AlternateCurrency");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identifier, "identifier");
    }
}
