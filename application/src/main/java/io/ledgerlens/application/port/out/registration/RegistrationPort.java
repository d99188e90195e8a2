package io.ledgerlens.application.port.out.registration;

import io.ledgerlens.domain.org.OrgId;
import java.util.function.Function;

/**
 * Runs one registration as one transaction over the {@link Registry}: what
 * {@code work} writes is committed together when it returns, and nothing of it
 * if it throws. Registrations within one org are serialized, so that what
 * {@code work} reads (is this identifier free? is this org a child of the
 * caller?) stays true until it commits.
 *
 * <p>What the work sees is as narrow: a registration in an org sees that org's
 * data (its org row, reference data, customers, groups) and nothing of other
 * orgs, and cannot move an org in the tree (see {@link OrgTreePort}). The
 * database adapter enforces it, underneath the org ids its queries name.
 */
public interface RegistrationPort {

    /** Runs {@code work} while no other registration in {@code org} runs. */
    <T> T inOrg(OrgId org, Function<Registry, T> work);
}
