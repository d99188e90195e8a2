package io.ledgerlens.bootstrap;

import ch.qos.logback.core.PropertyDefinerBase;
import java.util.Locale;
import java.util.Optional;

/**
 * How log lines look, for logback.xml: {@code json} (one object a line, for a log shipper) or {@code text} (for a
 * person at a terminal). Chosen by {@code --log-format}, else {@code LEDGERLENS_LOG_FORMAT}, else by whether
 * standard input and output are a terminal. Read before the first line is logged, so {@link #choose} runs first
 * thing in {@code main}.
 */
public final class LogFormat extends PropertyDefinerBase {

    static final String PROPERTY = "ledgerlens.log.format";
    static final String OPTION = "--log-format";

    @Override
    public String getPropertyValue() {
        return Optional.ofNullable(System.getProperty(PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv("LEDGERLENS_LOG_FORMAT")))
                .flatMap(LogFormat::known)
                .orElse(System.console() != null ? "text" : "json");
    }

    /**
     * Takes {@code --log-format} from the command line, else (without {@code LEDGERLENS_LOG_FORMAT}) from the
     * settings file, before logging starts; picocli checks it again later.
     */
    static void choose(String[] args, SettingsFile settings) {
        if (System.getenv("LEDGERLENS_LOG_FORMAT") == null) {
            settings.line("log-format").flatMap(LogFormat::known).ifPresent(format -> System.setProperty(PROPERTY, format));
        }
        choose(args);
    }

    /** Takes {@code --log-format} from the command line before logging starts. */
    static void choose(String[] args) {
        for (int i = 0; i < args.length; i++) {
            var value = args[i].startsWith(OPTION + "=") ? args[i].substring(OPTION.length() + 1)
                    : args[i].equals(OPTION) && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                known(value).ifPresent(format -> System.setProperty(PROPERTY, format));
            }
        }
    }

    static Optional<String> known(String format) {
        var lower = format.strip().toLowerCase(Locale.ROOT);
        return lower.equals("json") || lower.equals("text") ? Optional.of(lower) : Optional.empty();
    }
}
