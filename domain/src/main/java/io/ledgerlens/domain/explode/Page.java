package io.ledgerlens.domain.explode;

/**
 * A page of the resolved event list (ours, §4): {@code offset} is a 0-based
 * page number, {@code limit} the page size.
 *
 * @param offset the 0-based page number
 * @param limit the page size
 */
public record Page(int offset, int limit) {

    /** Revision 2 (§4): a request without paging parameters is never cut short (it names at most 100 event ids). */
    public static final int DEFAULT_LIMIT = 100;
    /** The largest page the contract allows (11006 beyond it). */
    public static final int MAX_LIMIT = 100;

    /**
     * Refuses a negative offset and a limit outside 1 to {@value #MAX_LIMIT}.
     *
     * @param offset the 0-based page number
     * @param limit the page size
     */
    public Page {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset >= 0 and 1 <= limit <= " + MAX_LIMIT);
        }
    }

    /** {@return the page of a request without paging parameters: page 0 of {@value #DEFAULT_LIMIT}} */
    public static Page first() {
        return new Page(0, DEFAULT_LIMIT);
    }

    /**
     * The index of the first element on this page, never overflowing.
     *
     * @return {@code offset × limit}, as a long
     */
    public long firstIndex() {
        return (long) offset * limit;
    }
}
