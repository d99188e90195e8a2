package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/** A voucher redeemed: which issue of which series, its code, when. */
@ValueObject
public record VoucherRedemptionDetail(long voucherIssuedId, long voucherSeriesId, String redeemedVoucherCode,
                                      Instant redeemDate) implements EventDetail {

    public VoucherRedemptionDetail {
        Objects.requireNonNull(redeemedVoucherCode, "redeemedVoucherCode");
        Objects.requireNonNull(redeemDate, "redeemDate");
    }

    @Override
    public Set<EventName> recordedOn() {
        return Set.of(EventName.VOUCHER_REDEMPTION);
    }
}
