package io.ledgerlens.application.port.out.recording;

import io.ledgerlens.application.port.out.explode.LedgerOwner;
import io.ledgerlens.domain.event.ChainLink;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An org's ledger chain as stored, read for verification (by the operator, who sees every row as it is). */
public interface LedgerChainPort {

    /** A stored link and the owner of the event it names, if that event is still there. */
    record StoredLink(ChainLink link, Optional<LedgerOwner> owner) {
        public StoredLink {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(owner, "owner");
        }
    }

    /** Up to {@code count} links of {@code org}'s chain after {@code position}, in order. */
    List<StoredLink> linksAfter(OrgId org, long position, int count);

    /** The org's events that no link names: recorded before the chain began, and after it (which nothing may do). */
    record Unlinked(long beforeTheChain, long sinceTheChain) {
    }

    Unlinked unlinked(OrgId org);
}
