package io.ledgerlens.domain.points;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The allocations of one place (an event, a bill or a line item) split the
 * way the explode answer shows them: regular, promo and promised points, with
 * each alternate currency kept apart from points.
 *
 * @param regular the regular points, in recorded order
 * @param promo the promo points, in recorded order
 * @param promised the promised points, in recorded order
 */
@ValueObject
public record PointsBreakup(List<PointsAllocation> regular, List<PointsAllocation> promo, List<PointsAllocation> promised) {

    /**
     * Keeps its own copy of each list.
     *
     * @param regular the regular points, in recorded order
     * @param promo the promo points, in recorded order
     * @param promised the promised points, in recorded order
     */
    public PointsBreakup {
        regular = List.copyOf(regular);
        promo = List.copyOf(promo);
        promised = List.copyOf(promised);
    }

    /**
     * Splits the points (not alternate currency) allocations among {@code allocations} by kind.
     *
     * @param allocations the allocations of one place
     * @return the breakup of its points
     */
    public static PointsBreakup ofPoints(List<PointsAllocation> allocations) {
        return of(allocations.stream().filter(PointsAllocation::isPoints).toList());
    }

    /**
     * One breakup per alternate currency earned, in order of first appearance.
     *
     * @param allocations the allocations of one place
     * @return the breakup of each currency, points left out
     */
    public static Map<AlternateCurrency, PointsBreakup> byAlternateCurrency(List<PointsAllocation> allocations) {
        var byCurrency = allocations.stream()
                .filter(a -> a.currency().isPresent())
                .collect(Collectors.groupingBy(a -> a.currency().orElseThrow(), LinkedHashMap::new, Collectors.toList()));
        var result = new LinkedHashMap<AlternateCurrency, PointsBreakup>();
        byCurrency.forEach((currency, earned) -> result.put(currency, of(earned)));
        return result;
    }

    private static PointsBreakup of(List<PointsAllocation> allocations) {
        return new PointsBreakup(
                ofKind(allocations, AllocationKind.REGULAR),
                ofKind(allocations, AllocationKind.PROMO),
                ofKind(allocations, AllocationKind.PROMISED));
    }

    private static List<PointsAllocation> ofKind(List<PointsAllocation> allocations, AllocationKind kind) {
        return allocations.stream().filter(a -> a.kind() == kind).toList();
    }

    /**
     * The breakup view folds promotions into regular entries (they carry
     * their promotion instead): regular then promo, in recorded order.
     *
     * @return the regular entries followed by the promo ones
     */
    public List<PointsAllocation> regularIncludingPromo() {
        return Stream.concat(regular.stream(), promo.stream()).toList();
    }

    /** {@return whether the place allocated nothing of this kind of value} */
    public boolean isEmpty() {
        return regular.isEmpty() && promo.isEmpty() && promised.isEmpty();
    }
}
