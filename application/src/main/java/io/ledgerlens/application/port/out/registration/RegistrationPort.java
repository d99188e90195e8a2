package io.ledgerlens.application.port.out.registration;

import io.ledgerlens.domain.org.OrgId;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs one registration as one transaction over the {@link Registry}: what
 * {@code work} writes is committed together when it returns, and nothing of it
 * if it throws. Registrations that could invalidate each other are serialized,
 * so that what {@code work} reads (is this identifier free? is this org a child
 * of the caller?) stays true until it commits.
 *
 * <p>What the work sees is as narrow: a registration in an org sees that org's
 * data (its org row, reference data, customers, groups) and nothing of other
 * orgs, and cannot move an org in the tree (see {@link OrgTreePort}). The
 * database adapter enforces it, underneath the org ids its queries name.
 */
public interface RegistrationPort {

    /**
     * Runs {@code work} while no other registration in {@code org} runs.
     *
     * @param <T>  what the work decides
     * @param org  the org the registration is in; the work sees its data only
     * @param work what to read and write, through the repositories it is given
     * @return what {@code work} returned, once what it wrote is committed
     */
    <T> T inOrg(OrgId org, Function<Registry, T> work);

    /**
     * Runs {@code work} while no other registration in {@code org} that names one of the same {@code keys} runs,
     * nor one of the whole org ({@link #inOrg(OrgId, Function)}). A key names what the work reads and writes, the
     * same way in every registration and every version of the service (a customer id, an identifier): two
     * customers registered with nothing in common need not wait for each other. An implementation may serialize
     * more than asked, never less; this one serializes the whole org.
     *
     * @param <T>  what the work decides
     * @param org  the org the registration is in; the work sees its data only
     * @param keys what the work reads and writes, named the same way by every registration
     * @param work what to read and write, through the repositories it is given
     * @return what {@code work} returned, once what it wrote is committed
     */
    default <T> T inOrg(OrgId org, Set<String> keys, Function<Registry, T> work) {
        return inOrg(org, work);
    }
}
