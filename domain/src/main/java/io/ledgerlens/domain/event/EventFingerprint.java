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

    public static String of(LedgerEvent event) {
        var content = String.join("\u001f",
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
                event.detail().toString());
        return HexFormat.of().formatHex(sha256().digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
