package io.ledgerlens.bootstrap.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A secret in a file of its own: readable and writable by its owner only from
 * the moment it exists (never created open, then narrowed), and whole or
 * absent (written aside, then renamed over), so a crash mid-write never leaves
 * half a key behind.
 */
public final class OwnerOnlyFile {

    private OwnerOnlyFile() {
    }

    /**
     * Writes {@code text} to {@code file}, replacing what was there, if anything, at once.
     *
     * @param file the file; a sibling named {@code <file>.new} is written first, then renamed over it
     * @param text the secret, written as US-ASCII
     * @throws java.io.UncheckedIOException if it cannot be written
     */
    public static void write(Path file, String text) {
        var aside = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(aside);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(aside, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(aside);
            }
            Files.writeString(aside, text, StandardCharsets.US_ASCII);
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write " + file, failure);
        }
    }
}
