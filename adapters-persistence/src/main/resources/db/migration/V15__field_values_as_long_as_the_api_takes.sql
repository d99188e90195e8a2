-- The write API has always taken custom and extended field values and a manual
-- adjustment's reason of up to 2,000 characters, and V1 gave them columns of 255:
-- a longer value passed the door and was then refused by PostgreSQL, which the
-- client saw as 503 and retried for ever (issue 11). Every limit of the API now
-- equals its column (WireLimitsMatchColumnsTest). These three columns are widened
-- to what the API documented rather than the API narrowed: custom fields of the
-- "textarea" kind hold free text, a reason is prose like the goodwill comments
-- (2,000), and widening a varchar changes only the catalog (no table rewrite,
-- nothing stored changes).

alter table custom_field alter column value type varchar(2000);
alter table extended_field alter column value type varchar(2000);
alter table manual_adjustment_detail alter column reason type varchar(2000);
