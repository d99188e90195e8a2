package io.ledgerlens.domain.event;

/** How a return undid (part of) a bill. */
public enum ReturnType {
    AMOUNT, FULL, LINE_ITEM, CANCELLED
}
