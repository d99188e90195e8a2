package io.ledgerlens.bootstrap.exporting;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * An export being written: {@code FILE.part}, renamed to {@code FILE} once complete (so that a {@code FILE} is
 * always a whole export), and beside it {@code FILE.part.state}, which export it is (the org, its {@code --since}
 * and the last event it covers), so that running the same command again resumes it instead of starting over.
 */
final class PartialExport {

    /** Which export a partial file is. */
    record State(long org, long since, long upTo) {
    }

    /**
     * The order its events are written in: the chain's. A partial file from before (by id, with no such line) is
     * not resumed, since the events after its last one by id are not those after it in the chain.
     */
    private static final String ORDER = "record";

    private final Path file;
    private final Path part;
    private final Path state;

    PartialExport(Path file) {
        this.file = file;
        this.part = file.resolveSibling(file.getFileName() + ".part");
        this.state = file.resolveSibling(file.getFileName() + ".part.state");
    }

    Path file() {
        return file;
    }

    Path part() {
        return part;
    }

    Path state() {
        return state;
    }

    boolean exists() {
        return Files.exists(part) || Files.exists(state);
    }

    /** The state of the partial file; empty when there is none or it cannot be read. */
    Optional<State> readState() {
        if (!Files.isRegularFile(part) || !Files.isRegularFile(state)) {
            return Optional.empty();
        }
        try {
            var properties = new Properties();
            properties.load(new StringReader(Files.readString(state, StandardCharsets.UTF_8)));
            if (!ORDER.equals(properties.getProperty("order"))) {
                return Optional.empty();
            }
            return Optional.of(new State(Long.parseLong(properties.getProperty("org")),
                    Long.parseLong(properties.getProperty("since")), Long.parseLong(properties.getProperty("upTo"))));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Begins a new partial export: the state written aside and renamed, so it is never read half written. */
    void begin(State begun) throws IOException {
        var properties = new Properties();
        properties.setProperty("org", Long.toString(begun.org()));
        properties.setProperty("since", Long.toString(begun.since()));
        properties.setProperty("upTo", Long.toString(begun.upTo()));
        properties.setProperty("order", ORDER);
        var text = new StringWriter();
        properties.store(text, "a ledgerlens export being written to " + part.getFileName() + "; run the same command again to resume it");
        var aside = state.resolveSibling(state.getFileName() + ".tmp");
        Files.writeString(aside, text.toString(), StandardCharsets.UTF_8);
        Files.move(aside, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(part);
        Files.createFile(part);
    }

    /**
     * Cuts what follows the last complete line (a line being written when the export stopped) and returns that
     * last complete line, if the file has one.
     */
    Optional<String> lastCompleteLine() throws IOException {
        try (var file = new RandomAccessFile(part.toFile(), "rw")) {
            long end = endOfLastLine(file, file.length());
            file.setLength(end);
            if (end == 0) {
                return Optional.empty();
            }
            long start = endOfLastLine(file, end - 1);
            var bytes = new byte[(int) (end - 1 - start)];
            file.seek(start);
            file.readFully(bytes);
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /** The offset just after the last newline before {@code before}; 0 when there is none. */
    private static long endOfLastLine(RandomAccessFile file, long before) throws IOException {
        var block = new byte[64 * 1024];
        long position = before;
        while (position > 0) {
            int length = (int) Math.min(block.length, position);
            file.seek(position - length);
            file.readFully(block, 0, length);
            for (int i = length - 1; i >= 0; i--) {
                if (block[i] == '\n') {
                    return position - length + i + 1;
                }
            }
            position -= length;
        }
        return 0;
    }

    /** The complete export takes its name, at once; the state goes. */
    void complete() throws IOException {
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(state);
    }
}
