-- The parts of an event (its bill, line items, allocations, fields, payment
-- modes and tier) must belong to an event of the same org, and an allocation on
-- a line to a line of its bill. V1 said so with foreign keys, which PostgreSQL
-- checks one row at a time: an index probe and a row lock on the parent for
-- each of the nine or so rows an event has, a fifth of an import's work.
-- These triggers check the same once per statement, for all its rows at once.
-- What a foreign key also guards, that a parent is not deleted or changed under
-- its parts, V2 guards for the whole ledger: nothing is updated or deleted.

/* [jooq ignore start] */
create function ledger_parts_have_their_event() returns trigger
    language plpgsql as
$$
begin
    if exists(select from new_rows part
              where not exists(select from ledger_event event
                               where event.org_id = part.org_id and event.event_log_id = part.event_log_id)) then
        raise exception 'a row of % names no event of its org', tg_table_name
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end;
$$;

create function ledger_lines_have_their_bill() returns trigger
    language plpgsql as
$$
begin
    if exists(select from new_rows line
              where not exists(select from bill
                               where bill.org_id = line.org_id and bill.event_log_id = line.event_log_id)) then
        raise exception 'a line item names no bill of its org' using errcode = 'foreign_key_violation';
    end if;
    return null;
end;
$$;

create function ledger_line_allocations_have_their_line() returns trigger
    language plpgsql as
$$
begin
    if exists(select from new_rows allocation
              where allocation.line_position is not null
                and not exists(select from line_item line
                               where line.event_log_id = allocation.event_log_id
                                 and line.position = allocation.line_position)) then
        raise exception 'an allocation names no line item of its event' using errcode = 'foreign_key_violation';
    end if;
    return null;
end;
$$;

alter table line_item drop constraint line_item_org_id_event_log_id_fkey;
create trigger line_item_has_its_bill after insert on line_item
    referencing new table as new_rows for each statement execute function ledger_lines_have_their_bill();

alter table points_allocation drop constraint points_allocation_event_log_id_line_position_fkey;
create trigger points_allocation_has_its_line after insert on points_allocation
    referencing new table as new_rows for each statement execute function ledger_line_allocations_have_their_line();

do
$$
declare
    part text;
begin
    foreach part in array array['bill', 'event_tier', 'points_allocation', 'custom_field', 'extended_field', 'payment_mode']
    loop
        execute format('alter table %I drop constraint %I', part, part || '_org_id_event_log_id_fkey');
        execute format('create trigger %I after insert on %I referencing new table as new_rows'
                           || ' for each statement execute function ledger_parts_have_their_event()',
                       part || '_has_its_event', part);
    end loop;
end;
$$;
/* [jooq ignore stop] */
