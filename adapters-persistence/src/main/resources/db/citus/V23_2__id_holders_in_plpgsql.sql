-- Citus only: who holds a customer or group id, asked by registrations (ProfileRows.holders). As SQL functions
-- (V23), Citus cannot plan their query of a distributed registry with the id a parameter ("could not create
-- distributed plan ... parameters in SQL functions"); in PL/pgSQL each call is a statement of its own, routed by
-- the id to the registry's shard. Still the owner's (security definer): the fence hides other orgs' rows, not who
-- holds an id.

/* [jooq ignore start] */
create or replace function ledger_customer_org(bigint) returns bigint
    language plpgsql stable security definer set search_path = public as
$$
begin
    return (select org_id from customer_id_registry where customer_id = $1);
end;
$$;

create or replace function ledger_user_group_org(bigint) returns bigint
    language plpgsql stable security definer set search_path = public as
$$
begin
    return (select org_id from user_group_id_registry where user_group_id = $1);
end;
$$;
/* [jooq ignore stop] */
