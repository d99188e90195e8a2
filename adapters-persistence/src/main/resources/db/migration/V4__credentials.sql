-- Who may call the service. A credential belongs to one org; its name (a till
-- user's username or an API client's key) is unique per kind across the whole
-- service, because a Basic header or a key names no org, and is never given to
-- another credential, even after a revoke. Only an Argon2id hash of the secret
-- is kept. Not org-fenced like the ledger: a credential is looked up by name
-- before anyone knows which org is calling.
create sequence credential_id_seq;

create table credential (
    credential_id bigint       not null primary key,
    org_id        bigint       not null,
    kind          varchar(16)  not null,
    name          varchar(64)  not null,
    secret_hash   varchar(255) not null,
    points_read   boolean      not null,
    ledger_write  boolean      not null,
    org_admin     boolean      not null,
    created_at    timestamptz  not null,
    revoked_at    timestamptz,
    constraint credential_kind check (kind in ('TILL_USER', 'API_CLIENT')),
    constraint credential_name_taken_once unique (kind, name),
    constraint credential_holds_a_right check (points_read or ledger_write or org_admin)
);

create index credential_of_org on credential (org_id, credential_id);

-- The keys that sign access tokens, newest first by created_at. Kept here so
-- that every instance of the service signs and verifies with the same keys;
-- an older key verifies tokens until they expire, then it is no longer used.
create table token_signing_key (
    key_id     varchar(64)   not null primary key,
    jwk        varchar(4000) not null,
    created_at timestamptz   not null
);
