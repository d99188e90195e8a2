package io.ledgerlens.application.port.in.access;

import java.util.Objects;
import java.util.function.Function;

/** What asking for a credential gave. */
public sealed interface CredentialIssue {

    /** One function per case, each case applying its own: a new case fails to compile where issues are folded. */
    <T> T fold(Function<Issued, T> issued, Function<NameTaken, T> nameTaken);

    /**
     * Issued. {@code secret} is what the holder presents: a till user's password (it sends its hex MD5) or an API
     * client's secret. It is shown this once and kept nowhere.
     */
    record Issued(CredentialView credential, String secret) implements CredentialIssue {
        public Issued {
            Objects.requireNonNull(credential, "credential");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String toString() {
            return "Issued[" + credential + ", secret hidden]";
        }

        @Override
        public <T> T fold(Function<Issued, T> issued, Function<NameTaken, T> nameTaken) {
            return issued.apply(this);
        }
    }

    /** The name is another credential's (names are unique across the service and never reused). */
    record NameTaken(String name) implements CredentialIssue {
        @Override
        public <T> T fold(Function<Issued, T> issued, Function<NameTaken, T> nameTaken) {
            return nameTaken.apply(this);
        }
    }
}
