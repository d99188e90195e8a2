package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.points.Program;
import java.math.BigDecimal;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Points of one program: a line of a redemption, transfer or adjustment breakup.
 *
 * @param points the points, exact
 * @param program the program they are points of
 */
@ValueObject
public record ProgramPoints(BigDecimal points, Program program) {

    /**
     * Refuses a missing part.
     *
     * @param points the points, exact
     * @param program the program they are points of
     */
    public ProgramPoints {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(program, "program");
    }
}
