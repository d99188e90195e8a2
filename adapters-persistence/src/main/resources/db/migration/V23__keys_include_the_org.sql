-- Every key of an org's rows includes org_id (issue 17): a table distributed by org_id, as Citus distributes it,
-- may only hold primary keys and uniques that include the distribution column, since each shard checks them for its
-- own rows alone.
--
-- Each key keeps its columns in their order and takes org_id last: every lookup names an event, a customer or a group
-- by its id, an event's parts come in the order of their position, and the org's fence then narrows the same index
-- scan (org_id between the id and the position cost each section a sort in the generic plan). Keys that led with org_id instead
-- (tried: commit 2297c77) turned the generic plan of explode by event id from the event's key to the customer's
-- index, reading every event of the customer to keep one (EXPLAIN ANALYZE on the ledger of 10^6 events: 0.28 ms
-- before, 0.41 ms after). A foreign key names its columns in any order, so those to (org_id, event_log_id) and
-- (org_id, customer_id) hold as they were.
--
-- What the keys replace: ledger_event keeps its unique (org_id, event_log_id) as its primary key (an org's events
-- in id order, for the export) and an index on event_log_id alone in place of its old key; bill, customer and
-- user_group each lose an index, their key on the id alone having duplicated their unique (org_id, id).
--
-- Ids that must stay unique across orgs keep that another way:
-- * event ids come from event_log_id_seq alone (the writers take them from it; no API names a new one), so the
--   sequence is their registry;
-- * customer and group ids are chosen by the org's clients: customer_id_registry and user_group_id_registry hold
--   which org holds each, claimed in the statement that registers it (JooqCustomerRepository,
--   JooqUserGroupRepository). A claim is never given up: nothing deletes a customer or a group.
--
-- On a large ledger this migration rebuilds the keys of every event table (seconds at 10^6 events, minutes at
-- 10^7, the tables locked meanwhile): see the README's "Upgrading over migration V23".

/* [jooq ignore start] */

-- Replaces the keys of a table, keeping every foreign key that points at it: those are dropped first and made
-- again, by name, from their own definitions, once the new keys are in place.
create function pg_temp.ledger_rekey(rekeyed regclass, dropped text[], added text[]) returns void
    language plpgsql as
$$
declare
    pointing record;
    pointers text[] := '{}';
    definitions text[] := '{}';
    owners regclass[] := '{}';
    constraint_name text;
    i int;
begin
    for pointing in
        select conrelid::regclass as owner, conname, pg_get_constraintdef(oid) as definition
          from pg_constraint where contype = 'f' and confrelid = rekeyed and conrelid <> rekeyed
    loop
        owners := owners || pointing.owner;
        pointers := pointers || pointing.conname::text;
        definitions := definitions || pointing.definition;
        execute format('alter table %s drop constraint %I', pointing.owner, pointing.conname);
    end loop;
    foreach constraint_name in array dropped
    loop
        execute format('alter table %s drop constraint %I', rekeyed, constraint_name);
    end loop;
    foreach constraint_name in array added
    loop
        execute format('alter table %s add %s', rekeyed, constraint_name);
    end loop;
    for i in 1 .. coalesce(array_length(pointers, 1), 0)
    loop
        execute format('alter table %s add constraint %I %s', owners[i], pointers[i], definitions[i]);
    end loop;
end;
$$;

-- Profiles: customers and groups by (id, org); their ids' holders in registries.
create table customer_id_registry (
    customer_id bigint primary key check (customer_id > 0),
    org_id      bigint not null
);
insert into customer_id_registry (customer_id, org_id) select customer_id, org_id from customer;
create table user_group_id_registry (
    user_group_id bigint primary key check (user_group_id > 0),
    org_id        bigint not null
);
insert into user_group_id_registry (user_group_id, org_id) select user_group_id, org_id from user_group;

select pg_temp.ledger_rekey('customer', '{customer_pkey, customer_org_id_customer_id_key}',
                            '{"primary key (customer_id, org_id)"}');
select pg_temp.ledger_rekey('user_group', '{user_group_pkey, user_group_org_id_user_group_id_key}',
                            '{"primary key (user_group_id, org_id)"}');
select pg_temp.ledger_rekey('user_group_member', '{user_group_member_pkey}',
                            '{"primary key (user_group_id, customer_id, org_id)"}');
drop index user_group_one_primary_idx;
create unique index user_group_one_primary_idx on user_group_member (user_group_id, org_id) where is_primary;

