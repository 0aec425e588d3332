-- The role the server serves through: it can read every table and write none. The server
-- connects as its configured login, applies migrations and loads the seed, then switches each
-- serving connection to this role (SET ROLE, read-only transactions). Roles are cluster-wide, so
-- it is created only when missing; without the privilege to create roles the server keeps
-- serving as its login (and says so in its log).
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'atlas_reader') then
    create role atlas_reader nologin;
  end if;
  execute format('grant atlas_reader to %I', current_user);
exception when insufficient_privilege then
  raise notice 'atlas_reader not created: % lacks the privilege', current_user;
end
$$;

do $$
begin
  if exists (select 1 from pg_roles where rolname = 'atlas_reader') then
    grant usage on schema public to atlas_reader;
    grant select on all tables in schema public to atlas_reader;
    alter default privileges in schema public grant select on tables to atlas_reader;
  end if;
end
$$;
