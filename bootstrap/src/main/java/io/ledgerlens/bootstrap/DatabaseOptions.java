package io.ledgerlens.bootstrap;

import io.ledgerlens.adapter.persistence.access.KeyEncryptionKey;
import io.ledgerlens.adapter.persistence.access.KeyEncryptionKeys;
import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import io.ledgerlens.bootstrap.access.KeyEncryptionKeyFile;
import io.ledgerlens.bootstrap.database.EmbeddedLedgerPostgres;
import io.ledgerlens.bootstrap.database.ExternalPostgres;
import io.ledgerlens.bootstrap.database.LedgerDatabase;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Which PostgreSQL holds the ledger, and the key-encryption key that opens the token signing keys it keeps:
 * every command that touches the database takes these options.
 */
final class DatabaseOptions {

    static final String KEY_VARIABLE = "LEDGERLENS_KEY_ENCRYPTION_KEY";
    static final String OLD_KEY_VARIABLE = "LEDGERLENS_OLD_KEY_ENCRYPTION_KEY";

    @Option(names = SettingsFile.OPTION, paramLabel = "FILE",
            description = "Settings file: a properties file of the options above and below, one per line, named"
                    + " without their dashes (port=8080, db-url=...); a flag outranks the environment, which outranks the"
                    + " file, which outranks the default (env LEDGERLENS_CONFIG). `ledgerlens config` shows the result.")
    String settingsFile;

