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

    /**
     * Runs {@code work} as one change of the org tree, while no other runs.
     *
     * @param <T>  what the work decides
     * @param work what to read and change, through the repository it is given
     * @return what {@code work} returned, once what it wrote is committed
     */
    <T> T inOrgTree(Function<OrgTreeRepository, T> work);
}
