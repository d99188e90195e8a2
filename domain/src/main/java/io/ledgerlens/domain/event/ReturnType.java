package io.ledgerlens.domain.event;

/** How a return undid (part of) a bill. */
public enum ReturnType {
    /** Money given back without naming the lines it was for. */
    AMOUNT,
    /** The whole bill given back. */
    FULL,
    /** Some lines given back, each with its returned quantity. */
    LINE_ITEM,
    /** The bill cancelled after it was made. */
    CANCELLED
}
