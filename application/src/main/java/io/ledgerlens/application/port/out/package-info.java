/**
 * Secondary ports: what the use cases need from the world (the ledger store).
 * Each is narrow, and each has a contract test suite that every
 * implementation (the in-memory fake, the jOOQ adapter) must pass.
 */
@SecondaryPort
package io.ledgerlens.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
