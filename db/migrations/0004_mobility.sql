-- Social Mobility Index editions. An edition ranks N districts; life-stage scores and the 16
-- indicators are modelled even though the shipped 2016 edition has only overall score and rank.

create table sources (
  id text primary key,
  title text not null,
  publisher text not null,
  published text not null,
  url text,
  licence text not null,
  attribution text not null
);

create table editions (
  edition smallint primary key check (edition between 2000 and 2100),
  title text not null,
  publisher text not null,
  published_on date not null,
  source_id text references sources (id),
  licence text not null,
  attribution text not null,
  ranked_count integer not null check (ranked_count > 0),
  -- Band thresholds from src/mobility/mobility.rules.ts: hotspot = rank <= hotspot_max_rank,
  -- coldspot = rank >= coldspot_min_rank.
  hotspot_max_rank integer not null,
  coldspot_min_rank integer not null,
  origin text not null check (origin in ('seed', 'import')),
  loaded_at timestamptz not null default now()
);

create table life_stages (
  code text primary key,
  name text not null unique,
  position smallint not null unique
);
-- The four life stages of the index (Social Mobility Commission, Social Mobility Index 2016).
insert into life_stages (code, name, position) values
  ('EARLY_YEARS', 'Early years', 1),
  ('SCHOOL', 'School', 2),
  ('YOUTH', 'Youth', 3),
  ('WORKING_LIVES', 'Working lives', 4);

create table indicators (
  edition smallint not null references editions (edition) on delete cascade,
  code text not null,
  name text not null,
  life_stage text not null references life_stages (code),
  unit text not null,
  higher_is_better boolean not null,
  primary key (edition, code)
);

create table mobility_scores (
  edition smallint not null references editions (edition) on delete cascade,
  code text not null references authorities (code),
  score double precision not null,
  rank integer not null check (rank > 0),
  primary key (edition, code)
);
create index mobility_scores_edition_rank on mobility_scores (edition, rank);

create table life_stage_scores (
  edition smallint not null,
  code text not null,
  life_stage text not null references life_stages (code),
  score double precision,
  rank integer,
  primary key (edition, code, life_stage),
  foreign key (edition, code) references mobility_scores (edition, code) on delete cascade
);

create table indicator_values (
  edition smallint not null,
  code text not null,
  indicator_code text not null,
  value double precision,
  primary key (edition, code, indicator_code),
  foreign key (edition, code) references mobility_scores (edition, code) on delete cascade,
  foreign key (edition, indicator_code) references indicators (edition, code) on delete cascade
);
