-- Tenant isolation in the database itself, a second layer under the org_id
-- filters that every query of the adapters writes: the service runs as the
-- role ledgerlens_app, which sees and writes only the rows of the orgs that
-- the current transaction named (LedgerStore sets them, transaction-local,
-- before any work). A query that forgets its filter still sees nothing else.
--
-- Table owners and superusers bypass row-level security: that is why the
-- service's pool switches to ledgerlens_app (SET ROLE) while migrations keep
-- the login user, who owns the tables. The role's privileges are a guard of
-- their own: the ledger tables take SELECT and INSERT only, so the append-only
-- triggers of V2 are the second line behind them, not the only one.
--
-- All of it is PostgreSQL-only, so jOOQ's build-time schema parser skips the file.

/* [jooq ignore start] */

-- Roles belong to the cluster, not to the database: several ledgers (test
-- databases, for one) share it, and may migrate at the same moment.
do
$$
begin
    if not exists (select from pg_roles where rolname = 'ledgerlens_app') then
        begin
            create role ledgerlens_app nologin;
        exception
            when duplicate_object or unique_violation then
                null; -- another database of this cluster created it meanwhile
            when insufficient_privilege then
                raise exception 'the role ledgerlens_app does not exist and % may not create it', current_user
                    using hint = 'as a superuser: create role ledgerlens_app nologin; grant ledgerlens_app to '
                        || current_user || ';';
        end;
    end if;
    -- The login user must be able to SET ROLE ledgerlens_app; a superuser always can.
    if not pg_has_role(current_user, 'ledgerlens_app', 'member') then
        begin
            execute format('grant ledgerlens_app to %I', current_user);
        exception
            when insufficient_privilege then
                raise warning '% cannot grant itself ledgerlens_app; the service cannot switch to it', current_user
                    using hint = 'as a superuser: grant ledgerlens_app to ' || current_user || ';';
        end;
    end if;
    execute format('grant usage on schema %I to ledgerlens_app', current_schema());
end;
$$;

-- The orgs the current transaction may see, from the setting LedgerStore
-- makes. Unset or empty is no org at all: a connection that was not fenced
-- sees nothing (fail closed), and a malformed setting is an error.
create function ledger_visible_orgs() returns bigint[]
    language sql stable parallel safe as
$$
select coalesce(nullif(current_setting('ledgerlens.orgs', true), ''), '{}')::bigint[]
$$;

-- Registering and connecting orgs reads the whole org tree (is this org free?
-- would this connection make a cycle?), so such a transaction opens the org
-- table, and only it: every other table still follows ledger_visible_orgs().
create function ledger_org_tree_open() returns boolean
    language sql stable parallel safe as
$$
select coalesce(current_setting('ledgerlens.org_tree', true), '') = 'on'
$$;

-- Policies call these as (select ...): an InitPlan, evaluated once per
-- statement rather than once per row, that leaves the org_id indexes usable.
do
$$
declare
    fenced_table text;
begin
    foreach fenced_table in array array[
        'program', 'points_category', 'allocation_strategy', 'expiry_strategy', 'promotion', 'alternate_currency', 'till',
        'tier', 'customer', 'customer_identifier', 'user_group', 'user_group_member',
        'ledger_event', 'event_tier', 'bill', 'line_item', 'points_allocation', 'custom_field', 'extended_field',
        'payment_mode', 'generic_event_detail', 'behavioral_field', 'behavioral_attribute', 'goodwill_detail',
        'redemption_detail', 'event_program_points', 'transfer_detail', 'transfer_party', 'target_completed_detail',
        'voucher_redemption_detail', 'manual_adjustment_detail', 'import_detail']
    loop
        execute format('alter table %I enable row level security', fenced_table);
        execute format('create policy %I on %I using (org_id = any ((select ledger_visible_orgs())::bigint[]))'
                           || ' with check (org_id = any ((select ledger_visible_orgs())::bigint[]))',
                       fenced_table || '_fenced', fenced_table);
    end loop;
end;
$$;

-- An org's connections are its parent, named in its own row, and its children,
-- whose rows name it: a fence on an org reads its children's org rows too (never
-- their data). Writes stay within the fence, or the open org tree.
alter table org enable row level security;
create policy org_fenced_read on org for select
    using (org_id = any ((select ledger_visible_orgs())::bigint[]) or parent_org_id = any ((select ledger_visible_orgs())::bigint[])
           or (select ledger_org_tree_open()));
create policy org_fenced_insert on org for insert
    with check (org_id = any ((select ledger_visible_orgs())::bigint[]) or (select ledger_org_tree_open()));
create policy org_fenced_update on org for update
    using (org_id = any ((select ledger_visible_orgs())::bigint[]) or (select ledger_org_tree_open()))
    with check (org_id = any ((select ledger_visible_orgs())::bigint[]) or (select ledger_org_tree_open()));

-- What the service does, and nothing more. Profiles and reference data are
-- registered and edited; a customer's identifiers and a group's members are
-- replaced whole on each registration, hence DELETE on those two tables only.
grant select, insert, update on org, program, points_category, allocation_strategy, expiry_strategy, promotion,
    alternate_currency, till, tier, customer, customer_identifier, user_group, user_group_member to ledgerlens_app;
grant delete on customer_identifier, user_group_member to ledgerlens_app;
-- The ledger is appended to and read: no UPDATE, DELETE or TRUNCATE.
grant select, insert on ledger_event, event_tier, bill, line_item, points_allocation, custom_field, extended_field,
    payment_mode, generic_event_detail, behavioral_field, behavioral_attribute, goodwill_detail, redemption_detail,
    event_program_points, transfer_detail, transfer_party, target_completed_detail, voucher_redemption_detail,
    manual_adjustment_detail, import_detail to ledgerlens_app;
grant usage, select on sequence event_log_id_seq to ledgerlens_app;
grant execute on function ledger_visible_orgs(), ledger_org_tree_open() to ledgerlens_app;

-- Bulk writes refresh the planner's statistics (see LedgerStatistics), but
-- ANALYZE needs the table owner: this function runs as the owner and analyses
-- the ledger tables, nothing else. Its search_path is pinned to this schema.
create function ledger_analyze() returns void
    language plpgsql security definer as
$$
begin
    analyze ledger_event, bill, line_item, points_allocation, custom_field, extended_field, payment_mode, event_tier;
end;
$$;

-- Customer and group ids are unique across orgs, so registering one must learn
-- whether another org holds it (and refuse to take it); the fence hides that
-- org's row. These answer that one question, and nothing else about the row.
create function ledger_customer_org(bigint) returns bigint
    language sql stable security definer as
$$
select org_id from customer where customer_id = $1
$$;
create function ledger_user_group_org(bigint) returns bigint
    language sql stable security definer as
$$
select org_id from user_group where user_group_id = $1
$$;

do
$$
declare
    owners_function text;
begin
    foreach owners_function in array array['ledger_analyze()', 'ledger_customer_org(bigint)', 'ledger_user_group_org(bigint)']
    loop
        execute format('alter function %s set search_path = %I, pg_temp', owners_function, current_schema());
        execute format('revoke execute on function %s from public', owners_function);
        execute format('grant execute on function %s to ledgerlens_app', owners_function);
    end loop;
end;
$$;

/* [jooq ignore stop] */
