package io.ledgerlens.application.port.in;

import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;

/**
 * Issues, lists and revokes the credentials of one org. The secret of a new
 * credential is generated here and returned once; only its hash is kept.
 * Operators call it from the command line for any org, org admins over HTTP
 * for their own.
 */
public interface ManageCredentialsUseCase {

    CredentialIssue issue(OrgId org, CredentialRequest request);

    /** The org's credentials, revoked ones included, oldest first. */
    List<CredentialView> list(OrgId org);

    /** Revokes the org's credential {@code id}; {@code false} when the org has no such credential. */
    boolean revoke(OrgId org, CredentialId id);
}
