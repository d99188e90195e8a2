package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.util.Set;

/**
 * What an event of one kind records beyond its points (§7.5 of the contract):
 * the behavioural event's metadata, a redemption's details, a transfer's
 * parties, and so on. Each kind of detail belongs to one or more event names.
 */
public sealed interface EventDetail permits GenericEventDetail, GoodwillDetail, RedemptionDetail, TransferDetail,
        TargetCompletedDetail, VoucherRedemptionDetail, ManualAdjustmentDetail, ImportDetail {

    /**
     * The event names this kind of detail can be recorded on.
     *
     * @return the names an event must have to carry this detail; {@link io.ledgerlens.domain.event.LedgerEvent} refuses
     *        others
     */
    Set<EventName> recordedOn();
}
