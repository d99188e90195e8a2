-- Credentials are read and written by the service role like the ledger, and
-- fenced like it: an org admin lists and revokes its own org's credentials
-- only. Signing in is the one moment no org is known yet: a presented name or
-- a token's credential id is looked up through two functions that run as the
-- owner and answer that one credential, nothing else.
/* [jooq ignore start] */
alter table credential enable row level security;
create policy credential_fenced on credential
    using (org_id = any ((select ledger_visible_orgs())::bigint[]))
    with check (org_id = any ((select ledger_visible_orgs())::bigint[]));

-- UPDATE only stamps revoked_at; no credential is ever deleted, so no name is ever reused.
grant select, insert, update on credential to ledgerlens_app;
grant usage, select on sequence credential_id_seq to ledgerlens_app;
-- Every instance signs and verifies with the same keys, and any instance may add the first one.
grant select, insert on token_signing_key to ledgerlens_app;

create function ledger_credential_named(varchar, varchar) returns setof credential
    language sql stable security definer as
$$
select * from credential where kind = $1 and name = $2
$$;
create function ledger_credential(bigint) returns setof credential
    language sql stable security definer as
$$
select * from credential where credential_id = $1
$$;

do
$$
declare
    owners_function text;
begin
    foreach owners_function in array array['ledger_credential_named(varchar, varchar)', 'ledger_credential(bigint)']
    loop
        execute format('alter function %s set search_path = %I, pg_temp', owners_function, current_schema());
        execute format('revoke execute on function %s from public', owners_function);
        execute format('grant execute on function %s to ledgerlens_app', owners_function);
    end loop;
end;
$$;
/* [jooq ignore stop] */
