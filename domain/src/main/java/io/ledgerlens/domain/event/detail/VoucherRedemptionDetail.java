package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A voucher redeemed: which issue of which series, its code, when.
 *
 * @param voucherIssuedId the id of the voucher issue redeemed (also the event's reference id)
 * @param voucherSeriesId the series the voucher belongs to
 * @param redeemedVoucherCode the code presented
 * @param redeemDate when it was redeemed
 */
@ValueObject
public record VoucherRedemptionDetail(long voucherIssuedId, long voucherSeriesId, String redeemedVoucherCode,
                                      Instant redeemDate) implements EventDetail {

    /**
     * Refuses a missing code or date.
     *
     * @param voucherIssuedId the id of the voucher issue redeemed (also the event's reference id)
     * @param voucherSeriesId the series the voucher belongs to
     * @param redeemedVoucherCode the code presented
     * @param redeemDate when it was redeemed
     */
    public VoucherRedemptionDetail {
        Objects.requireNonNull(redeemedVoucherCode, "redeemedVoucherCode");
        Objects.requireNonNull(redeemDate, "redeemDate");
    }

    @Override
    public Set<EventName> recordedOn() {
        return Set.of(EventName.VOUCHER_REDEMPTION);
    }
}
