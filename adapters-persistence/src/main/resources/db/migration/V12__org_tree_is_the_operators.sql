-- The org tree belongs to the operator. Creating an org, connecting a child
-- to a parent and disconnecting it are the operator's commands, run as the
-- schema owner (OrgTreePersistenceAdapter); the service's role may change an
-- org's name, time zone and source-value capturing, in its fence, and nothing
-- else of the table. So no request, whatever an application bug let it
-- reach, can annex another tenant or claim an org id nobody registered.
--
-- V5 let the service open the whole org table for a transaction
-- (ledgerlens.org_tree): it is no longer needed, and a setting any session
-- may set is no fence, so it goes.
/* [jooq ignore start] */
drop policy org_fenced_read on org;
drop policy org_fenced_insert on org;
drop policy org_fenced_update on org;

create policy org_fenced_read on org for select
    using (org_id = any ((select ledger_visible_orgs())::bigint[])
           or parent_org_id = any ((select ledger_visible_orgs())::bigint[]));
create policy org_fenced_update on org for update
    using (org_id = any ((select ledger_visible_orgs())::bigint[]))
    with check (org_id = any ((select ledger_visible_orgs())::bigint[]));

revoke insert, update, delete, truncate on org from ledgerlens_app;
grant update (name, time_zone, source_value_capturing) on org to ledgerlens_app;

drop function ledger_org_tree_open();
/* [jooq ignore stop] */
