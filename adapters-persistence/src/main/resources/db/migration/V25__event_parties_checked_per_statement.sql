-- V11's step again, for the foreign keys it left on every event (issue 14, item 5): an event's org, customer and
-- user group, and its document (V24). PostgreSQL checks a foreign key one row at a time, with a query and a row lock
-- on the parent for each: three per event of a group (its org, its customer or group, its document's event), on the
-- backend whose group holds the org's next group back. The lock is written into the parent's row, so after each
-- checkpoint the first event of each customer's page writes that whole page to the WAL again. Measured (docs/performance.md, 2026-12-07; pgbench, one client, thirteen events and their
-- documents a transaction, the two schemas alternated three times, in two runs): 0.65-0.75 ms a transaction with
-- the foreign keys, 0.55-0.59 ms with the checks below; over 300,000 customers, right after a checkpoint, 26-31 KB
-- of WAL a transaction with them and 12-17 KB without. The checks below say the same once per statement, for all
-- its rows.
--
-- What a foreign key also guards is that its parent is not removed under the rows naming it. For the document,
-- the ledger's own guards do (V2, V24): no event is updated or deleted. An event's org, customer and user group are not
-- ledger rows; nothing in the service deletes them (its role may not), but an operator's console could. So deleting
-- one, changing its key or truncating its table first waits for every append under way and holds new ones off (a
-- share lock on ledger_event, which every insert's lock conflicts with), then refuses if an event names it: the
-- row lock a foreign key takes per row, taken once by the rare statement that needs it.
--
-- The kind-specific details keep their foreign keys: most of a group's detail inserts have no rows, and a check
-- per statement costs each of them a trigger call where a foreign key costs nothing (eleven empty inserts: 1.32-1.36
-- ms with foreign keys, 1.49-1.51 ms with such checks, measured as above). Citus keeps every foreign key (V23_1 made
-- V11's checks foreign keys there too: a shard cannot run a trigger that reads another table), so this migration
-- changes nothing on Citus.

/* [jooq ignore start] */
create function ledger_events_have_their_parties() returns trigger
    language plpgsql as
$$
declare
    missing text;
begin
    select party into missing
    from (select 'org' as party from new_rows event
          where not exists(select from org where org.org_id = event.org_id)
          union all
          select 'customer of its org' from new_rows event
          where event.customer_id is not null
            and not exists(select from customer
                           where customer.org_id = event.org_id and customer.customer_id = event.customer_id)
          union all
          select 'user group of its org' from new_rows event
          where event.user_group_id is not null
            and not exists(select from user_group
                           where user_group.org_id = event.org_id and user_group.user_group_id = event.user_group_id))
             as missing_parties
    limit 1;
    if missing is not null then
        raise exception 'an event names no %', missing using errcode = 'foreign_key_violation';
    end if;
    return null;
end;
$$;

-- As the schema's owner, as a foreign key's own check runs: it sees every event, whatever the deleting role's fence,
-- and may take the lock whatever that role's privileges on the ledger.
create function ledger_parties_keep_their_events() returns trigger
    language plpgsql security definer as
$$
begin
    -- Every append under way finishes first, and none starts until this transaction ends: an event naming the row
    -- cannot commit unseen between this check and the delete.
    lock table ledger_event in share mode;
    if tg_op = 'TRUNCATE' then
        if exists(select from ledger_event) then
            raise exception 'truncating % is refused: the ledger''s events name its rows', tg_table_name
                using errcode = 'foreign_key_violation';
        end if;
        return null;
    end if;
    if tg_table_name = 'org' then
        if exists(select from ledger_event where org_id = old.org_id) then
            raise exception 'org % is named by events of the ledger', old.org_id using errcode = 'foreign_key_violation';
        end if;
    elsif tg_table_name = 'customer' then
        if exists(select from ledger_event where org_id = old.org_id and customer_id = old.customer_id) then
            raise exception 'customer % of org % is named by events of the ledger', old.customer_id, old.org_id
                using errcode = 'foreign_key_violation';
        end if;
    elsif exists(select from ledger_event where org_id = old.org_id and user_group_id = old.user_group_id) then
        raise exception 'user group % of org % is named by events of the ledger', old.user_group_id, old.org_id
            using errcode = 'foreign_key_violation';
    end if;
    return case tg_op when 'DELETE' then old else new end;
end;
$$;

do
$$
declare
    part text;
begin
    execute format('alter function ledger_parties_keep_their_events() set search_path = %I, pg_temp', current_schema());
    revoke execute on function ledger_parties_keep_their_events() from public;
    if exists(select from pg_extension where extname = 'citus') then
        return;
    end if;

    alter table ledger_event
        drop constraint ledger_event_org_id_fkey,
        drop constraint ledger_event_org_id_customer_id_fkey,
        drop constraint ledger_event_org_id_user_group_id_fkey;
    create trigger ledger_event_has_its_parties after insert on ledger_event
        referencing new table as new_rows for each statement execute function ledger_events_have_their_parties();

    create trigger org_keeps_its_events before delete on org
        for each row execute function ledger_parties_keep_their_events();
    create trigger org_key_keeps_its_events before update of org_id on org
        for each row when (old.org_id is distinct from new.org_id) execute function ledger_parties_keep_their_events();
    create trigger customer_keeps_its_events before delete on customer
        for each row execute function ledger_parties_keep_their_events();
    create trigger customer_key_keeps_its_events before update of org_id, customer_id on customer
        for each row when (old.org_id is distinct from new.org_id or old.customer_id is distinct from new.customer_id)
        execute function ledger_parties_keep_their_events();
    create trigger user_group_keeps_its_events before delete on user_group
        for each row execute function ledger_parties_keep_their_events();
    create trigger user_group_key_keeps_its_events before update of org_id, user_group_id on user_group
        for each row when (old.org_id is distinct from new.org_id or old.user_group_id is distinct from new.user_group_id)
        execute function ledger_parties_keep_their_events();
    foreach part in array array['org', 'customer', 'user_group']
    loop
        execute format('create trigger %I before truncate on %I for each statement'
                           || ' execute function ledger_parties_keep_their_events()', part || '_truncate_keeps_its_events', part);
    end loop;

    alter table event_sections drop constraint event_sections_org_id_event_log_id_fkey;
    create trigger event_sections_has_its_event after insert on event_sections
        referencing new table as new_rows for each statement execute function ledger_parts_have_their_event();
end;
$$;
/* [jooq ignore stop] */
