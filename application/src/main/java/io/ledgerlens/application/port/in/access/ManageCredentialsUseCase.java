package io.ledgerlens.application.port.in.access;

import io.ledgerlens.domain.access.Caller;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.org.OrgId;
import java.util.List;

/**
 * Issues, lists and revokes the credentials of one org. The secret of a new
 * credential is generated here and returned once; only its hash is kept.
 * Operators call it from the command line for any org, org admins over HTTP
 * for their own. Every issue and revoke, done or refused, is written to the
 * audit log with who asked.
 */
public interface ManageCredentialsUseCase {

    /**
     * The operator issues a credential of {@code org}.
     *
     * @param org     the org the credential acts for
     * @param request its kind, name and rights
     * @return the credential with its secret, shown this once, or that its name is taken
     */
    CredentialIssue issue(OrgId org, CredentialRequest request);

    /**
     * An org admin issues a credential of its own org.
     *
     * @param admin   the org admin asking; the credential is of its org
     * @param request its kind, name and rights
     * @return the credential with its secret, shown this once, or that its name is taken
     */
    CredentialIssue issue(Caller admin, CredentialRequest request);

    /**
     * The org's credentials, revoked ones included, oldest first.
     *
     * @param org the org whose credentials are listed
     * @return its credentials without their secrets; empty for an org with none
     */
    List<CredentialView> list(OrgId org);

    /**
     * The operator revokes the org's credential {@code id}; revoking it again keeps the first time.
     *
     * @param org the org the credential must belong to
     * @param id  the credential to revoke
     * @return {@code false} when the org has no such credential
     */
    boolean revoke(OrgId org, CredentialId id);

    /**
     * An org admin revokes its own org's credential {@code id}.
     *
     * @param admin the org admin asking; only its org's credentials are in reach
     * @param id    the credential to revoke
     * @return {@code false} when its org has no such credential
     */
    boolean revoke(Caller admin, CredentialId id);
}
