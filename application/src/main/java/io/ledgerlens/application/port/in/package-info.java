/**
 * Primary ports: what LedgerLens offers to the outside world. Embedders call
 * these interfaces directly; the HTTP adapter is just one more caller.
 */
@PrimaryPort
package io.ledgerlens.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
