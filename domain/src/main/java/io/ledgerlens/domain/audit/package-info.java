/**
 * The audit log: who signed in and failed, who issued and revoked which
 * credential, who created, connected or disconnected which org, and who asked
 * for a change of the org tree that was not theirs to make.
 */
package io.ledgerlens.domain.audit;
