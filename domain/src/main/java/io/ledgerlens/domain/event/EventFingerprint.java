package io.ledgerlens.domain.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an event says, reduced to a SHA-256: two recordings of one event (a
 * writer retrying with the same unique id) have the same fingerprint, and a
 * different event under a reused unique id has another. The server-assigned
 * event log id is left out, since a retry never knows it.
 */
public final class EventFingerprint {

    private EventFingerprint() {
    }

    /**
     * The fingerprint: amounts by their value, so that an event read back from the ledger (which keeps amounts at
     * six decimals) has the fingerprint it was appended with, and a stored event can be checked against it.
     *
     * @param event the event as recorded or read back
     * @return the SHA-256 of the event's canonical text, in lower-case hex
     */
    public static String of(LedgerEvent event) {
        return sha256Hex(canonical(event, new CanonicalText(true)));
    }

    /** The format of 2026-11-26 to 2026-12-04: amounts as written, scale included. */
    static String scaleKeptOf(LedgerEvent event) {
        return sha256Hex(canonical(event, new CanonicalText(false)));
    }

    private static String canonical(LedgerEvent event, CanonicalText content) {
        return content
                .add(event.orgId()).add(event.name()).add(event.subject()).add(event.referenceId()).add(event.uniqueId())
                .add(event.eventTime()).add(event.tillId()).add(event.bill()).add(event.allocations())
                .add(event.customFields()).add(event.extendedFields()).add(event.paymentModes())
                .add(event.pointInTimeSlabs()).add(event.detail()).toString();
    }

    /**
     * Whether {@code event}, whose fingerprint is {@code fingerprint}, says what
     * the event recorded with {@code recorded} said. Events recorded in earlier
     * formats carry those: amounts as written (2026-11-26 to 2026-12-04), or
     * their records' {@code toString()} (before 2026-11-26). Both are compared
     * too, so that their retries are still recognised as retries.
     *
     * @param event the event a writer sent again
     * @param fingerprint the fingerprint of {@code event}, from {@link #of(LedgerEvent)}
     * @param recorded the fingerprint kept with the event recorded earlier under the same unique id
     * @return true when the two say the same thing, in whichever format {@code recorded} was made
     */
    public static boolean sameContent(LedgerEvent event, String fingerprint, String recorded) {
        return fingerprint.equals(recorded) || scaleKeptOf(event).equals(recorded) || legacyOf(event).equals(recorded);
    }

    static String legacyOf(LedgerEvent event) {
        return sha256Hex(String.join("\u001f",
                event.orgId().toString(),
                event.name().wireName(),
                event.subject().toString(),
                event.referenceId(),
                event.uniqueId(),
                event.eventTime().toString(),
                Long.toString(event.tillId()),
                event.bill().toString(),
                event.allocations().toString(),
                event.customFields().toString(),
                event.extendedFields().toString(),
                event.paymentModes().toString(),
                event.pointInTimeSlabs().toString(),
                event.detail().toString()));
    }

    /** The SHA-256 of {@code content} in UTF-8, as lower-case hex. */
    static String sha256Hex(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
