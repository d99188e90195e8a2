-- An export follows each org's order of record, the chain's positions (see
-- RecordedPlace), not the events' ids: an instance takes its ids before it
-- writes, so an event can commit after one with a higher id. `--since EVENT`
-- and a resumed export ask where an event stands in the chain, and whether an
-- event has a link at all (the events from before V16 have none), by the
-- event: without this index each is a scan of the org's whole chain.
create index ledger_chain_event on ledger_chain (org_id, event_log_id);
