-- An allocation names its program, points category, strategies, promotion and
-- currency. The writer registers each of them in the same transaction, before
-- the allocation, the first time an event names it (ReferenceDataRows), and
-- nothing ever deletes reference data (the service role may not). The six
-- foreign keys that checked it again per allocation row cost a quarter of
-- PostgreSQL's work in an import (measured 2026-11-26, 200,000 generated
-- events: 37 s of PostgreSQL CPU with them, 29 s without), and the import is
-- bound by PostgreSQL. The keys that hold an event together (its parts to the
-- event of the same org, an allocation to its line) stay.

/* [jooq ignore start] */
alter table points_allocation
    drop constraint if exists points_allocation_org_id_program_id_fkey,
    drop constraint if exists points_allocation_org_id_points_category_id_fkey,
    drop constraint if exists points_allocation_org_id_allocation_strategy_id_fkey,
    drop constraint if exists points_allocation_org_id_expiry_strategy_id_fkey,
    drop constraint if exists points_allocation_org_id_promotion_id_fkey,
    drop constraint if exists points_allocation_org_id_alternate_currency_id_fkey;
/* [jooq ignore stop] */
