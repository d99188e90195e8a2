/** The use cases: one service per primary port, plain Java, wired by hand. */
@Application
package io.ledgerlens.application.service;

import org.jmolecules.architecture.hexagonal.Application;
