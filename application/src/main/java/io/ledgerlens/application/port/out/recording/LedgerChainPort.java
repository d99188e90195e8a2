package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An org's ledger chain as stored, read for verification (by the operator, who sees every row as it is). */
public interface LedgerChainPort {

    /**
     * A stored link and the owner of the event it names, if that event is still there.
     *
     * @param link  the link as stored: position, event, fingerprint and hash
     * @param owner whose ledger the linked event is on; empty when the event is gone
     */
    record StoredLink(ChainLink link, Optional<LedgerOwner> owner) {
        /**
         * Refuses a missing link or owner.
         *
         * @param link  the link as stored: position, event, fingerprint and hash
         * @param owner whose ledger the linked event is on; empty when the event is gone
         */
        public StoredLink {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(owner, "owner");
        }
    }

    /**
     * Up to {@code count} links of {@code org}'s chain after {@code position}, in order.
     *
     * @param org      the org whose chain is read; never another org's links
     * @param position the last position already read; 0 for the start of the chain
     * @param count    the most links to answer
     * @return the links, by position; empty past the chain's end
     */
    List<StoredLink> linksAfter(OrgId org, long position, int count);

    /**
     * The org's events that no link names: recorded before the chain began, and after it (which nothing may do).
     *
     * @param beforeTheChain how many events were recorded before the org's first link, which the chain does not cover
     * @param sinceTheChain  how many were recorded after it without a link: written around the service
     */
    record Unlinked(long beforeTheChain, long sinceTheChain) {
    }

    /**
     * Counts {@code org}'s events that no link names.
     *
     * @param org the org whose events are counted
     * @return those from before the chain began, and those since
     */
    Unlinked unlinked(OrgId org);
}
