package io.ledgerlens.bootstrap.importing;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** What an import did, line by line where it matters. */
public final class ImportReport {

    /** How many rejected lines the report lists in full; the rest are counted. */
    static final int LISTED_REJECTIONS = 50;

    private long imported;
    private long alreadyPresent;
    private long rejected;
    /** The rejections of the lowest line numbers (writers report batches in any order). */
    private final TreeMap<Long, String> rejections = new TreeMap<>();
    private Long stoppedAtLine;

    synchronized void imported() {
        imported++;
    }

    synchronized void alreadyPresent() {
        alreadyPresent++;
    }

    synchronized void rejected(long line, String reason) {
        rejected++;
        rejections.put(line, "line " + line + ": " + reason);
        if (rejections.size() > LISTED_REJECTIONS) {
            rejections.pollLastEntry();
        }
    }

    synchronized void stoppedAt(long line) {
        stoppedAtLine = line;
    }

    public synchronized long importedCount() {
        return imported;
    }

    public synchronized long alreadyPresentCount() {
        return alreadyPresent;
    }

    public synchronized long rejectedCount() {
        return rejected;
    }

    public synchronized List<String> rejections() {
        return List.copyOf(rejections.values());
    }

    /** The first line not imported because the database stopped answering, if it did. */
    public synchronized Optional<Long> stoppedAtLine() {
        return Optional.ofNullable(stoppedAtLine);
    }

    /** The closing summary, for people. */
    public synchronized String summary() {
        var text = new StringBuilder(String.format("Imported %,d, skipped %,d (already present), rejected %,d.",
                imported, alreadyPresent, rejected));
        rejections.values().forEach(r -> text.append("\n  ").append(r));
        if (rejected > rejections.size()) {
            text.append(String.format("%n  ... and %,d more rejected lines", rejected - rejections.size()));
        }
        stoppedAtLine().ifPresent(line -> text.append(String.format(
                "%nThe database stopped answering at line %,d (later lines may be partly imported)."
                        + " Run the same command again: it imports only what is missing.",
                line)));
        return text.toString();
    }
}
