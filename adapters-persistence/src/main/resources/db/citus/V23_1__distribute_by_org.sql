-- Citus only (`ledgerlens --citus`, issue 17): the ledger distributed by org over the cluster's workers. Runs on the
-- coordinator right after V23, whose keys all include org_id, as Citus requires of a distributed table's keys.
--
-- * org, credential and token_signing_key become reference tables (a copy on every node): every org's rows
--   name an org, and a credential is found by its name before its org is known.
-- * Every other table with an org_id is distributed by it, all in one co-location group, so that an org's event,
--   bill, lines, allocations and customer sit on the same shard and a statement naming one org runs there alone.
-- * The two id registries are distributed by the id they keep unique across orgs (their own group).
-- * audit_record stays on the coordinator: the operator's log, written and read there only.
-- * V11's statement-level checks query other tables from a trigger, which a shard cannot do; they become the
--   composite foreign keys they replaced (org_id included: both sides of each are on the same shard).
-- * The fence: policies hold no subquery (Citus refuses one), and ledger_fence() sets it with SET LOCAL, which
--   Citus passes on to the workers of the transaction (LedgerStore calls it inside begin ... commit).
-- * ledgerlens_app logs in: Citus reaches the workers as the role the statement runs as. Give it a password and
--   an entry in pg_dist_authinfo (or trust between the nodes) in production.

do
$$
begin
    if not exists(select from pg_extension where extname = 'citus') then
        raise exception 'ledgerlens --citus: this database has no Citus extension; run create extension citus and add the workers (citus_add_node) first'
            using errcode = 'feature_not_supported';
    end if;
end;
$$;

-- The triggers of the append-only tables and of the change notices fire on the shards; none of them reads another
-- table.
set local citus.enable_unsafe_triggers = on;
-- Not Citus's default: a table naming a reference table would become a "Citus local" table, kept whole on the
-- coordinator, the moment org is made one; every such table is distributed below instead.
set local citus.enable_local_reference_table_foreign_keys = off;
-- One connection per worker for the whole migration: the tables are created and filled in one transaction.
set local citus.multi_shard_modify_mode = 'sequential';

/* [jooq ignore start] */
create function ledger_fence(orgs text) returns void
    language plpgsql as
$$
begin
    -- Only for this transaction's statements, like set_config(..., true); propagate_set_commands is never passed on
    -- itself, and must be on before the SET that is.
    set local citus.propagate_set_commands = 'local';
    execute format('set local ledgerlens.orgs = %L', orgs::bigint[]::text);
end;
$$;
grant execute on function ledger_fence(text) to ledgerlens_app;

-- V11's checks as foreign keys (V1's, with the org, as V23's keys allow).
drop trigger line_item_has_its_bill on line_item;
alter table line_item add foreign key (org_id, event_log_id) references bill (org_id, event_log_id);
drop trigger points_allocation_has_its_line on points_allocation;
alter table points_allocation add foreign key (org_id, event_log_id, line_position)
    references line_item (org_id, event_log_id, position);
do
$$
declare
    part text;
begin
    foreach part in array array['bill', 'event_tier', 'points_allocation', 'custom_field', 'extended_field', 'payment_mode']
    loop
        execute format('drop trigger %I on %I', part || '_has_its_event', part);
        execute format('alter table %I add foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id)',
                       part);
    end loop;
end;
$$;

-- Every policy without its subquery: (select ledger_visible_orgs()) becomes ledger_visible_orgs(), evaluated once per
-- statement all the same (it is stable).
do
$$
declare
    policy record;
begin
    for policy in select tablename, policyname, permissive, cmd, qual, with_check
                  from pg_policies where schemaname = 'public'
    loop
        execute format('drop policy %I on %I', policy.policyname, policy.tablename);
        execute format('create policy %I on %I as %s for %s to public', policy.policyname, policy.tablename,
                       policy.permissive, policy.cmd)
                    || coalesce(' using (' || replace(policy.qual, '( SELECT ledger_visible_orgs() AS ledger_visible_orgs)',
                                                      'ledger_visible_orgs()') || ')', '')
                    || coalesce(' with check (' || replace(policy.with_check,
                                                           '( SELECT ledger_visible_orgs() AS ledger_visible_orgs)',
                                                           'ledger_visible_orgs()') || ')', '');
    end loop;
end;
$$;

-- Change notices of reference data (V18, V19, V22): on a distributed table the trigger fires on the worker holding
-- the shard, where no instance listens, and a NOTIFY there refuses the two-phase commit of any write that spans
-- workers ("cannot PREPARE a transaction that has executed NOTIFY"). Instances forget what they remember of those
-- tables after 5 s instead. org's and credential's stay (reference tables; see the README on what that leaves).
do
$$
declare
    notice record;
begin
    for notice in select tgrelid::regclass as on_table, tgname from pg_trigger
                  where tgfoid = 'ledger_notify_change'::regproc
                    and tgrelid not in ('org'::regclass, 'credential'::regclass)
    loop
        execute format('drop trigger %I on %s', notice.tgname, notice.on_table);
    end loop;
end;
$$;

alter role ledgerlens_app login;

-- Citus orders an upsert of a reference table (insert ... on conflict) on all its copies by a lock that only a role
-- allowed to update, delete or truncate the table may take, and the service adds token signing keys so. It is
-- granted update for that lock alone: the trigger keeps its rows as it wrote them (the owner re-seals them, and may).
grant update on token_signing_key to ledgerlens_app;
create function ledger_signing_keys_kept() returns trigger
    language plpgsql as
$$
begin
    if current_user = 'ledgerlens_app' then
        raise exception 'token signing keys are changed by the operator only' using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
create trigger token_signing_key_kept before update on token_signing_key
    for each row execute function ledger_signing_keys_kept();

select create_reference_table('org');
select create_reference_table('credential');
select create_reference_table('token_signing_key');
select create_distributed_table('customer_id_registry', 'customer_id', colocate_with => 'none');
select create_distributed_table('user_group_id_registry', 'user_group_id', colocate_with => 'customer_id_registry');

-- The rest by org, each once the tables it names are distributed (Citus refuses a foreign key to a table that is
-- not yet), the first of them founding the co-location group.
do
$$
declare
    next_table regclass;
    first_table regclass;
    progressed boolean;
begin
    loop
        progressed := false;
        for next_table in
            select c.oid::regclass
            from pg_class c
            where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
              and c.relname not in ('audit_record', 'flyway_schema_history')
              and exists(select from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped)
              and not exists(select from pg_dist_partition p where p.logicalrelid = c.oid)
              and not exists(select from pg_constraint f
                             where f.conrelid = c.oid and f.contype = 'f' and f.confrelid <> c.oid
                               and not exists(select from pg_dist_partition p where p.logicalrelid = f.confrelid))
            order by c.relname
        loop
            if first_table is null then
                perform create_distributed_table(next_table, 'org_id', colocate_with => 'none');
                first_table := next_table;
            else
                perform create_distributed_table(next_table, 'org_id', colocate_with => first_table::text);
            end if;
            progressed := true;
        end loop;
        exit when not progressed;
    end loop;
    if exists(select from pg_class c
              where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
                and c.relname not in ('audit_record', 'flyway_schema_history')
                and not exists(select from pg_dist_partition p where p.logicalrelid = c.oid)) then
        raise exception 'tables left undistributed: %', (select string_agg(c.relname, ', ') from pg_class c
            where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
              and c.relname not in ('audit_record', 'flyway_schema_history')
              and not exists(select from pg_dist_partition p where p.logicalrelid = c.oid));
    end if;
end;
$$;
/* [jooq ignore stop] */
