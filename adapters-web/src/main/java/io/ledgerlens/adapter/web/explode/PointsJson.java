package io.ledgerlens.adapter.web.explode;

import java.math.BigDecimal;
import java.util.List;

/** The points containers of the contract (§7.2). A {@code null} component is an absent key. */
final class PointsJson {

    private PointsJson() {
    }

    /** {@code pointsEarned}: regular, promo and promised, each always present (possibly empty). */
    record Earned(List<Regular> regular, List<Promo> promo, List<Promised> promised) {

        Earned withPromoWithoutExpiry() {
            return new Earned(regular, promo.stream().map(Promo::withoutExpiry).toList(), promised);
        }
    }

    record Regular(BigDecimal value, String expiresOn, String expiresOnISO, long programId, String programName,
                   String expiryType, BigDecimal returnPoints) {
    }

    record Promo(long promotionId, String promotionName, long programId, String programName, BigDecimal value,
                 String expiresOn, String expiresOnISO, String expiryType, String promotionStartDate,
                 String promotionEndDate, BigDecimal returnedPoints) {

        Promo withoutExpiry() {
            return new Promo(promotionId, promotionName, programId, programName, value, null, null, null,
                    promotionStartDate, promotionEndDate, returnedPoints);
        }

        Promo withWindow(String startDate, String endDate) {
            return new Promo(promotionId, promotionName, programId, programName, value, expiresOn, expiresOnISO,
                    expiryType, startDate, endDate, returnedPoints);
        }
    }

    record Promised(BigDecimal value, String conversionDate, long programId, String programName) {
    }

    /** {@code pointsEarnedBreakup}: no promo key, promotions are regular entries with their promotion. */
    record Breakup(List<BreakupEntry> regular, List<BreakupEntry> promised) {
    }

    record BreakupEntry(BigDecimal value, String expiresOn, String expiresOnISO, String awardedOn, String awardedOnISO,
                        BigDecimal sourceValue, long programId, String programName, long allocationStrategyId,
                        String allocationStrategyName, long pointsCategoryId, String pointsCategoryName,
                        long expiryStrategyId, String expiryStrategyName, String expiryType,
                        PromotionDetails promotionDetails, AwardActionDetails awardActionDetails,
                        BigDecimal returnPoints) {
    }

    record PromotionDetails(long promotionId, String promotionName) {
    }

    record AwardActionDetails(long id, String name, long rulesetId, String rulesetName) {
    }

    /** One alternate currency's {@code pointsEarned}; never promised values, but the key is kept. */
    record CurrencyEarned(List<Regular> regular, List<Promo> promo, List<Promised> promised,
                          String alternateCurrencyName, String alternateCurrencyIdentifier) {
    }

    record CurrencyBreakup(List<BreakupEntry> regular, List<BreakupEntry> promised,
                           String alternateCurrencyName, String alternateCurrencyIdentifier) {
    }
}
