-- The version of the served data: it changes only when the data does (a seed load, an edition
-- import or removal), in the same transaction, so caches keyed by it never serve a response of
-- old data for new, and a committed change is announced on the channel atlas_data_version.
create table data_version (
  id boolean primary key default true check (id),
  version bigint not null,
  changed_at timestamptz not null default now()
);
insert into data_version (id, version) values (true, 1);

create function bump_data_version() returns trigger language plpgsql as $$
begin
  update data_version set version = version + 1, changed_at = now();
  perform pg_notify('atlas_data_version', (select version::text from data_version));
  return null;
end
$$;

-- Every table the API serves from: any statement that writes one bumps the version once.
do $$
declare
  t text;
begin
  foreach t in array array['regions', 'boundaries', 'authorities', 'rural_urban_classes', 'area_classes', 'classifications',
                           'populations', 'deprivation_domains', 'coastlines', 'adjacencies', 'detailed_boundaries',
                           'sources', 'editions', 'mobility_scores', 'life_stages', 'life_stage_scores', 'indicators',
                           'indicator_values'] loop
    execute format('create trigger %I after insert or update or delete or truncate on %I for each statement execute function bump_data_version()',
                   t || '_bumps_data_version', t);
  end loop;
end
$$;
