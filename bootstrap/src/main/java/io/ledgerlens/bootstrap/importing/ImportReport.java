package io.ledgerlens.bootstrap.importing;

import java.util.ArrayList;
import java.util.List;

/** What an import did, line by line where it matters. */
public final class ImportReport {

    /** How many rejected lines the report lists in full; the rest are counted. */
    static final int LISTED_REJECTIONS = 50;

    private long imported;
    private long alreadyPresent;
    private long rejected;
    private final List<String> rejections = new ArrayList<>();
    private Long stoppedAtLine;

    void imported() {
        imported++;
    }

    void alreadyPresent() {
        alreadyPresent++;
    }

    void rejected(long line, String reason) {
        rejected++;
        if (rejections.size() < LISTED_REJECTIONS) {
            rejections.add("line " + line + ": " + reason);
        }
    }

    void stoppedAt(long line) {
        stoppedAtLine = line;
    }

    public long importedCount() {
        return imported;
    }

    public long alreadyPresentCount() {
        return alreadyPresent;
    }

    public long rejectedCount() {
        return rejected;
    }

    public List<String> rejections() {
        return List.copyOf(rejections);
    }

    /** The first line not imported because the database stopped answering, if it did. */
    public java.util.Optional<Long> stoppedAtLine() {
        return java.util.Optional.ofNullable(stoppedAtLine);
    }

    /** The closing summary, for people. */
    public String summary() {
        var text = new StringBuilder(String.format("Imported %,d, skipped %,d (already present), rejected %,d.",
                imported, alreadyPresent, rejected));
        rejections.forEach(r -> text.append("\n  ").append(r));
        if (rejected > rejections.size()) {
            text.append(String.format("%n  ... and %,d more rejected lines", rejected - rejections.size()));
        }
        stoppedAtLine().ifPresent(line -> text.append(String.format(
                "%nThe database stopped answering at line %,d. Run the same command again: it imports only what is missing.",
                line)));
        return text.toString();
    }
}
