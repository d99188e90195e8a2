-- The kind-specific details of a group of events (thirteen tables: a behavioural event's fields and attributes, a
-- goodwill award's reason, a redemption, a transfer and its parties, ...) written by one call that inserts into the
-- tables the group has rows for, where the service sent one insert per table, with rows or without (issue 14, item 5).
--
-- Why: a group's pipeline keeps the same statements whatever its events (RowBatch: a text that changed with the
-- group's kinds was parsed and planned anew, 1,446 against 1,817 events/s), so every group paid for thirteen inserts.
-- An insert of no rows still costs PostgreSQL its start-up (the table, its indexes, its expressions) and the bind of
-- its arrays: thirteen of them pipelined added 0.26-0.28 ms to a transaction (pgbench, one client, prepared;
-- docs/performance.md, 2026-12-07, evening), on the one backend that writes an org's groups one after the other, whose
-- statements run some 3.3 ms a group. Groups of thirteen events of the bench's mix have rows in 4.4 of the thirteen
-- tables.
--
-- Each table's rows travel as one JSON array of objects, one key per column, each value as RowBatch carries it:
-- instants as epoch microseconds, made timestamps by ledger_instant as RowBatch's inserts make them. A table without
-- rows gets an empty array (not null: the driver binds a null without a type, and a statement bound with other
-- types is prepared anew, so nulls that came and went with the group's kinds made a new statement of each), and its
-- insert does not run. Values are checked as any insert's are: a text too long for its
-- column, a number out of range or a failed check is refused as before, and the details' foreign keys (V25 left them)
-- are still checked row by row.
--
-- Citus keeps one insert of rows of values per table with rows (RowBatch): an insert that selects its rows, as
-- RowBatch found of its unnest, is pulled to the coordinator and copied into the shards there, which row-level
-- security refuses. The function is created there too, unused.

/* [jooq ignore start] */
create function ledger_instant(micros bigint) returns timestamptz
    language sql stable as
$$
select to_timestamp(micros / 1000000) + (micros % 1000000) * interval '1 microsecond'
$$;

create function ledger_write_details(generic_event_detail_rows json, behavioral_field_rows json,
    behavioral_attribute_rows json, goodwill_detail_rows json, redemption_detail_rows json, transfer_detail_rows json,
    transfer_party_rows json, target_completed_detail_rows json, voucher_redemption_detail_rows json,
    manual_adjustment_detail_rows json, adjustment_deduction_rows json, import_detail_rows json,
    event_program_points_rows json) returns void
    language plpgsql as
$$
begin
    if json_array_length(generic_event_detail_rows) > 0 then
        insert into generic_event_detail (org_id, event_log_id, event_display_name, display_name, label)
        select org_id, event_log_id, event_display_name, display_name, label
        from json_to_recordset(generic_event_detail_rows) as r(org_id bigint, event_log_id bigint, event_display_name text,
            display_name text, label text);
    end if;
    if json_array_length(behavioral_field_rows) > 0 then
        insert into behavioral_field (org_id, event_log_id, position, field_name, field_type)
        select org_id, event_log_id, position, field_name, field_type
        from json_to_recordset(behavioral_field_rows) as r(org_id bigint, event_log_id bigint, position integer, field_name
            text, field_type text);
    end if;
    if json_array_length(behavioral_attribute_rows) > 0 then
        insert into behavioral_attribute (org_id, event_log_id, field_position, position, name, value_type, value)
        select org_id, event_log_id, field_position, position, name, value_type, value
        from json_to_recordset(behavioral_attribute_rows) as r(org_id bigint, event_log_id bigint, field_position integer,
            position integer, name text, value_type text, value text);
    end if;
    if json_array_length(goodwill_detail_rows) > 0 then
        insert into goodwill_detail (org_id, event_log_id, reason, comments, assoc_id, request_id)
        select org_id, event_log_id, reason, comments, assoc_id, request_id
        from json_to_recordset(goodwill_detail_rows) as r(org_id bigint, event_log_id bigint, reason text, comments text,
            assoc_id bigint, request_id text);
    end if;
    if json_array_length(redemption_detail_rows) > 0 then
        insert into redemption_detail (org_id, event_log_id, points_redeemed, redemption_purpose, transaction_number,
            billing_time, external_reference_number, redemption_id, notes, group_redemption)
        select org_id, event_log_id, points_redeemed, redemption_purpose, transaction_number, ledger_instant(billing_time),
            external_reference_number, redemption_id, notes, group_redemption
        from json_to_recordset(redemption_detail_rows) as r(org_id bigint, event_log_id bigint, points_redeemed numeric,
            redemption_purpose text, transaction_number text, billing_time bigint, external_reference_number text,
            redemption_id text, notes text, group_redemption boolean);
    end if;
    if json_array_length(transfer_detail_rows) > 0 then
        insert into transfer_detail (org_id, event_log_id, notes)
        select org_id, event_log_id, notes
        from json_to_recordset(transfer_detail_rows) as r(org_id bigint, event_log_id bigint, notes text);
    end if;
    if json_array_length(transfer_party_rows) > 0 then
        insert into transfer_party (org_id, event_log_id, direction, user_id, first_name, last_name, transfer_type)
        select org_id, event_log_id, direction, user_id, first_name, last_name, transfer_type
        from json_to_recordset(transfer_party_rows) as r(org_id bigint, event_log_id bigint, direction text, user_id bigint,
            first_name text, last_name text, transfer_type text);
    end if;
    if json_array_length(target_completed_detail_rows) > 0 then
        insert into target_completed_detail (org_id, event_log_id, target_group_id, target_group_name, target_id, target_name,
            target_description, target_period_id, target_period_name, target_value, achieved_value, trigger_value,
            source_id, source_type, milestone_name, points_earned)
        select org_id, event_log_id, target_group_id, target_group_name, target_id, target_name, target_description,
            target_period_id, target_period_name, target_value, achieved_value, trigger_value, source_id, source_type,
            milestone_name, points_earned
        from json_to_recordset(target_completed_detail_rows) as r(org_id bigint, event_log_id bigint, target_group_id bigint,
            target_group_name text, target_id bigint, target_name text, target_description text, target_period_id
            bigint, target_period_name text, target_value numeric, achieved_value numeric, trigger_value numeric,
            source_id bigint, source_type text, milestone_name text, points_earned numeric);
    end if;
    if json_array_length(voucher_redemption_detail_rows) > 0 then
        insert into voucher_redemption_detail (org_id, event_log_id, voucher_issued_id, voucher_series_id,
            redeemed_voucher_code, redeem_date)
        select org_id, event_log_id, voucher_issued_id, voucher_series_id, redeemed_voucher_code, ledger_instant(redeem_date)
        from json_to_recordset(voucher_redemption_detail_rows) as r(org_id bigint, event_log_id bigint, voucher_issued_id
            bigint, voucher_series_id bigint, redeemed_voucher_code text, redeem_date bigint);
    end if;
    if json_array_length(manual_adjustment_detail_rows) > 0 then
        insert into manual_adjustment_detail (org_id, event_log_id, total_points_deducted, created_on, reason)
        select org_id, event_log_id, total_points_deducted, ledger_instant(created_on), reason
        from json_to_recordset(manual_adjustment_detail_rows) as r(org_id bigint, event_log_id bigint, total_points_deducted
            numeric, created_on bigint, reason text);
    end if;
    if json_array_length(adjustment_deduction_rows) > 0 then
        insert into adjustment_deduction (org_id, event_log_id, position, loyalty_id, program_id, points, currency_value,
            promotion_id, promotion_name, awarded_ref_type, awarded_ref_id, deducted_on, deducted_by, deducted_by_id,
            source_type, awarded_till_id, awarded_till_date)
        select org_id, event_log_id, position, loyalty_id, program_id, points, currency_value, promotion_id, promotion_name,
            awarded_ref_type, awarded_ref_id, ledger_instant(deducted_on), deducted_by, deducted_by_id, source_type,
            awarded_till_id, ledger_instant(awarded_till_date)
        from json_to_recordset(adjustment_deduction_rows) as r(org_id bigint, event_log_id bigint, position integer,
            loyalty_id bigint, program_id bigint, points numeric, currency_value numeric, promotion_id bigint,
            promotion_name text, awarded_ref_type text, awarded_ref_id bigint, deducted_on bigint, deducted_by text,
            deducted_by_id bigint, source_type text, awarded_till_id bigint, awarded_till_date bigint);
    end if;
    if json_array_length(import_detail_rows) > 0 then
        insert into import_detail (org_id, event_log_id, event_display_name, file_name, import_start_time, import_end_time,
            profile_name, profile_type)
        select org_id, event_log_id, event_display_name, file_name, ledger_instant(import_start_time),
            ledger_instant(import_end_time), profile_name, profile_type
        from json_to_recordset(import_detail_rows) as r(org_id bigint, event_log_id bigint, event_display_name text, file_name
            text, import_start_time bigint, import_end_time bigint, profile_name text, profile_type text);
    end if;
    if json_array_length(event_program_points_rows) > 0 then
        insert into event_program_points (org_id, event_log_id, role, position, points, program_id)
        select org_id, event_log_id, role, position, points, program_id
        from json_to_recordset(event_program_points_rows) as r(org_id bigint, event_log_id bigint, role text, position
            integer, points numeric, program_id bigint);
    end if;
end;
$$;
/* [jooq ignore stop] */
