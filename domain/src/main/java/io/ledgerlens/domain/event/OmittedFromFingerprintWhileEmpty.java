package io.ledgerlens.domain.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component added after events of its record were fingerprinted: while it is empty (an empty list or
 * an absent optional) the canonical text leaves it out, so an event recorded before it existed keeps the fingerprint
 * its ledger chain holds, and {@code verify} still passes on old ledgers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OmittedFromFingerprintWhileEmpty {
}
