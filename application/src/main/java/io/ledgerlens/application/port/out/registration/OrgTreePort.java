package io.ledgerlens.application.port.out.registration;

import java.util.function.Function;

/**
 * The org tree as the operator changes it: creating an org, connecting a child to a parent, disconnecting it.
 * No org credential reaches it — an org admin changes its own org's settings through {@link RegistrationPort}
 * and nothing of the tree — so an adapter gives it a door of its own (the database's owner, not the service's
 * fenced role). One change at a time across the ledger, so that what {@code work} checked (is this id free?
 * would this make a cycle?) stays true until it commits; nothing of {@code work} is written if it throws.
 */
public interface OrgTreePort {

    <T> T inOrgTree(Function<OrgTreeRepository, T> work);
}
