package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A second currency an org awards beside points ("stars"), known to clients by
 * its name and a short opaque identifier. Never promised, only earned.
 */
@ValueObject
public record AlternateCurrency(long id, String name, String identifier) {

    public AlternateCurrency {
        ReferenceRules.requirePositiveId(id, "AlternateCurrency");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identifier, "identifier");
    }
}