-- The ledger: an event and its parts by (event, org).
select pg_temp.ledger_rekey('ledger_event', '{ledger_event_pkey, ledger_event_org_id_event_log_id_key}',
                            '{"primary key (org_id, event_log_id)"}');
create index ledger_event_event_log_id_idx on ledger_event (event_log_id);
select pg_temp.ledger_rekey('bill', '{bill_pkey, bill_org_id_event_log_id_key}', '{"primary key (event_log_id, org_id)"}');
select pg_temp.ledger_rekey('line_item', '{line_item_pkey, line_item_event_log_id_line_item_id_key}',
                            '{"primary key (event_log_id, position, org_id)", "unique (event_log_id, line_item_id, org_id)"}');
select pg_temp.ledger_rekey('points_allocation', '{points_allocation_pkey}', '{"primary key (allocation_id, org_id)"}');
-- Two parts name a part of their own by the event alone: those keys are dropped before the keys they named.
alter table behavioral_attribute drop constraint behavioral_attribute_event_log_id_field_position_fkey;
alter table transfer_party drop constraint transfer_party_event_log_id_fkey;
select pg_temp.ledger_rekey('behavioral_field', '{behavioral_field_pkey}', '{"primary key (event_log_id, position, org_id)"}');
select pg_temp.ledger_rekey('behavioral_attribute', '{behavioral_attribute_pkey}',
                            '{"primary key (event_log_id, field_position, position, org_id)"}');
alter table behavioral_attribute add constraint behavioral_attribute_org_id_event_log_id_field_position_fkey
    foreign key (org_id, event_log_id, field_position) references behavioral_field (org_id, event_log_id, position);
select pg_temp.ledger_rekey('transfer_detail', '{transfer_detail_pkey}', '{"primary key (event_log_id, org_id)"}');
select pg_temp.ledger_rekey('transfer_party', '{transfer_party_pkey}', '{"primary key (event_log_id, direction, org_id)"}');
alter table transfer_party add constraint transfer_party_org_id_event_log_id_fkey
    foreign key (org_id, event_log_id) references transfer_detail (org_id, event_log_id);
select pg_temp.ledger_rekey('event_program_points', '{event_program_points_pkey}',
                            '{"primary key (event_log_id, role, position, org_id)"}');

do
$$
declare
    part text;
begin
    foreach part in array array['event_tier', 'custom_field', 'extended_field', 'payment_mode', 'adjustment_deduction']
    loop
        perform pg_temp.ledger_rekey(part::regclass, array[part || '_pkey'],
                                     array['primary key (event_log_id, position, org_id)']);
    end loop;
    foreach part in array array['generic_event_detail', 'goodwill_detail', 'redemption_detail', 'target_completed_detail',
        'voucher_redemption_detail', 'manual_adjustment_detail', 'import_detail']
    loop
        perform pg_temp.ledger_rekey(part::regclass, array[part || '_pkey'], array['primary key (event_log_id, org_id)']);
    end loop;
end;
$$;

-- An allocation on a line names a line of its own org's event (V11 matched the event alone).
create or replace function ledger_line_allocations_have_their_line() returns trigger
    language plpgsql as
$$
begin
    if exists(select from new_rows allocation
              where allocation.line_position is not null
                and not exists(select from line_item line
                               where line.org_id = allocation.org_id
                                 and line.event_log_id = allocation.event_log_id
                                 and line.position = allocation.line_position)) then
        raise exception 'an allocation names no line item of its event' using errcode = 'foreign_key_violation';
    end if;
    return null;
end;
$$;

-- Who holds an id, from its registry (V5's functions read the profiles, whose keys name the org now).
create or replace function ledger_customer_org(bigint) returns bigint
    language sql stable security definer as
$$
select org_id from customer_id_registry where customer_id = $1
$$;
create or replace function ledger_user_group_org(bigint) returns bigint
    language sql stable security definer as
$$
select org_id from user_group_id_registry where user_group_id = $1
$$;

-- The registries are fenced like every table of an org's rows: the service claims ids for the orgs of its
-- transaction only, and learns another org's claim through the functions above, never by reading it.
do
$$
declare
    registry text;
begin
    foreach registry in array array['customer_id_registry', 'user_group_id_registry']
    loop
        execute format('alter table %I enable row level security', registry);
        execute format('create policy %I on %I using (org_id = any ((select ledger_visible_orgs())::bigint[]))'
                           || ' with check (org_id = any ((select ledger_visible_orgs())::bigint[]))',
                       registry || '_fenced', registry);
        execute format('grant select, insert on %I to ledgerlens_app', registry);
    end loop;
end;
$$;
/* [jooq ignore stop] */
