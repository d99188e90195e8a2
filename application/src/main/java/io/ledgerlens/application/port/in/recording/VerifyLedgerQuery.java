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

    /**
     * Walks {@code org}'s whole chain from its first link.
     *
     * @param org      the org whose chain is recomputed
     * @param progress told the number of links checked so far, after each page
     * @return intact, with the last link to keep as a checkpoint, or the first place it does not hold
     */
    ChainVerdict verify(OrgId org, LongConsumer progress);

    /**
     * The link at {@code position} of {@code org}'s chain as stored: what a kept checkpoint is compared with.
     *
     * @param org      the org whose chain is read
     * @param position the link's position, from 1
     * @return the link; empty when the chain has no link there
     */
    Optional<ChainLink> linkAt(OrgId org, long position);
}
