package io.ledgerlens.bootstrap;

import io.ledgerlens.adapter.persistence.access.SealedKeyException;
import io.ledgerlens.application.port.out.LedgerUnavailableException;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.FlywayException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * {@code ledgerlens}: the one command of the runnable jar. Without a
 * subcommand it serves, so {@code java -jar ledgerlens.jar --demo} is all it
 * takes to try it.
 */
@Command(name = "ledgerlens", mixinStandardHelpOptions = true, version = "LedgerLens 0.1.0",
        description = "A self-hostable loyalty points ledger with a Capillary-compatible explode-info API.",
        subcommands = {ServeCommand.class, ImportCommand.class, DemoCommand.class, OrgsCommand.class, CredentialsCommand.class,
                AuditCommand.class, VerifyCommand.class,
                CommandLine.HelpCommand.class})
public final class LedgerLensCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ServeOptions options = new ServeOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLibraryLogs();
        int exitCode = commandLine().execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** The command line with LedgerLens' error handling, for main and for tests. */
    static CommandLine commandLine() {
        return new CommandLine(new LedgerLensCommand())
                .setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
                    commandLine.getErr().println("ledgerlens: " + explain(failure));
                    return failure instanceof SettingsRefusedException ? 2 : 1;
                });
    }

    /** Runs {@code serve} with the options given to {@code ledgerlens} itself. */
    @Override
    public Integer call() {
        return ServeCommand.serve(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** A failure as an operator can act on it: what failed and why, no stack trace. */
    private static String explain(Exception failure) {
        if (failure instanceof FlywayException || failure instanceof LedgerUnavailableException) {
            return "cannot use the database: " + rootMessage(failure);
        }
        if (failure instanceof SealedKeyException) {
            return "the token signing keys in the database do not open: " + failure.getMessage() + ". Give the"
                    + " key-encryption key they were sealed with (while it is rotated, the old one as"
                    + " --old-key-encryption-key-file)";
        }
        return rootMessage(failure);
    }

    private static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + root.getMessage() + ")";
    }

    /** Our own progress is on stdout; libraries speak up only when something is wrong. */
    private static void quietLibraryLogs() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.log.io.ledgerlens",
                System.getProperty("org.slf4j.simpleLogger.log.io.ledgerlens", "info"));
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    }
}
