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

    /**
     * Lines that added to the ledger: events recorded, profiles and reference data created.
     *
     * @return the number of such lines so far
     */
    public synchronized long importedCount() {
        return imported;
    }

    /**
     * Lines the ledger held already: an event with the same unique id and content (skipped), or a profile or
     * reference data line that replaced one registered before. What makes running a file again safe.
     *
     * @return the number of such lines so far
     */
    public synchronized long alreadyPresentCount() {
        return alreadyPresent;
    }

    /**
     * Lines the import refused: unreadable, invalid, a registration refused, a unique id reused with other content,
     * a return beyond its purchase, or a profile line after the first event.
     *
     * @return the number of such lines so far, listed or not
     */
    public synchronized long rejectedCount() {
        return rejected;
    }

    /**
     * The rejected lines of lowest number, each with its line number and why.
     *
     * @return at most 50 lines, in line order; {@link #rejectedCount()} counts them all
     */
    public synchronized List<String> rejections() {
        return List.copyOf(rejections.values());
    }

    /**
     * The first line not imported because the database stopped answering, if it did.
     *
     * @return that line's number; empty if the import went through the whole file
     */
    public synchronized Optional<Long> stoppedAtLine() {
        return Optional.ofNullable(stoppedAtLine);
    }

    /**
     * The closing summary, for people.
     *
     * @return the counts, the listed rejections one per line, and how to resume if the database stopped answering
     */
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
