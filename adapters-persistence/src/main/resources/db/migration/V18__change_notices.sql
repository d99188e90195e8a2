-- Instances may remember a credential or an org's settings between requests (to spare a round trip each), and
-- must forget them the moment another instance, or the operator, changes them: a revoke takes effect at once
-- everywhere. Each change of those tables tells every listening instance, on commit, which table changed. Inserts
-- need no notice: what is remembered is only ever a row that exists (a credential's name is never reused, and
-- an answer that lacks an org is not remembered).
/* [jooq ignore start] */
create function ledger_notify_change() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('ledgerlens_change', tg_table_name);
    return null;
end;
$$;
-- Statement-level: one notice per statement, however many rows (NOTIFY folds equal notices of a transaction).
create trigger credential_changed after update or delete or truncate on credential
    for each statement execute function ledger_notify_change();
create trigger org_changed after update or delete or truncate on org
    for each statement execute function ledger_notify_change();
/* [jooq ignore stop] */
