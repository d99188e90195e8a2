package io.ledgerlens.domain.access;

import io.ledgerlens.domain.org.OrgId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Who is calling, once authenticated: the org of its credential and what the credential lets it do.
 *
 * @param org the org the credential belongs to, the only one it acts in
 * @param credential the credential the request presented
 * @param rights what the credential lets the caller do; may be empty
 */
@ValueObject
public record Caller(OrgId org, CredentialId credential, Set<AccessRight> rights) {

    /**
     * Refuses a caller without an org or a credential; keeps its own copy of the rights.
     *
     * @param org the org the credential belongs to, the only one it acts in
     * @param credential the credential the request presented
     * @param rights what the credential lets the caller do; may be empty
     */
    public Caller {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(credential, "credential");
        rights = rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
    }

    /**
     * Whether the caller holds {@code right}; rights do not imply one another.
     *
     * @param right the right an operation needs
     * @return true when the credential carries exactly that right
     */
    public boolean may(AccessRight right) {
        return rights.contains(right);
    }
}
