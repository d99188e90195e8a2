-- Each org's ledger is a hash chain (see ChainLink): every event appended gets
-- the next link, its position, what it said (its content fingerprint) and a
-- hash over that and the link before, written in the event's own transaction
-- under a per-org lock taken last (so that links follow each other with no
-- gap and no fork). Changing an event, removing one or slipping one in breaks
-- the chain from there on; `ledgerlens verify` recomputes it, and a signed
-- checkpoint of its head, kept by an auditor, shows a chain recomputed to hide
-- a change. Events recorded before this migration are not in the chain.
create table ledger_chain (
    org_id              bigint   not null,
    chain_position      bigint   not null,
    event_log_id        bigint   not null,
    content_fingerprint char(64) not null,
    chain_hash          char(64) not null,
    primary key (org_id, chain_position),
    check (chain_position > 0)
);

/* [jooq ignore start] */
alter table ledger_chain enable row level security;
create policy ledger_chain_fenced on ledger_chain
    using (org_id = any ((select ledger_visible_orgs())::bigint[]))
    with check (org_id = any ((select ledger_visible_orgs())::bigint[]));
grant select, insert on ledger_chain to ledgerlens_app;
create trigger ledger_chain_append_only before update or delete on ledger_chain
    for each row execute function ledger_is_append_only();
create trigger ledger_chain_no_truncate before truncate on ledger_chain
    for each statement execute function ledger_is_append_only();
/* [jooq ignore stop] */
