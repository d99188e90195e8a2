package io.ledgerlens.domain.event;

import io.ledgerlens.domain.org.OrgId;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One link of an org's ledger chain: the org's {@code position}th event, what
 * it said ({@link EventFingerprint}) and a hash over that and the link before.
 * Changing anything an event said, removing an event or slipping one in
 * breaks every hash after it; rewriting them all to match is what a signed
 * checkpoint of the chain's head, kept elsewhere, gives away.
 *
 * <p>The hash is the SHA-256, in lower-case hex, of the UTF-8 text
 * {@code previous-hash ":" org ":" position ":" event-log-id ":" fingerprint};
 * the first link's previous hash is {@link #GENESIS}. Written out here so that
 * anyone can recompute a chain with nothing but its rows.
 *
 * @param org the org whose chain this is
 * @param position the link's place in the chain, from 1
 * @param event the event the link stands for
 * @param fingerprint the event's {@link EventFingerprint}
 * @param hash the link's hash, over the previous link's hash and this link's content
 */
@ValueObject
public record ChainLink(OrgId org, long position, EventLogId event, String fingerprint, String hash) {

    /** What the first link of every org's chain follows. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * Refuses a position below 1 and a missing part.
     *
     * @param org the org whose chain this is
     * @param position the link's place in the chain, from 1
     * @param event the event the link stands for
     * @param fingerprint the event's {@link EventFingerprint}
     * @param hash the link's hash, over the previous link's hash and this link's content
     */
    public ChainLink {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(hash, "hash");
        if (position < 1) {
            throw new IllegalArgumentException("chain positions start at 1");
        }
    }

    /**
     * The first link of {@code org}'s chain.
     *
     * @param org the org whose chain starts
     * @param event the org's first event
     * @param fingerprint that event's fingerprint
     * @return the link at position 1, hashed after {@link #GENESIS}
     */
    public static ChainLink first(OrgId org, EventLogId event, String fingerprint) {
        return new ChainLink(org, 1, event, fingerprint, hashOf(GENESIS, org, 1, event, fingerprint));
    }

    /**
     * The link after this one, for the org's next event.
     *
     * @param nextEvent the org's next event
     * @param nextFingerprint that event's fingerprint
     * @return the link at the next position, hashed after this one
     */
    public ChainLink next(EventLogId nextEvent, String nextFingerprint) {
        return new ChainLink(org, position + 1, nextEvent, nextFingerprint,
                hashOf(hash, org, position + 1, nextEvent, nextFingerprint));
    }

    /**
     * The hash this link must have, after {@code previousHash}: what verifying a stored chain compares with.
     *
     * @param previousHash the hash of the link before, or {@link #GENESIS}
     * @param org the org whose chain it is
     * @param position the link's position
     * @param event the event the link stands for
     * @param fingerprint the event's fingerprint
     * @return the SHA-256 in lower-case hex, as described on the type
     */
    public static String hashOf(String previousHash, OrgId org, long position, EventLogId event, String fingerprint) {
        return EventFingerprint.sha256Hex(previousHash + ":" + org.value() + ":" + position + ":" + event.value() + ":" + fingerprint);
    }
}
