-- Citus only: the events' documents (V24) distributed by org with the events, so that each org's documents sit on
-- the shard of its events and explode reads them there, as one PostgreSQL does. V24 made the table on the coordinator
-- (no foreign key to the distributed events; its policy with the subquery Citus refuses, since V23_1 rewrote the
-- policies before it existed); this makes it what V23_1 makes of every ledger table. The table is empty on a cluster
-- upgraded from before V24 (nothing wrote documents there): distributing it copies nothing, and the service's
-- background pass (EventDocumentBackfill) then writes the older events' documents, org by org, on their shards.

-- The append-only triggers fire on the shards and read no other table (as V23_1 says of every ledger table).
set local citus.enable_unsafe_triggers = on;
set local citus.multi_shard_modify_mode = 'sequential';

/* [jooq ignore start] */
drop policy event_sections_fenced on event_sections;
create policy event_sections_fenced on event_sections
    using (org_id = any (ledger_visible_orgs()::bigint[]))
    with check (org_id = any (ledger_visible_orgs()::bigint[]));

select create_distributed_table('event_sections', 'org_id', colocate_with => 'ledger_event');
alter table event_sections add foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id);
/* [jooq ignore stop] */
