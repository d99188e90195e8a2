-- An event is on a customer's ledger or on a group's, never both, yet each of
-- the two subject indexes of V1 held an entry for every event: most of the
-- group index's under a NULL group, which no query looks up (explode asks for customer_id = any(...)
-- or user_group_id = any(...), which PostgreSQL knows excludes NULL). Each
-- event now enters only the index of its own subject: one index insertion less
-- per event written.

/* [jooq ignore start] */
drop index ledger_event_customer_idx;
create index ledger_event_customer_idx on ledger_event (org_id, customer_id, event_name, event_reference_id)
    where customer_id is not null;
drop index ledger_event_group_idx;
create index ledger_event_group_idx on ledger_event (org_id, user_group_id, event_name, event_reference_id)
    where user_group_id is not null;
/* [jooq ignore stop] */
