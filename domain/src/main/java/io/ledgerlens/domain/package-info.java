/**
 * The LedgerLens model: orgs, customers, user groups and the ledger events that
 * earned them points, plus the explode contract's input rules.
 *
 * <p>Pure Java, Vavr and jMolecules DDD only; nothing here knows about HTTP or SQL.
 * Collections exposed by the model are immutable {@code java.util} lists so that
 * views built from it cross the hexagon's edge without Vavr.
 */
package io.ledgerlens.domain;
