package io.ledgerlens.bootstrap;

/** Settings the service cannot run with, refused before anything starts: the message says what to give instead. */
final class SettingsRefusedException extends RuntimeException {

    SettingsRefusedException(String message) {
        super(message);
    }
}
