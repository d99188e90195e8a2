-- Change notices of org and credential on Citus (V18's triggers, kept by V23_1 on these two reference tables).
--
-- A reference table has a copy on every node, the coordinator's included, and a change is written to all of them in
-- one two-phase commit; the trigger fires on each copy, a shard named after the table (org_102008). A NOTIFY on a
-- worker refuses that commit's PREPARE ("cannot PREPARE a transaction that has executed LISTEN, UNLISTEN, or NOTIFY"):
-- every org tree change, settings change and revoke failed. The coordinator's copy is written in the coordinator's own
-- transaction, which commits rather than prepares, and the coordinator is where instances listen: the notice is sent
-- from there alone, naming the table rather than its shard. The coordinator must therefore hold copies of reference
-- tables (citus_set_coordinator_host); without it no revoke would be heard, so the migration refuses.
/* [jooq ignore start] */
do
$$
begin
    if not exists (select 1 from pg_dist_node where groupid = 0) then
        raise exception 'the coordinator is not in the cluster''s metadata: run select citus_set_coordinator_host(''<its host>'', <its port>) first (the change notices of org and credential are sent from its copy of them)';
    end if;
end;
$$;

create or replace function ledger_notify_change() returns trigger
    language plpgsql as
$$
begin
    if citus_is_coordinator() then
        perform pg_notify('ledgerlens_change', regexp_replace(tg_table_name, '_[0-9]+$', ''));
    end if;
    return null;
end;
$$;
/* [jooq ignore stop] */
