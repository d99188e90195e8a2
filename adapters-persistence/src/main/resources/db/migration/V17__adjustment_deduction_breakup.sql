-- Revision 2 of the contract (§7.5.2) shows, for each allocation a manual
-- adjustment consumed, how many of its points were taken, worth what, from
-- which award (kind, id, till, date, promotion), by whom and when. One row per
-- consumed allocation, in the order the adjusting system gave them. Adjustments
-- recorded before this migration have none: their entries show what
-- event_program_points knows (the README lists the keys they leave out), and
-- their fingerprints are unchanged, so their ledger chains still verify.
create table adjustment_deduction (
    org_id            bigint         not null,
    event_log_id      bigint         not null,
    position          integer        not null,
    loyalty_id        bigint,
    program_id        bigint         not null,
    points            numeric(24, 6) not null,
    currency_value    numeric(24, 6) not null,
    promotion_id      bigint,
    promotion_name    varchar(255),
    awarded_ref_type  varchar(255)   not null check (awarded_ref_type in ('POINT_AWARDED', 'POINT_AWARDED_BILL_PROMOTION',
        'POINT_AWARDED_LINEITEM', 'POINT_AWARDED_LINEITEM_PROMOTION', 'POINT_AWARDED_CUSTOMER_PROMOTION')),
    awarded_ref_id    bigint         not null,
    deducted_on       timestamptz    not null,
    deducted_by       varchar(255)   not null,
    deducted_by_id    bigint         not null,
    source_type       varchar(255)   not null,
    awarded_till_id   bigint         not null,
    awarded_till_date timestamptz    not null,
    primary key (event_log_id, position),
    check ((promotion_id is null) = (promotion_name is null)),
    foreign key (org_id, event_log_id) references ledger_event (org_id, event_log_id),
    foreign key (org_id, program_id) references program (org_id, program_id)
);

/* [jooq ignore start] */
alter table adjustment_deduction enable row level security;
create policy adjustment_deduction_fenced on adjustment_deduction
    using (org_id = any ((select ledger_visible_orgs())::bigint[]))
    with check (org_id = any ((select ledger_visible_orgs())::bigint[]));
grant select, insert on adjustment_deduction to ledgerlens_app;
create trigger adjustment_deduction_append_only before update or delete on adjustment_deduction
    for each row execute function ledger_is_append_only();
create trigger adjustment_deduction_no_truncate before truncate on adjustment_deduction
    for each statement execute function ledger_is_append_only();
/* [jooq ignore stop] */
