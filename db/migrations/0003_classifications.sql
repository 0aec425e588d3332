-- Classifications of districts: DEFRA Rural-Urban Classification 2011 and the ONS 2011 Area
-- Classification for Local Authorities (supergroup > group > subgroup).

create table rural_urban_classes (
  code smallint primary key check (code between 1 and 6),
  name text not null unique,
  broad_group text not null
);

create table area_classes (
  code text primary key,
  level text not null check (level in ('supergroup', 'group', 'subgroup')),
  name text not null,
  parent_code text references area_classes (code)
);

create table classifications (
  code text primary key references authorities (code) on delete cascade,
  rural_urban_code smallint not null references rural_urban_classes (code),
  -- Share of the 2011 population living in rural areas including hub towns (DEFRA), percent.
  rural_population_pct_2011 double precision not null,
  area_subgroup_code text not null references area_classes (code),
  -- Derived at load by the rules in src/classification/classification.rules.ts.
  rural boolean not null,
  industrial boolean not null
);
create index classifications_rural_urban_code on classifications (rural_urban_code);
