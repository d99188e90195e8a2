/**
 * The composition root: the {@code ledgerlens} command line, configuration,
 * the embedded PostgreSQL, the demo dataset, and the hand wiring of ports to
 * adapters. Nothing depends on this package.
 */
package io.ledgerlens.bootstrap;
