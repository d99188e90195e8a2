package io.ledgerlens.domain.access;

import io.ledgerlens.domain.org.OrgId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/** Who is calling, once authenticated: the org of its credential and what the credential lets it do. */
@ValueObject
public record Caller(OrgId org, CredentialId credential, Set<AccessRight> rights) {

    public Caller {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(credential, "credential");
        rights = rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
    }

    public boolean may(AccessRight right) {
        return rights.contains(right);
    }
}
