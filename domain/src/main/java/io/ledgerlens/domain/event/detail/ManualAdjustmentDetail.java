package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import io.ledgerlens.domain.event.OmittedFromFingerprintWhileEmpty;
import io.ledgerlens.domain.points.Program;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Points deducted by hand: how many in all, when, why, from which programs, and, where the adjusting system said
 * so, from which allocations ({@code breakup}, §7.5.2). Adjustments recorded before revision 2 of the contract know
 * their per-program totals only.
 *
 * @param totalPointsDeducted the points taken in all ({@code totalPointsDeducted})
 * @param createdOn when the adjustment was made
 * @param reason why it was made
 * @param deductions the points taken per program, in the order first seen
 * @param breakup the allocations consumed, one entry each ({@code pointsDeductionBreakUpDetails}); empty when
 *        the adjusting system did not say
 */
@ValueObject
public record ManualAdjustmentDetail(BigDecimal totalPointsDeducted, Instant createdOn, String reason,
                                     List<ProgramPoints> deductions,
                                     @OmittedFromFingerprintWhileEmpty List<Deduction> breakup) implements EventDetail {

    /**
     * Refuses a missing part and a breakup whose points do not add up to {@code totalPointsDeducted}.
     *
     * @param totalPointsDeducted the points taken in all ({@code totalPointsDeducted})
     * @param createdOn when the adjustment was made
     * @param reason why it was made
     * @param deductions the points taken per program, in the order first seen
     * @param breakup the allocations consumed, one entry each ({@code pointsDeductionBreakUpDetails}); empty when
     *                the adjusting system did not say
     */
    public ManualAdjustmentDetail {
        Objects.requireNonNull(totalPointsDeducted, "totalPointsDeducted");
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(reason, "reason");
        deductions = List.copyOf(deductions);
        breakup = List.copyOf(breakup);
        if (!breakup.isEmpty() && breakup.stream().map(d -> d.points().points()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(totalPointsDeducted) != 0) {
            throw new IllegalArgumentException("the deduction breakup adds up to other than totalPointsDeducted");
        }
    }

    /**
     * An adjustment known by its per-program totals only.
     *
     * @param totalPointsDeducted the points taken in all
     * @param createdOn when the adjustment was made
     * @param reason why it was made
     * @param deductions the points taken per program
     */
    public ManualAdjustmentDetail(BigDecimal totalPointsDeducted, Instant createdOn, String reason,
                                  List<ProgramPoints> deductions) {
        this(totalPointsDeducted, createdOn, reason, deductions, List.of());
    }

    /**
     * An adjustment by the allocations it consumed; its per-program totals follow from them, in their order.
     *
     * @param totalPointsDeducted the points taken in all; the breakup must add up to it
     * @param createdOn when the adjustment was made
     * @param reason why it was made
     * @param breakup the allocations consumed
     * @return the adjustment with its breakup and the per-program totals made from it
     */
    public static ManualAdjustmentDetail ofBreakup(BigDecimal totalPointsDeducted, Instant createdOn, String reason,
                                                   List<Deduction> breakup) {
        var perProgram = new LinkedHashMap<Program, BigDecimal>();
        breakup.forEach(d -> perProgram.merge(d.points().program(), d.points().points(), BigDecimal::add));
        var deductions = perProgram.entrySet().stream().map(e -> new ProgramPoints(e.getValue(), e.getKey())).toList();
        return new ManualAdjustmentDetail(totalPointsDeducted, createdOn, reason, deductions, breakup);
    }

    @Override
    public Set<EventName> recordedOn() {
        return Set.of(EventName.MANUAL_POINTS_ADJUSTMENT);
    }
}
