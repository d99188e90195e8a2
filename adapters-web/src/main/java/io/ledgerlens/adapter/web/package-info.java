/**
 * The HTTP face of LedgerLens: Javalin routes that translate the wire contract
 * to the application's primary ports and back. Nothing here decides anything
 * about the ledger.
 */
@PrimaryAdapter
package io.ledgerlens.adapter.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
