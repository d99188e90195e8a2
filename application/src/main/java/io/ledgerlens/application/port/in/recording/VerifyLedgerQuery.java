package io.ledgerlens.application.port.in.recording;

import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.org.OrgId;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Recomputes an org's ledger chain from its stored events: each event's
 * fingerprint from what is stored now, each link's hash from the one before.
 * Reads every event once; tells {@code progress} how many links are checked
 * as it goes.
 */
public interface VerifyLedgerQuery {

    ChainVerdict verify(OrgId org, LongConsumer progress);

    /** The link at {@code position} of {@code org}'s chain as stored: what a kept checkpoint is compared with. */
    Optional<ChainLink> linkAt(OrgId org, long position);
}
