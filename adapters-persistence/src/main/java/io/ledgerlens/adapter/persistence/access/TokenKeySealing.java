package io.ledgerlens.adapter.persistence.access;

import static io.ledgerlens.adapter.persistence.schema.Tables.TOKEN_SIGNING_KEY;

import io.ledgerlens.adapter.persistence.access.TokenKeyStore.Row;
import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import java.util.function.Predicate;

/**
 * The schema owner's work on the stored token signing keys: sealing the keys
 * an earlier version stored in the clear, and re-sealing every key under a new
 * key-encryption key. Both update rows, which the service role may not (it
 * only reads and adds keys), so this runs on the owner's connections.
 *
 * <p>Each runs in one transaction that first locks the table against new keys
 * (a key added meanwhile under the old key-encryption key would be missed):
 * every key ends up sealed under the target key, or none is changed. The keys
 * themselves, and their ids, stay the same, so tokens they signed still verify.
 */
public final class TokenKeySealing {

    private final LedgerStore owner;
    private final KeyEncryptionKeys keys;

    /**
     * Over the schema owner's store, with the keys that open the stored keys as they are now.
     *
     * @param owner a store over the owner's connections, which may update the table
     * @param keys those that open the keys as they are
     */
    public TokenKeySealing(LedgerStore owner, KeyEncryptionKeys keys) {
        this.owner = owner;
        this.keys = keys;
    }

    /**
     * Seals under the sealing key every key stored in the clear; returns how many. Nothing to do costs one read.
     *
     * @return how many keys were sealed
     */
    public int sealThoseInTheClear() {
        Predicate<Row> inTheClear = row -> !SealedValue.isSealed(row.stored());
        if (owner.read(TenantFence.none(), TokenKeyStore::rows).stream().noneMatch(inTheClear)) {
            return 0;
        }
        return resealEvery(inTheClear, keys.sealing());
    }

    /**
     * Re-seals every key under {@code next}, opening each with the keys given (or taking it as it is, if in
     * the clear); returns how many changed. Afterwards only {@code next} opens them.
     *
     * @param next the new key-encryption key
     * @return how many keys were re-sealed; those already under {@code next} are left as they are
     * @throws SealedKeyException (and changes nothing) if a key does not open with the keys given
     */
    public int resealUnder(KeyEncryptionKey next) {
        return resealEvery(row -> !KeyEncryptionKeys.sealedUnder(row.stored(), next), next);
    }

    private int resealEvery(Predicate<Row> which, KeyEncryptionKey target) {
        var sealer = KeyEncryptionKeys.of(target);
        return owner.write(TenantFence.none(), dsl -> {
            dsl.execute("lock table " + TOKEN_SIGNING_KEY.getName() + " in share row exclusive mode");
            int changed = 0;
            for (var row : TokenKeyStore.rows(dsl)) {
                if (!which.test(row)) {
                    continue;
                }
                var jwk = SealedValue.isSealed(row.stored()) ? TokenKeyStore.open(keys, row) : row.stored();
                changed += dsl.update(TOKEN_SIGNING_KEY)
                        .set(TOKEN_SIGNING_KEY.JWK, sealer.seal(jwk, TokenKeyStore.associatedData(row.keyId())))
                        .where(TOKEN_SIGNING_KEY.KEY_ID.eq(row.keyId()))
                        .execute();
            }
            return changed;
        });
    }
}
