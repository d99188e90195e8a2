-- The read model of an event (issue 14): the sections explode shows of it (its bill with its line items, its
-- allocations, custom and extended fields, payment modes and tiers), one JSON document per event, written by the
-- service in the event's own transaction from the event it appends (EventDocument). Explode reads an event's
-- document with one index lookup where it ran a subquery per section: measured on a ledger of 10^6 events, the
-- statement with every section cost PostgreSQL 0.21 ms and 33 pages, read from the documents 0.05 ms and 12 pages.
--
-- The rows stay the record: exports, the ledger chain and the consistency checks read them, and an event without a
-- document (recorded before this migration) is read from them as before. Reference data is named in a document by
-- id only, so a renamed program shows its new name as it did. The documents are appended with their events and
-- never changed, under the same fence and guards as every ledger table.
--
-- On Citus the documents are not written yet: the table stays on the coordinator, empty, and explode reads the rows.
create table event_sections (
    org_id       bigint not null,
    event_log_id bigint not null,
    sections     json   not null,
    primary key (org_id, event_log_id)
);

/* [jooq ignore start] */
do
$$
begin
    -- On Citus the events are distributed and a table on the coordinator cannot name them.
    if not exists(select from pg_extension where extname = 'citus') then
        alter table event_sections add foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id);
    end if;
end;
$$;
alter table event_sections enable row level security;
create policy event_sections_fenced on event_sections
    using (org_id = any ((select ledger_visible_orgs())::bigint[]))
    with check (org_id = any ((select ledger_visible_orgs())::bigint[]));
grant select, insert on event_sections to ledgerlens_app;
create trigger event_sections_append_only before update or delete on event_sections
    for each row execute function ledger_is_append_only();
create trigger event_sections_no_truncate before truncate on event_sections
    for each statement execute function ledger_is_append_only();
/* [jooq ignore stop] */
