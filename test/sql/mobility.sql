-- The SQL of src/mobility/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- editions: allEditions
select
  e.edition,
  e.title,
  e.publisher,
  e.published_on::text as "publishedOn",
  e.source_id as "sourceId",
  e.licence,
  e.attribution,
  e.ranked_count as "rankedCount",
  e.quintile_min_ranks as "quintileMinRanks",
  (
    select
      count(distinct l.life_stage)::int
    from
      life_stage_scores l
    where
      l.edition = e.edition
  ) as "lifeStageCount",
  (
    select
      count(*)::int
    from
      indicators i
    where
      i.edition = e.edition
  ) as "indicatorCount",
  to_char(
    e.loaded_at at time zone 'UTC',
    'YYYY-MM-DD"T"HH24:MI:SS"Z"'
  ) as "loadedAt"
from
  editions e
order by
  e.edition desc;

-- scores: scoresOf
-- $1 = [2016,2016]
-- $2 = ["E09000033","E09000028"]
select
  m.edition::int as edition,
  m.code,
  m.score,
  m.rank
from
  unnest($1::smallint[], $2::text[]) as k (edition, code)
  join mobility_scores m on m.edition = k.edition
  and m.code = k.code;

-- life stages: lifeStageScoresOf
-- $1 = [2016,2016]
-- $2 = ["E09000033","E09000028"]
select
  l.edition::int as edition,
  l.code,
  l.life_stage as "lifeStage",
  s.name,
  l.score,
  l.rank
from
  unnest($1::smallint[], $2::text[]) as k (edition, code)
  join life_stage_scores l on l.edition = k.edition
  and l.code = k.code
  join life_stages s on s.code = l.life_stage
order by
  s.position;

-- indicators: indicatorValuesOf
-- $1 = [2016,2016]
-- $2 = ["E09000033","E09000028"]
select
  v.edition::int as edition,
  v.code,
  v.indicator_code as indicator,
  i.name,
  i.life_stage as "lifeStage",
  i.unit,
  i.higher_is_better as "higherIsBetter",
  v.value
from
  unnest($1::smallint[], $2::text[]) as k (edition, code)
  join indicator_values v on v.edition = k.edition
  and v.code = k.code
  join indicators i on i.edition = v.edition
  and i.code = v.indicator_code
  join life_stages s on s.code = i.life_stage
order by
  s.position,
  i.code;
