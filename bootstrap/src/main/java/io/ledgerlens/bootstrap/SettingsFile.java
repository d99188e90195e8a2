package io.ledgerlens.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A deployment's settings in a properties file ({@code --config FILE} or {@code LEDGERLENS_CONFIG}): one line per
 * option of {@code serve} and of the database, named as the option without its dashes ({@code port=8080},
 * {@code db-url=jdbc:postgresql://db:5432/ledger}). A flag outranks the environment, which outranks the file, which
 * outranks the built-in default. A name the file does not know is refused, naming it: a misspelt setting must not
 * pass silently for its default.
 */
final class SettingsFile implements IDefaultValueProvider {

    static final String OPTION = "--config";
    static final String VARIABLE = "LEDGERLENS_CONFIG";
    /** The classes whose options are a deployment's settings: they all have an environment variable, and so a line. */
    private static final Set<Class<?>> SETTINGS = Set.of(ServeOptions.class, DatabaseOptions.class);

    private final Optional<Path> path;
    private final Properties lines;
    private final Function<String, String> environment;

    private SettingsFile(Optional<Path> path, Properties lines, Function<String, String> environment) {
        this.path = path;
        this.lines = lines;
        this.environment = environment;
    }

    /** No file: every setting from its flag, its variable or its default. */
    static SettingsFile none() {
        return new SettingsFile(Optional.empty(), new Properties(), System::getenv);
    }

    /**
     * The file {@code --config} names on {@code args}, else {@code LEDGERLENS_CONFIG}, else none; read and checked
     * now, before any option is parsed. Refuses (IllegalArgumentException) a file it cannot read or a name it does
     * not know.
     */
    static SettingsFile chosenBy(String[] args, Map<String, String> environment) {
        var named = fromArgs(args).or(() -> Optional.ofNullable(environment.get(VARIABLE)).filter(v -> !v.isBlank()));
        if (named.isEmpty()) {
            return new SettingsFile(Optional.empty(), new Properties(), environment::get);
        }
        var path = Path.of(named.get());
        var lines = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            lines.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("cannot read the settings file " + path + ": " + unreadable.getMessage());
        }
        var known = knownNames();
        var unknown = new TreeSet<String>();
        lines.stringPropertyNames().stream().filter(name -> !known.contains(name)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the settings file " + path + " names settings LedgerLens does not have: "
                    + String.join(", ", unknown) + " (it knows " + String.join(", ", new TreeSet<>(known)) + ")");
        }
        return new SettingsFile(Optional.of(path), lines, environment::get);
    }

    Optional<Path> path() {
        return path;
    }

    /** The file's line for a setting, by its name without dashes. */
    Optional<String> line(String name) {
        return Optional.ofNullable(lines.getProperty(name));
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || !isSetting(option)) {
            return null;
        }
        // The environment outranks the file: the option's own default reads its variable.
        return environment.apply(variableOf(option)) != null ? null : lines.getProperty(nameOf(option));
    }

    /** Where the value of {@code option} comes from when no flag gives it. */
    String sourceOf(OptionSpec option) {
        if (environment.apply(variableOf(option)) != null) {
            return "environment " + variableOf(option);
        }
        return lines.containsKey(nameOf(option)) ? "file " + path.map(Path::toString).orElse("") : "default";
    }

    static boolean isSetting(OptionSpec option) {
        return option.userObject() instanceof java.lang.reflect.Field field && SETTINGS.contains(field.getDeclaringClass())
                && !option.longestName().equals(OPTION);
    }

    /** {@code --db-url}: {@code db-url} in the file. */
    static String nameOf(OptionSpec option) {
        return option.longestName().substring(2);
    }

    /** {@code --db-url}: {@code LEDGERLENS_DB_URL}, as every setting's variable is named. */
    static String variableOf(OptionSpec option) {
        return "LEDGERLENS_" + nameOf(option).replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static Set<String> knownNames() {
        var names = new TreeSet<String>();
        new CommandLine(new ServeOptionsHolder()).getCommandSpec().options().stream()
                .filter(SettingsFile::isSetting).map(SettingsFile::nameOf).forEach(names::add);
        return names;
    }

    private static Optional<String> fromArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith(OPTION + "=")) {
                return Optional.of(args[i].substring(OPTION.length() + 1));
            }
            if (args[i].equals(OPTION) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
        }
        return Optional.empty();
    }

    /** Every setting, as a command that has them all. */
    @CommandLine.Command(name = "settings")
    private static final class ServeOptionsHolder {
        @CommandLine.Mixin
        ServeOptions options = new ServeOptions();
    }
}
