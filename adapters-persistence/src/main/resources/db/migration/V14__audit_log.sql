-- The audit log: failed sign-ins, credentials issued and revoked, orgs created,
-- connected and disconnected, and refused attempts to change the org tree.
-- Who (the operator, a credential, or someone signing in from an address), in
-- which org, did what to which target, with what outcome, when. Never a secret,
-- a hash or a customer's identifier value: the application writes target and
-- detail from ids and reasons.
--
-- Not org-fenced: a failed sign-in often has no org. The service's role may
-- only append (no SELECT: no request can read the log); the operator reads it as
-- the owner (`ledgerlens audit`). Like the ledger, it is append-only for
-- everyone, the owner included.
create table audit_record (
    audit_id            bigint generated always as identity primary key,
    recorded_at         timestamptz  not null,
    actor_kind          varchar(16)  not null,
    actor_credential_id bigint,
    actor_name          varchar(64),
    client_address      varchar(64),
    org_id              bigint,
    action              varchar(32)  not null,
    target              varchar(255) not null,
    outcome             varchar(16)  not null,
    detail              varchar(255) not null,
    constraint audit_actor_kind check (actor_kind in ('OPERATOR', 'CREDENTIAL', 'SIGNING_IN', 'SERVICE')),
    constraint audit_outcome check (outcome in ('DONE', 'REFUSED'))
);

create index audit_record_of_org on audit_record (org_id, audit_id);

/* [jooq ignore start] */
grant insert on audit_record to ledgerlens_app;

create function audit_log_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the audit log is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function audit_log_is_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_log_is_append_only();
/* [jooq ignore stop] */
