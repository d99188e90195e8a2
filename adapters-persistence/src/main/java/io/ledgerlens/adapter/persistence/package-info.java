/**
 * The ledger on PostgreSQL: jOOQ implementations of the application's
 * out-ports, and the Flyway migrations they stand on.
 */
@SecondaryAdapter
package io.ledgerlens.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
