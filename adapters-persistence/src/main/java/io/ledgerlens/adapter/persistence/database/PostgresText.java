package io.ledgerlens.adapter.persistence.database;

/**
 * PostgreSQL text cannot hold the NUL character: sending one fails the whole
 * statement. A value containing it cannot match anything stored, so lookups
 * answer "nothing" for it instead of asking the database.
 */
public final class PostgresText {

    private PostgresText() {
    }

    /**
     * Whether PostgreSQL text can hold {@code value}: a value that it cannot could match nothing stored.
     *
     * @param value a value about to be bound as text
     * @return {@code false} if it holds a NUL character
     */
    public static boolean canBeStored(String value) {
        return value.indexOf('\0') < 0;
    }
}