    @Option(names = "--db-url", defaultValue = "${env:LEDGERLENS_DB_URL}",
            description = "JDBC URL of a PostgreSQL to use, e.g. jdbc:postgresql://db:5432/ledger (env LEDGERLENS_DB_URL)."
                    + " Without it an embedded PostgreSQL runs in --data-dir.")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:LEDGERLENS_DB_USER:-postgres}",
            description = "Database user (env LEDGERLENS_DB_USER, default ${DEFAULT-VALUE}).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:LEDGERLENS_DB_PASSWORD:-}",
            description = "Database password (env LEDGERLENS_DB_PASSWORD; prefer the variable, arguments show in ps).")
    String dbPassword;

    @Option(names = "--citus", defaultValue = "${env:LEDGERLENS_CITUS:-false}",
            description = "The --db-url database is a Citus coordinator with its workers added: the ledger is distributed"
                    + " by org over them (see the README's \"Scaling out on Citus\"; env LEDGERLENS_CITUS).")
    boolean citus;

    @Option(names = "--db-pool-size", defaultValue = "${env:LEDGERLENS_DB_POOL_SIZE:-10}",
            description = "Connections per instance for requests (env LEDGERLENS_DB_POOL_SIZE, default ${DEFAULT-VALUE}); one more listens for changes.")
    int poolSize;

    @Option(names = "--data-dir", defaultValue = "${env:LEDGERLENS_DATA_DIR:-${sys:user.home}/.ledgerlens/data}",
            description = "Where the embedded PostgreSQL keeps the ledger (env LEDGERLENS_DATA_DIR, default ${DEFAULT-VALUE})."
                    + " Ignored with --db-url.")
    Path dataDir;

    @Option(names = "--key-encryption-key-file", paramLabel = "FILE", defaultValue = "${env:LEDGERLENS_KEY_ENCRYPTION_KEY_FILE}",
            description = "File holding the key-encryption key that seals the token signing keys in the database: the base64"
                    + " of 32 random bytes, made once with `" + KeyEncryptionKeyFile.HOW_TO_MAKE_ONE + "` (env"
                    + " LEDGERLENS_KEY_ENCRYPTION_KEY_FILE, or the key itself in env " + KEY_VARIABLE + "). Required with"
                    + " --db-url, the same on every instance; without --db-url one is made in --data-dir.")
    Path keyFile;

    @Option(names = "--old-key-encryption-key-file", paramLabel = "FILE",
            defaultValue = "${env:LEDGERLENS_OLD_KEY_ENCRYPTION_KEY_FILE}",
            description = "While the key-encryption key is rotated: the key being replaced, which still opens signing keys"
                    + " sealed under it but seals nothing (env LEDGERLENS_OLD_KEY_ENCRYPTION_KEY_FILE, or the key itself"
                    + " in env " + OLD_KEY_VARIABLE + ").")
    Path oldKeyFile;

    /** Where variables are read: the process's environment, or a test's. */
    Function<String, String> environment = System::getenv;

    /** The database these options name, started if it is the embedded one. */
    LedgerDatabase open(PrintWriter out) {
        var given = givenKeys();
        if (external()) {
            return new ExternalPostgres(dbUrl, dbUser, dbPassword, poolSize, given.orElseThrow(() -> new SettingsRefusedException(
                    "--db-url needs a key-encryption key to seal the token signing keys: set " + KEY_VARIABLE
                            + " (or --key-encryption-key-file) to one made once with `" + KeyEncryptionKeyFile.HOW_TO_MAKE_ONE
                            + "`, the same for every instance")), citus ? DatabaseKind.CITUS : DatabaseKind.POSTGRESQL);
        }
        if (citus) {
            throw new SettingsRefusedException("--citus needs --db-url: the embedded PostgreSQL is one server, not a Citus cluster");
        }
        out.println("Starting the embedded PostgreSQL in " + dataDir + " ...");
        out.flush();
        if (given.isPresent()) {
            return EmbeddedLedgerPostgres.start(dataDir, poolSize, given.get());
        }
        var keyFile = EmbeddedLedgerPostgres.keyFileIn(dataDir);
        var made = !Files.exists(keyFile);
        var database = EmbeddedLedgerPostgres.start(dataDir, poolSize);
        if (made) {
            out.println("Made the key-encryption key that seals the token signing keys: " + keyFile + " (owner read/write only).");
            out.flush();
        }
        return database;
    }

    /** The embedded default's key file, when that is where the key-encryption key comes from. */
    Optional<Path> embeddedKeyFile() {
        return external() || givenKeys().isPresent() ? Optional.empty() : Optional.of(EmbeddedLedgerPostgres.keyFileIn(dataDir));
    }

    /** The key-encryption keys given as options or variables, if any. */
    Optional<KeyEncryptionKeys> givenKeys() {
        var current = given(KEY_VARIABLE, "--key-encryption-key-file", keyFile);
        var old = given(OLD_KEY_VARIABLE, "--old-key-encryption-key-file", oldKeyFile);
        if (current.isEmpty() && old.isPresent()) {
            throw new SettingsRefusedException("an old key-encryption key needs the current one too: "
                    + KEY_VARIABLE + " or --key-encryption-key-file");
        }
        return current.map(key -> old.map(KeyEncryptionKeys.of(key)::withOld).orElseGet(() -> KeyEncryptionKeys.of(key)));
    }

    /** One key, from its variable (the base64 itself) or its file option, never both; never echoed in a message. */
    Optional<KeyEncryptionKey> given(String variable, String option, Path file) {
        var value = environment.apply(variable);
        var inVariable = value != null && !value.isBlank();
        if (inVariable && file != null) {
            throw new SettingsRefusedException("give the key once: " + variable + " or " + option + ", not both");
        }
        if (inVariable) {
            return Optional.of(KeyEncryptionKey.fromBase64(value).orElseThrow(() -> new SettingsRefusedException(variable
                    + " is not a key-encryption key: the base64 of 32 random bytes, as `" + KeyEncryptionKeyFile.HOW_TO_MAKE_ONE
                    + "` prints")));
        }
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(KeyEncryptionKeyFile.read(file));
        } catch (IllegalArgumentException unusable) {
            throw new SettingsRefusedException(option + ": " + unusable.getMessage());
        }
    }

    boolean external() {
        return dbUrl != null && !dbUrl.isBlank();
    }
}
