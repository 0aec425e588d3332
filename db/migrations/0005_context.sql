-- Context: ONS mid-2016 population estimates and the English Indices of Deprivation 2015
-- district summaries (rank 1 = most deprived of the 326 districts).

create table populations (
  code text primary key references authorities (code) on delete cascade,
  persons_mid2016 integer not null check (persons_mid2016 > 0),
  persons_mid2015 integer not null check (persons_mid2015 > 0),
  -- ONS Standard Area Measurement land area, whole km² as published in MYE5.
  land_area_km2 double precision not null,
  -- ONS mid-2016 persons per km² (whole number as published in MYE5).
  persons_per_km2 double precision not null
);

create table deprivation_domains (
  code text not null references authorities (code) on delete cascade,
  domain text not null check (domain in ('IMD', 'INCOME', 'EMPLOYMENT', 'EDUCATION', 'HEALTH', 'CRIME',
                                         'BARRIERS', 'LIVING_ENVIRONMENT', 'IDACI', 'IDAOPI')),
  average_rank double precision not null,
  rank_of_average_rank integer not null,
  average_score double precision not null,
  rank_of_average_score integer not null,
  most_deprived_10pct_share double precision not null,
  rank_of_most_deprived_10pct_share integer not null,
  -- Income and Employment only: people deprived (a count).
  scale double precision,
  rank_of_scale integer,
  -- IMD only.
  extent double precision,
  rank_of_extent integer,
  local_concentration double precision,
  rank_of_local_concentration integer,
  primary key (code, domain)
);

-- One row per load of the committed seed: what is loaded and when.
create table seed_loads (
  id serial primary key,
  seed_hash text not null,
  loaded_at timestamptz not null default now()
);
