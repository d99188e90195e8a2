-- Instances remember an org's alternate currencies (explode's warnings 9018 and 9019 read them on every request that
-- asks for currencies), and must forget them when a currency is added, renamed or removed. Unlike V18's tables, an
-- insert changes the answer here (a list without the new currency would be kept), so inserts notify too: row by row,
-- since a statement-level insert trigger would fire for every event written (each append offers the currencies it
-- names with `on conflict do nothing`), and NOTIFY takes a lock at every commit that sends one. A row trigger fires
-- only for a currency really added, which is rare.
/* [jooq ignore start] */
create trigger alternate_currency_added after insert on alternate_currency
    for each row execute function ledger_notify_change();
create trigger alternate_currency_changed after update or delete or truncate on alternate_currency
    for each statement execute function ledger_notify_change();
/* [jooq ignore stop] */
