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
@Command(name = "ledgerlens", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "A self-hostable loyalty points ledger with a Capillary-compatible explode-info API.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, DemoCommand.class, OrgsCommand.class, CredentialsCommand.class,
                AuditCommand.class, VerifyCommand.class, ConfigCommand.class,
                CommandLine.HelpCommand.class})
public final class LedgerLensCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ServeOptions options = new ServeOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The jar's entry point: reads the settings file (a refused one exits 2 before anything starts), chooses the
     * log format, then runs the command line. Exits 0 on success, 1 when a command fails, 2 when the command line
     * or the settings are refused.
     *
     * @param args the command line, as {@code ledgerlens --help} describes it
     */
    public static void main(String[] args) {
        // Our own progress is on stdout; logs go to stderr in the format chosen here (logback.xml), libraries' at WARN.
        SettingsFile settings;
        try {
            settings = SettingsFile.chosenBy(args, System.getenv());
        } catch (IllegalArgumentException refused) {
            System.err.println("ledgerlens: " + refused.getMessage());
            System.exit(2);
            return;
        }
        LogFormat.choose(args, settings);
        int exitCode = commandLine(settings).execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** The command line with LedgerLens' error handling, for main and for tests. */
    static CommandLine commandLine() {
        return commandLine(SettingsFile.none());
    }

    /** The command line whose options not given as flags come from the environment, then {@code settings}. */
    static CommandLine commandLine(SettingsFile settings) {
        var commandLine = new CommandLine(new LedgerLensCommand())
                .setExecutionExceptionHandler((failure, line, parseResult) -> {
                    line.getErr().println("ledgerlens: " + explain(failure));
                    return failure instanceof SettingsRefusedException ? 2 : 1;
                });
        commandLine.setDefaultValueProvider(settings);
        commandLine.setExecutionStrategy(LedgerLensCommand::refuseServeOptionsBeforeACommand);
        return commandLine;
    }

    /**
     * Options written before a command ({@code ledgerlens --db-url X orgs create ...}) are {@code serve}'s and would
     * be dropped silently, the command then running on the embedded PostgreSQL: an org created in the wrong ledger.
     * Refused with exit 2, naming where they go. {@code --config} and {@code --log-format} count anywhere (they are
     * read before the command line is).
     */
    private static int refuseServeOptionsBeforeACommand(CommandLine.ParseResult parsed) {
        var misplaced = parsed.matchedOptions().stream()
                .filter(option -> !option.usageHelp() && !option.versionHelp())
                .map(CommandLine.Model.OptionSpec::longestName)
                .filter(name -> !name.equals("--config") && !name.equals("--log-format"))
                .toList();
        if (parsed.hasSubcommand() && !misplaced.isEmpty()) {
            var command = parsed.subcommand();
            while (command.hasSubcommand()) {
                command = command.subcommand();
            }
            var name = command.commandSpec().qualifiedName(" ").replaceFirst("^ledgerlens ", "");
            parsed.commandSpec().commandLine().getErr().println("ledgerlens: " + String.join(", ", misplaced)
                    + " before '" + name + "' would be ignored: write the options after the command (ledgerlens "
                    + name + " " + misplaced.get(0) + " ...; ledgerlens " + name + " --help lists them)");
            return 2;
        }
        return new CommandLine.RunLast().execute(parsed);
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

}
