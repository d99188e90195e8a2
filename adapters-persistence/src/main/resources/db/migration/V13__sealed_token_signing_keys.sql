-- Token signing keys are kept sealed (AES-256-GCM, bound to their key id)
-- under a key-encryption key that is never in the database, so its rows alone
-- (a dump, a backup, a row read by mistake) cannot mint a token. The column
-- keeps its name, so an instance of the previous version still running during
-- an upgrade reads it as before: it cannot parse a sealed key and keeps
-- signing with the keys it holds.
--
-- From here on no key is written in the clear. Rows an earlier version wrote
-- in the clear are not checked (NOT VALID): no key-encryption key is known to
-- a migration, so the first start with one seals them, as the owner, keeping
-- each key and its id so that tokens in flight still verify. The service role
-- keeps select and insert only (V6); re-sealing is the owner's work.
/* [jooq ignore start] */
alter table token_signing_key add constraint token_signing_key_sealed
    check (jwk like 'sealed:%') not valid;
/* [jooq ignore stop] */
