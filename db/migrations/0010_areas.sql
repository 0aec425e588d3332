-- Areas people name, 2014–2025: England's lower-tier councils (the 326 districts of 2016 are
-- areas too, with the same codes, and the councils made since), two-tier counties, metropolitan
-- counties, combined authorities, regions and England. Which 2016 districts make up each area is
-- computed by the seed build in PostGIS and checked against the ONS lookups (area_districts,
-- with the share of each district's area inside the area). An area's boundary is the union of
-- its districts' boundaries (those mostly inside it), computed when the seed is loaded, so an
-- area and its districts share every edge.

create table areas (
  code text primary key check (code ~ '^E[0-9]{8}$'),
  kind text not null check (kind in ('DISTRICT', 'COUNTY', 'METROPOLITAN_COUNTY', 'COMBINED_AUTHORITY', 'REGION', 'COUNTRY')),
  -- The newest name (ONS), e.g. "Folkestone and Hythe" for E07000112.
  name text not null,
  -- Another name it had: a 2016 district's name in 2016 when it has been renamed since ("Shepway").
  former_name text,
  -- Normalised names (lower case, no accents or punctuation), for search.
  search_text text not null,
  -- First and last year in force; null: before 2014 / still in force in 2025 (the data's span).
  valid_from smallint check (valid_from between 2014 and 2025),
  valid_to smallint check (valid_to between 2014 and 2025),
  check (valid_from is null or valid_to is null or valid_from <= valid_to)
);
create index areas_lower_name on areas (lower(name));
create index areas_lower_former_name on areas (lower(former_name));
create index areas_kind on areas (kind);

create table area_districts (
  area_code text not null references areas (code) on delete cascade,
  district_code text not null references authorities (code) on delete cascade,
  -- Share of the 2016 district's area inside the area (3 decimals); at least 0.5: it is one of
  -- the area's districts.
  share double precision not null check (share > 0 and share <= 1),
  primary key (area_code, district_code)
);
create index area_districts_district_code on area_districts (district_code);

create table area_boundaries (
  code text primary key references areas (code) on delete cascade,
  boundary_bng geometry(MultiPolygon, 27700) not null,
  boundary_wgs84 geometry(MultiPolygon, 4326) not null,
  area_km2 double precision not null check (area_km2 > 0)
);
create index area_boundaries_boundary_bng_gist on area_boundaries using gist (boundary_bng);

do $$
declare
  t text;
begin
  foreach t in array array['areas', 'area_districts', 'area_boundaries'] loop
    execute format('create trigger %I after insert or update or delete or truncate on %I for each statement execute function bump_data_version()',
                   t || '_bumps_data_version', t);
  end loop;
end
$$;
