-- ledger_analyze() (V5) refreshes the planner's statistics as bulk writes grow
-- the ledger. Recording checks each event's customer or group too, and with
-- autovacuum off (as on some servers) the profile tables were never analysed:
-- a batch's lookup of a thousand customers was then planned as a filter over
-- every customer of the org (measured at 50,000 customers: 5,200 events/s
-- with an IN list, 1,200 with an array bind, 11,000 once analysed).
-- Now they are analysed with the ledger.

/* [jooq ignore start] */
create or replace function ledger_analyze() returns void
    language plpgsql security definer as
$$
begin
    analyze ledger_event, bill, line_item, points_allocation, custom_field, extended_field, payment_mode, event_tier,
        customer, customer_identifier, user_group, user_group_member;
end;
$$;

-- create or replace drops the settings V5 gave the function: pin its search_path again.
do
$$
begin
    execute format('alter function ledger_analyze() set search_path = %I, pg_temp', current_schema());
end;
$$;
/* [jooq ignore stop] */
