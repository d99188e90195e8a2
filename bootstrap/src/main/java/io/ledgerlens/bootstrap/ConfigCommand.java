package io.ledgerlens.bootstrap;

import java.util.Collection;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ledgerlens config}: the settings {@code serve} would run with, given the same flags, environment and
 * settings file, each with where it came from; passwords masked. Starts nothing.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print the settings serve would run with (from flags, environment, the settings file and defaults,"
                + " each with its source), passwords masked; starts nothing.")
final class ConfigCommand implements Callable<Integer> {

    private static final String MASK = "********";
    /** A password inside a JDBC URL: {@code password=...} as a parameter. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&]*");

    @Mixin
    ServeOptions options = new ServeOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var parsed = spec.commandLine().getParseResult();
        var file = spec.commandLine().getDefaultValueProvider() instanceof SettingsFile settings ? settings : SettingsFile.none();
        out.println("# settings of `ledgerlens serve`"
                + file.path().map(path -> " with the settings file " + path).orElse(" (no settings file)"));
        for (OptionSpec option : spec.options()) {
            if (!SettingsFile.isSetting(option)) {
                continue;
            }
            var source = parsed.hasMatchedOption(option) ? "flag" : file.sourceOf(option);
            out.printf("%s=%s    # %s%n", SettingsFile.nameOf(option), shown(option), source);
        }
        out.printf("# %s: %s; %s: %s%n", DatabaseOptions.KEY_VARIABLE, setOrNot(DatabaseOptions.KEY_VARIABLE),
                DatabaseOptions.OLD_KEY_VARIABLE, setOrNot(DatabaseOptions.OLD_KEY_VARIABLE));
        out.flush();
        return 0;
    }

    private static String shown(OptionSpec option) {
        Object value = option.getValue();
        if (value == null) {
            return "";
        }
        var text = value instanceof Collection<?> many ? String.join(",", many.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        if (SettingsFile.nameOf(option).contains("password")) {
            return text.isEmpty() ? "" : MASK;
        }
        return URL_PASSWORD.matcher(text).replaceAll("$1" + MASK);
    }

    private static String setOrNot(String variable) {
        return System.getenv(variable) != null ? "set (not shown)" : "not set";
    }
}
