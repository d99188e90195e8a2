-- Instances remember the reference data allocations name (programs, points categories, allocation and expiry
-- strategies, promotions; alternate currencies since V19), so that explode does not join six tables for every
-- allocation it reads, and must forget a row when it is renamed. Registration replaces a row's names (insert ... on
-- conflict do update) and moves a program's default: each such statement notifies. The writer only adds rows
-- (on conflict do nothing), which needs no notice: a row is remembered only once it has been read, and nothing ever
-- deletes reference data.
/* [jooq ignore start] */
create trigger program_changed after update or delete or truncate on program
    for each statement execute function ledger_notify_change();
create trigger points_category_changed after update or delete or truncate on points_category
    for each statement execute function ledger_notify_change();
create trigger allocation_strategy_changed after update or delete or truncate on allocation_strategy
    for each statement execute function ledger_notify_change();
create trigger expiry_strategy_changed after update or delete or truncate on expiry_strategy
    for each statement execute function ledger_notify_change();
create trigger promotion_changed after update or delete or truncate on promotion
    for each statement execute function ledger_notify_change();
/* [jooq ignore stop] */
