package io.ledgerlens.bootstrap.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The PostgreSQL binaries shipped in the jar, and where they are unpacked.
 * Zonky unpacks its archive into {@code PG-<md5 of the archive>} under the
 * working directory we give it; knowing that directory lets us run the
 * {@code postgres} binary in single-user mode before the server first listens,
 * to give the superuser its password (see {@link LoopbackWithPassword}).
 *
 * <p>One instance per JVM: zonky unpacks once per resolver it is given.
 */
final class UnpackedPostgresBinaries implements PgBinaryResolver {

    static final UnpackedPostgresBinaries SHIPPED = new UnpackedPostgresBinaries(workingDirectoryOf(System.getProperties()));

    private final Path workingDirectory;
    private volatile Path unpackedInto;

    private UnpackedPostgresBinaries(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Zonky's own default place ({@code ot.epg.working-dir}, else {@code embedded-pg} in the temporary directory). */
    private static Path workingDirectoryOf(Properties system) {
        var temporary = Path.of(system.getProperty("java.io.tmpdir"), "embedded-pg").toString();
        return Path.of(system.getProperty("ot.epg.working-dir", temporary));
    }

    /** Where zonky is told to unpack. */
    Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] archive;
        try (var shipped = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            if (shipped == null) {
                return null;
            }
            archive = shipped.readAllBytes();
        }
        unpackedInto = workingDirectory.resolve("PG-" + HexFormat.of().formatHex(md5(archive)));
        return new ByteArrayInputStream(archive);
    }

    /** The server binary; only known once zonky has asked for the archive (it does before initdb). */
    Path postgresExecutable() {
        var directory = unpackedInto;
        if (directory == null) {
            throw new IllegalStateException("the PostgreSQL binaries have not been unpacked yet");
        }
        return directory.resolve("bin").resolve("postgres");
    }

    private static byte[] md5(byte[] archive) {
        try {
            // The digest zonky names the directory by, not a security measure.
            return MessageDigest.getInstance("MD5").digest(archive);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
