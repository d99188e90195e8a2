package io.ledgerlens.domain.points;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The loyalty-rule action that made an award, and the ruleset it belongs to.
 *
 * @param id the action's id
 * @param name the action's name
 * @param rulesetId the id of the ruleset the action belongs to
 * @param rulesetName that ruleset's name
 */
@ValueObject
public record AwardAction(long id, String name, long rulesetId, String rulesetName) {

    /**
     * Refuses a missing name.
     *
     * @param id the action's id
     * @param name the action's name
     * @param rulesetId the id of the ruleset the action belongs to
     * @param rulesetName that ruleset's name
     */
    public AwardAction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rulesetName, "rulesetName");
    }
}
