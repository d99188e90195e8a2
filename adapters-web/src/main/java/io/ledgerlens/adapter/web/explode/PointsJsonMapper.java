package io.ledgerlens.adapter.web.explode;

import io.ledgerlens.domain.event.LineItem;
import io.ledgerlens.domain.event.LineItemReturn;
import io.ledgerlens.domain.event.NamedValue;
import io.ledgerlens.domain.event.PointInTimeSlab;
import io.ledgerlens.domain.points.AwardAction;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsAllocation;
import io.ledgerlens.domain.points.PointsBreakup;
import io.ledgerlens.domain.points.Promotion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/**
 * Maps the ledger's values onto their wire shapes. Timestamps are rendered in
 * the org's time zone, passed along as context.
 */
@Mapper(imports = LineItemReturn.class)
interface PointsJsonMapper {

    PointsJsonMapper INSTANCE = Mappers.getMapper(PointsJsonMapper.class);

    @Mapping(target = "expiresOn", source = "expiresOn", qualifiedByName = "legacy")
    @Mapping(target = "expiresOnISO", source = "expiresOn", qualifiedByName = "iso")
    @Mapping(target = "programId", source = "rule.program.id")
    @Mapping(target = "programName", source = "rule.program.name")
    @Mapping(target = "expiryType", source = "rule.expiryStrategy.type")
    @Mapping(target = "returnPoints", source = "returnedPoints")
    PointsJson.Regular regular(PointsAllocation allocation, @Context ZoneId zone);

    @Mapping(target = "promotionId", expression = "java(allocation.promotion().orElseThrow().id())")
    @Mapping(target = "promotionName", expression = "java(allocation.promotion().orElseThrow().name())")
    @Mapping(target = "promotionStartDate", ignore = true)
    @Mapping(target = "promotionEndDate", ignore = true)
    @Mapping(target = "programId", source = "rule.program.id")
    @Mapping(target = "programName", source = "rule.program.name")
    @Mapping(target = "expiresOn", source = "expiresOn", qualifiedByName = "legacy")
    @Mapping(target = "expiresOnISO", source = "expiresOn", qualifiedByName = "iso")
    @Mapping(target = "expiryType", source = "rule.expiryStrategy.type")
    @Mapping(target = "returnedPoints", source = "returnedPoints")
    PointsJson.Promo promo(PointsAllocation allocation, @Context ZoneId zone);

    @Mapping(target = "conversionDate", source = "conversionDate", qualifiedByName = "legacy")
    @Mapping(target = "programId", source = "rule.program.id")
    @Mapping(target = "programName", source = "rule.program.name")
    PointsJson.Promised promised(PointsAllocation allocation, @Context ZoneId zone);

    @Mapping(target = "expiresOn", source = "expiresOn", qualifiedByName = "legacy")
    @Mapping(target = "expiresOnISO", source = "expiresOn", qualifiedByName = "iso")
    @Mapping(target = "awardedOn", source = "awardedOn", qualifiedByName = "legacyInstant")
    @Mapping(target = "awardedOnISO", source = "awardedOn", qualifiedByName = "isoInstant")
    @Mapping(target = "programId", source = "rule.program.id")
    @Mapping(target = "programName", source = "rule.program.name")
    @Mapping(target = "allocationStrategyId", source = "rule.allocationStrategy.id")
    @Mapping(target = "allocationStrategyName", source = "rule.allocationStrategy.name")
    @Mapping(target = "pointsCategoryId", source = "rule.category.id")
    @Mapping(target = "pointsCategoryName", source = "rule.category.name")
    @Mapping(target = "expiryStrategyId", source = "rule.expiryStrategy.id")
    @Mapping(target = "expiryStrategyName", source = "rule.expiryStrategy.name")
    @Mapping(target = "expiryType", source = "rule.expiryStrategy.type")
    @Mapping(target = "promotionDetails", source = "promotion")
    @Mapping(target = "awardActionDetails", source = "awardAction")
    @Mapping(target = "returnPoints", source = "returnedPoints")
    PointsJson.BreakupEntry breakupEntry(PointsAllocation allocation, @Context ZoneId zone);

