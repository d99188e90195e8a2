package io.ledgerlens.adapter.persistence.testing;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The token_signing_key table as its owner reads it in a console or a dump: the rows as stored, not as the
 * service opens them.
 */
public final class TokenKeyRows {

    private final DataSource owner;

    public TokenKeyRows(DataSource owner) {
        this.owner = owner;
    }

    /** Every row's stored key by key id. */
    public Map<String, String> all() throws SQLException {
        var rows = new LinkedHashMap<String, String>();
        try (var connection = owner.getConnection();
             var result = connection.createStatement().executeQuery("select key_id, jwk from token_signing_key order by key_id")) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
        return rows;
    }

    public String storedOf(String keyId) throws SQLException {
        var stored = all().get(keyId);
        if (stored == null) {
            throw new SQLException("no key " + keyId);
        }
        return stored;
    }

    public void overwrite(String keyId, String stored) throws SQLException {
        try (var connection = owner.getConnection();
             var statement = connection.prepareStatement("update token_signing_key set jwk = ? where key_id = ?")) {
            statement.setString(1, stored);
            statement.setString(2, keyId);
            statement.executeUpdate();
        }
    }

    /** A key as a release before sealed keys wrote it: its JWK JSON in the clear. */
    public void insertInTheClear(String keyId, String jwk, Instant createdAt) throws SQLException {
        try (var connection = owner.getConnection();
             var statement = connection.prepareStatement("insert into token_signing_key (key_id, jwk, created_at) values (?, ?, ?)")) {
            statement.setString(1, keyId);
            statement.setString(2, jwk);
            statement.setTimestamp(3, Timestamp.from(createdAt));
            statement.executeUpdate();
        }
    }
}
