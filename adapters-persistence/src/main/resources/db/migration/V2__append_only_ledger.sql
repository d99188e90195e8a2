-- The ledger is append-only: what was recorded is never changed or removed;
-- a correction is a new event (a return, a manual adjustment). The database
-- enforces it, so that no code path, script or console session can rewrite
-- history. Reference data, orgs, customers and groups stay editable.
--
-- jOOQ's build-time schema parser does not read PL/pgSQL, so it skips this file.

/* [jooq ignore start] */
create function ledger_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the ledger is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege',
              hint = 'record a correcting event instead';
end;
$$;

do
$$
declare
    ledger_table text;
begin
    foreach ledger_table in array array[
        'ledger_event', 'event_tier', 'bill', 'line_item', 'points_allocation', 'custom_field', 'extended_field',
        'payment_mode', 'generic_event_detail', 'behavioral_field', 'behavioral_attribute', 'goodwill_detail',
        'redemption_detail', 'event_program_points', 'transfer_detail', 'transfer_party', 'target_completed_detail',
        'voucher_redemption_detail', 'manual_adjustment_detail', 'import_detail']
    loop
        execute format('create trigger %I before update or delete on %I for each row execute function ledger_is_append_only()',
                       ledger_table || '_append_only', ledger_table);
        execute format('create trigger %I before truncate on %I for each statement execute function ledger_is_append_only()',
                       ledger_table || '_no_truncate', ledger_table);
    end loop;
end;
$$;
/* [jooq ignore stop] */
