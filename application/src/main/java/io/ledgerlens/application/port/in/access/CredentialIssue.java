package io.ledgerlens.application.port.in.access;

import java.util.Objects;
import java.util.function.Function;

/** What asking for a credential gave. */
public sealed interface CredentialIssue {

    /**
     * One function per case, each case applying its own: a new case fails to compile where issues are folded.
     *
     * @param <T>       what every case is turned into
     * @param issued    applied when the credential was issued
     * @param nameTaken applied when its name is another credential's
     * @return what the matching function gave
     */
    <T> T fold(Function<Issued, T> issued, Function<NameTaken, T> nameTaken);

    /**
     * Issued. {@code secret} is what the holder presents: a till user's password (it sends its hex MD5) or an API
     * client's secret. It is shown this once and kept nowhere.
     *
     * @param credential the new credential, as shown to people
     * @param secret     the secret in clear, to hand to the holder now or never
     */
    record Issued(CredentialView credential, String secret) implements CredentialIssue {
        /**
         * Refuses a missing credential or secret.
         *
         * @param credential the new credential, as shown to people
         * @param secret     the secret in clear, to hand to the holder now or never
         */
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

    /**
     * The name is another credential's (names are unique across the service and never reused).
     *
     * @param name the name asked for
     */
    record NameTaken(String name) implements CredentialIssue {
        @Override
        public <T> T fold(Function<Issued, T> issued, Function<NameTaken, T> nameTaken) {
            return nameTaken.apply(this);
        }
    }
}
