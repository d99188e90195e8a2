package io.ledgerlens.bootstrap;

import io.ledgerlens.application.port.in.access.CredentialIssue;
import io.ledgerlens.application.port.in.access.CredentialRequest;
import io.ledgerlens.application.port.in.access.CredentialView;
import io.ledgerlens.application.service.ManageCredentialsService;
import io.ledgerlens.bootstrap.access.KeyEncryptionKeyFile;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.org.OrgId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ledgerlens credentials create|list|revoke|rotate-signing-key|rotate-key-encryption-key}: the operator's
 * side of access.
 */
@Command(name = "credentials", mixinStandardHelpOptions = true,
        description = "Create, list and revoke the credentials orgs call the API with; rotate the token signing key and"
                + " the key-encryption key that seals it.",
        subcommands = {CredentialsCommand.Create.class, CredentialsCommand.ListCredentials.class,
                CredentialsCommand.Revoke.class, CredentialsCommand.RotateSigningKey.class,
                CredentialsCommand.RotateKeyEncryptionKey.class})
final class CredentialsCommand {

    private static final String RIGHTS_HELP = "Comma-separated rights: points.read (explode), ledger.write"
            + " (record events, register customers, groups and reference data), org.admin (the org's own settings"
            + " and its credentials).";

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a credential for an org and print its secret, once: only a hash of it is kept.",
                    "A till user signs in with Basic (username and the hex MD5 of its password);"
                            + " an API client trades its key and secret for a token at POST /v3/oauth/token/generate."})
    static final class Create implements Callable<Integer> {

        static final class Kind {
            @Option(names = "--till-user", paramLabel = "USERNAME", required = true,
                    description = "A till user with this username (3-64 of A-Z a-z 0-9 . _ @ -).")
            String tillUser;

            @Option(names = "--api-client", required = true, description = "An API client; its key is generated.")
            boolean apiClient;
        }

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--org", required = true, description = "The org the credential belongs to.")
        long org;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Kind kind;

        @Option(names = "--rights", required = true, split = ",", paramLabel = "RIGHT", description = RIGHTS_HELP)
        List<String> rights;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            var parsedRights = EnumSet.noneOf(AccessRight.class);
            for (var right : rights) {
                var known = AccessRight.named(right.strip());
                if (known.isEmpty()) {
                    err.println("ledgerlens: unknown right '" + right + "'. " + RIGHTS_HELP);
                    return 2;
                }
                parsedRights.add(known.get());
            }
            Optional<CredentialName> name = Optional.empty();
            if (kind.tillUser != null) {
                var parsed = CredentialName.parse(kind.tillUser);
                if (parsed.isLeft()) {
                    err.println("ledgerlens: --till-user: " + parsed.getLeft());
                    return 2;
                }
                name = Optional.of(parsed.get());
            }
            if (org <= 0) {
                err.println("ledgerlens: --org must be a positive org id");
                return 2;
            }
            var request = new CredentialRequest(kind.apiClient ? CredentialKind.API_CLIENT : CredentialKind.TILL_USER,
                    name, parsedRights);
            try (var service = LedgerLensService.on(database.open(out))) {
                if (!OrgsCommand.isRegistered(service, org, err)) {
                    return 3;
                }
                var issue = service.credentialAdmin().issue(OrgId.of(org), request);
                return issue.fold(
                        issued -> {
                            printIssued(out, issued);
                            return 0;
                        },
                        taken -> {
                            err.println("ledgerlens: the name " + taken.name() + " is taken (names are never reused, even revoked)");
                            return 3;
                        });
            }
        }

        private static void printIssued(PrintWriter out, CredentialIssue.Issued issued) {
            var credential = issued.credential();
            out.println("Created credential " + credential.id() + " for org " + credential.org() + ": " + describe(credential));
            out.println("Its secret is shown this once; only an Argon2id hash of it is kept.");
            if (credential.kind() == CredentialKind.TILL_USER) {
                var md5 = ManageCredentialsService.md5Hex(issued.secret());
                out.println("  username:     " + credential.name());
                out.println("  password:     " + issued.secret());
                out.println("  its hex MD5:  " + md5 + "  (what the till sends)");
                out.println("  try:          curl -u '" + credential.name() + ":" + md5 + "' 'http://localhost:7070/v2/...'");
            } else {
                out.println("  key:          " + credential.name());
                out.println("  secret:       " + issued.secret());
                out.println("  token:        curl -X POST -H 'Content-Type: application/json' -d '{\"key\":\"" + credential.name()
                        + "\",\"secret\":\"" + issued.secret() + "\"}' 'http://localhost:7070/v3/oauth/token/generate'");
            }
            out.flush();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an org's credentials, revoked ones too.")
    static final class ListCredentials implements Callable<Integer> {

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--org", required = true, description = "The org whose credentials to list.")
        long org;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            if (org <= 0) {
                spec.commandLine().getErr().println("ledgerlens: --org must be a positive org id");
                return 2;
            }
            try (var service = LedgerLensService.on(database.open(out))) {
                var listed = service.credentialAdmin().list(OrgId.of(org));
                if (listed.isEmpty()) {
                    out.println("Org " + org + " has no credentials.");
                }
                listed.forEach(view -> out.println(view.id() + "  " + describe(view) + "  created " + view.createdAt()
                        + view.revokedAt().map(at -> "  REVOKED " + at).orElse("")));
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a credential: it stops working at once, on every instance, tokens included.")
    static final class Revoke implements Callable<Integer> {

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--org", required = true, description = "The org the credential belongs to.")
        long org;

        @Parameters(index = "0", paramLabel = "ID", description = "The credential's id, as `credentials list` shows it.")
        long id;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            if (org <= 0 || id <= 0) {
                err.println("ledgerlens: --org and ID must be positive");
                return 2;
            }
            try (var service = LedgerLensService.on(database.open(out))) {
                if (!service.credentialAdmin().revoke(OrgId.of(org), CredentialId.of(id))) {
                    err.println("ledgerlens: org " + org + " has no credential " + id);
                    return 3;
                }
                out.println("Revoked credential " + id + " of org " + org + ".");
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "rotate-signing-key", mixinStandardHelpOptions = true,
            description = {"Make a new key to sign access tokens with. Every instance picks it up within 30 s;",
                    "tokens signed by the previous key stay valid until they expire (300 s)."})
    static final class RotateSigningKey implements Callable<Integer> {

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (var service = LedgerLensService.on(database.open(out))) {
                out.println("New signing key " + service.signingKeys().rotate() + ".");
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "rotate-key-encryption-key", mixinStandardHelpOptions = true,
            description = {"Re-seal every token signing key under a new key-encryption key, in one transaction, as the"
                    + " schema owner; afterwards only the new key opens them. The signing keys themselves do not change,"
                    + " so tokens already issued stay valid.",
                    "Give the keys that open them as for serve (" + DatabaseOptions.KEY_VARIABLE + " or"
                            + " --key-encryption-key-file, and --old-key-encryption-key-file while instances change over);"
                            + " the embedded default's key file in --data-dir is replaced by the new key."})
    static final class RotateKeyEncryptionKey implements Callable<Integer> {

        static final String NEW_KEY_VARIABLE = "LEDGERLENS_NEW_KEY_ENCRYPTION_KEY";

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--new-key-encryption-key-file", paramLabel = "FILE",
                defaultValue = "${env:LEDGERLENS_NEW_KEY_ENCRYPTION_KEY_FILE}",
                description = "File holding the new key-encryption key, made with `" + KeyEncryptionKeyFile.HOW_TO_MAKE_ONE
                        + "` (env LEDGERLENS_NEW_KEY_ENCRYPTION_KEY_FILE, or the key itself in env " + NEW_KEY_VARIABLE + ").")
        Path newKeyFile;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            var next = database.given(NEW_KEY_VARIABLE, "--new-key-encryption-key-file", newKeyFile);
            if (next.isEmpty()) {
                err.println("ledgerlens: give the new key-encryption key: --new-key-encryption-key-file FILE or "
                        + NEW_KEY_VARIABLE + ", made with `" + KeyEncryptionKeyFile.HOW_TO_MAKE_ONE + "`");
                return 2;
            }
            var embeddedKeyFile = database.embeddedKeyFile();
            try (var service = LedgerLensService.on(database.open(out))) {
                int resealed = service.signingKeys().resealUnder(next.get());
                embeddedKeyFile.ifPresent(file -> KeyEncryptionKeyFile.write(file, next.get()));
                out.println("Re-sealed " + resealed + " token signing key(s) under key-encryption key "
                        + next.get().fingerprint() + "; only it opens them now.");
                out.println(embeddedKeyFile.map(file -> file + " now holds the new key.")
                        .orElse("Start every instance with the new key (" + DatabaseOptions.KEY_VARIABLE
                                + " or --key-encryption-key-file)."));
                out.flush();
                return 0;
            }
        }
    }

    private static String describe(CredentialView view) {
        return (view.kind() == CredentialKind.TILL_USER ? "till user " : "API client ") + view.name() + " ["
                + view.rights().stream().sorted().map(AccessRight::wireName).collect(Collectors.joining(",")) + "]";
    }
}