    @Mapping(target = "source", source = "billSource")
    @Mapping(target = "grossAmount", source = "line.amounts.gross")
    @Mapping(target = "discount", source = "line.amounts.discount")
    @Mapping(target = "amount", source = "line.amounts.net")
    @Mapping(target = "returnAmount", expression = "java(line.returned().map(LineItemReturn::returnAmount).orElse(null))")
    @Mapping(target = "returnRate", expression = "java(line.returned().map(LineItemReturn::returnRate).orElse(null))")
    @Mapping(target = "returnQty", expression = "java(line.returned().map(LineItemReturn::returnQty).orElse(null))")
    @Mapping(target = "returnValue", expression = "java(line.returned().map(LineItemReturn::returnValue).orElse(null))")
    @Mapping(target = "serialNumber", expression = "java(line.returned().map(LineItemReturn::serialNumber).orElse(null))")
    @Mapping(target = "pointsEarned", source = "line.allocations", qualifiedByName = "earnedIfAny")
    @Mapping(target = "pointsEarnedBreakup", ignore = true)
    EventJson.LineItem lineItem(LineItem line, String billSource, @Context ZoneId zone);

    @Mapping(target = "pointInTimeSlabNumber", source = "slabNumber")
    @Mapping(target = "pointInTimeSlabName", source = "slabName")
    @Mapping(target = "isDefaultProgram", source = "defaultProgram")
    EventJson.Slab slab(PointInTimeSlab slab);

    EventJson.NameValue nameValue(NamedValue field);

    List<EventJson.NameValue> nameValues(List<NamedValue> fields);

    /** Regular, promo and promised points of one place; every key present, possibly empty. */
    default PointsJson.Earned earned(PointsBreakup breakup, @Context ZoneId zone) {
        return new PointsJson.Earned(
                breakup.regular().stream().map(a -> regular(a, zone)).toList(),
                breakup.promo().stream().map(a -> promo(a, zone)).toList(),
                breakup.promised().stream().map(a -> promised(a, zone)).toList());
    }

    /**
     * As {@link #earned}, with each promo entry's promotion window where the promotion has one: §7.2 prints
     * {@code promotionStartDate} and {@code promotionEndDate} on the promo entries of {@code GenericEvent} events only.
     */
    default PointsJson.Earned earnedWithPromotionWindows(PointsBreakup breakup, @Context ZoneId zone) {
        var earned = earned(breakup, zone);
        var promo = new ArrayList<PointsJson.Promo>();
        for (int i = 0; i < earned.promo().size(); i++) {
            var promotion = breakup.promo().get(i).promotion();
            promo.add(earned.promo().get(i).withWindow(
                    LedgerTime.promotionStart(promotion.flatMap(Promotion::startDate).orElse(null)),
                    LedgerTime.promotionEnd(promotion.flatMap(Promotion::endDate).orElse(null))));
        }
        return new PointsJson.Earned(earned.regular(), List.copyOf(promo), earned.promised());
    }

    /** A line item shows {@code pointsEarned} only when it earned points (§7.3). */
    @Named("earnedIfAny")
    default PointsJson.Earned earnedIfAny(List<PointsAllocation> allocations, @Context ZoneId zone) {
        var points = PointsBreakup.ofPoints(allocations);
        return points.isEmpty() ? null : earned(points, zone);
    }

    default PointsJson.Breakup breakup(PointsBreakup breakup, @Context ZoneId zone) {
        return new PointsJson.Breakup(
                breakup.regularIncludingPromo().stream().map(a -> breakupEntry(a, zone)).toList(),
                breakup.promised().stream().map(a -> breakupEntry(a, zone)).toList());
    }

    @Named("legacy")
    default String legacy(Optional<Instant> instant, @Context ZoneId zone) {
        return instant.map(i -> LedgerTime.legacy(i, zone)).orElse(null);
    }

    @Named("iso")
    default String iso(Optional<Instant> instant, @Context ZoneId zone) {
        return instant.map(i -> LedgerTime.iso(i, zone)).orElse(null);
    }

    @Named("legacyInstant")
    default String legacyInstant(Instant instant, @Context ZoneId zone) {
        return LedgerTime.legacy(instant, zone);
    }

    @Named("isoInstant")
    default String isoInstant(Instant instant, @Context ZoneId zone) {
        return LedgerTime.iso(instant, zone);
    }

    default String expiryType(ExpiryType type) {
        return type.wireName();
    }

    default BigDecimal orAbsent(Optional<BigDecimal> value) {
        return value.orElse(null);
    }

    default PointsJson.PromotionDetails promotionDetails(Optional<Promotion> promotion) {
        return promotion.map(p -> new PointsJson.PromotionDetails(p.id(), p.name())).orElse(null);
    }

    default PointsJson.AwardActionDetails awardActionDetails(Optional<AwardAction> action) {
        return action.map(a -> new PointsJson.AwardActionDetails(a.id(), a.name(), a.rulesetId(), a.rulesetName()))
                .orElse(null);
    }
}
