-- The SQL of src/analytics/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- summary by region: summaryRows
-- $1 = 2016
-- $2 = 2016
-- $3 = "HOTSPOT"
with
  base as (
    select
      a.region_code as key,
      r.name as label,
      p.persons_mid2016 as population,
      m.rank,
      m.score,
      coalesce(
        (
          case
            when m.rank is null then null
            when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
            when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
            else 'NEITHER'
          end
        ) = 'HOTSPOT',
        false
      ) as hot,
      coalesce(
        (
          case
            when m.rank is null then null
            when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
            when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
            else 'NEITHER'
          end
        ) = 'COLDSPOT',
        false
      ) as cold
    from
      authorities a
      join regions r on r.code = a.region_code
      join classifications c on c.code = a.code
      join rural_urban_classes ruc on ruc.code = c.rural_urban_code
      join area_classes s on s.code = c.area_subgroup_code
      join area_classes g on g.code = s.parent_code
      join area_classes sg on sg.code = g.parent_code
      left join coastlines cl on cl.code = a.code
      left join populations p on p.code = a.code
      left join mobility_scores m on m.code = a.code
      and m.edition = $1
      left join editions e on e.edition = m.edition
    where
      exists (
        select
          1
        from
          mobility_scores m
          join editions e on e.edition = m.edition
        where
          m.code = a.code
          and m.edition = $2
          and (
            case
              when m.rank is null then null
              when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
              when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
              else 'NEITHER'
            end
          ) = $3
      )
  )
select
  grouping(key) = 1 as total,
  key,
  min(label) as label,
  count(*)::int as districts,
  count(rank)::int as ranked,
  count(*) filter (
    where
      hot
  )::int as hotspots,
  count(*) filter (
    where
      cold
  )::int as coldspots,
  avg(rank)::float8 as "meanRank",
  percentile_cont(0.5) within group (
    order by
      rank
  ) as "medianRank",
  avg(score)::float8 as "meanScore",
  percentile_cont(0.5) within group (
    order by
      score
  ) as "medianScore",
  coalesce(sum(population), 0)::float8 as population,
  coalesce(
    sum(population) filter (
      where
        hot
    ),
    0
  )::float8 as "populationInHotspots",
  coalesce(
    sum(population) filter (
      where
        cold
    ),
    0
  )::float8 as "populationInColdspots"
from
  base
group by
  grouping sets ((key), ())
order by
  grouping(key),
  key;

-- summary by band: summaryRows
-- $1 = 2016
with
  base as (
    select
      coalesce(
        (
          case
            when m.rank is null then null
            when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
            when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
            else 'NEITHER'
          end
        ),
        'UNRANKED'
      ) as key,
      case coalesce(
          (
            case
              when m.rank is null then null
              when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
              when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
              else 'NEITHER'
            end
          ),
          'UNRANKED'
        )
        when 'HOTSPOT' then 'Hotspot'
        when 'COLDSPOT' then 'Coldspot'
        when 'NEITHER' then 'Neither'
        else 'Not ranked'
      end as label,
      p.persons_mid2016 as population,
      m.rank,
      m.score,
      coalesce(
        (
          case
            when m.rank is null then null
            when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
            when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
            else 'NEITHER'
          end
        ) = 'HOTSPOT',
        false
      ) as hot,
      coalesce(
        (
          case
            when m.rank is null then null
            when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
            when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
            else 'NEITHER'
          end
        ) = 'COLDSPOT',
        false
      ) as cold
    from
      authorities a
      join regions r on r.code = a.region_code
      join classifications c on c.code = a.code
      join rural_urban_classes ruc on ruc.code = c.rural_urban_code
      join area_classes s on s.code = c.area_subgroup_code
      join area_classes g on g.code = s.parent_code
      join area_classes sg on sg.code = g.parent_code
      left join coastlines cl on cl.code = a.code
      left join populations p on p.code = a.code
      left join mobility_scores m on m.code = a.code
      and m.edition = $1
      left join editions e on e.edition = m.edition
    where
      true
  )
select
  grouping(key) = 1 as total,
  key,
  min(label) as label,
  count(*)::int as districts,
  count(rank)::int as ranked,
  count(*) filter (
    where
      hot
  )::int as hotspots,
  count(*) filter (
    where
      cold
  )::int as coldspots,
  avg(rank)::float8 as "meanRank",
  percentile_cont(0.5) within group (
    order by
      rank
  ) as "medianRank",
  avg(score)::float8 as "meanScore",
  percentile_cont(0.5) within group (
    order by
      score
  ) as "medianScore",
  coalesce(sum(population), 0)::float8 as population,
  coalesce(
    sum(population) filter (
      where
        hot
    ),
    0
  )::float8 as "populationInHotspots",
  coalesce(
    sum(population) filter (
      where
        cold
    ),
    0
  )::float8 as "populationInColdspots"
from
  base
group by
  grouping sets ((key), ())
order by
  grouping(key),
  key;

-- scores and IMD: scoresWithDeprivation
-- $1 = 2016
-- $2 = "IMD"
select
  a.code,
  m.score,
  m.rank,
  d.average_score as "deprivationScore",
  d.rank_of_average_score as "deprivationRank"
from
  authorities a
  join mobility_scores m on m.code = a.code
  and m.edition = $1
  join deprivation_domains d on d.code = a.code
  and d.domain = $2
where
  true
order by
  a.code;

-- statistical neighbour variables: districtFeatures
select
  a.code,
  p.persons_per_km2 as "personsPerKm2",
  c.rural_urban_code as "ruralUrbanCode",
  c.rural_population_pct_2011 as "ruralPopulationPct",
  (
    select
      json_object_agg(d.domain, d.average_score)
    from
      deprivation_domains d
    where
      d.code = a.code
  ) as domains
from
  authorities a
  join populations p on p.code = a.code
  join classifications c on c.code = a.code
order by
  a.code;

-- scores of an edition: editionScores
-- $1 = 2016
select
  code,
  score
from
  mobility_scores
where
  edition = $1
order by
  code;

-- adjacency graph, 1 km of water: adjacencyLinks
-- $1 = 1
select
  l.code,
  l.neighbour_code as "neighbourCode"
from
  adjacencies l
  join authorities x on x.code = l.code
  join authorities y on y.code = l.neighbour_code
where
  l.kind = 'LAND_BORDER'
  or l.gap_km <= $1::float8
order by
  l.code,
  l.neighbour_code;

-- pair distances: pairDistances
-- $1 = ["E09000033","E09000028"]
-- $2 = ["E09000033","E09000028"]
select
  x.code as a,
  y.code as b,
  ST_Distance (bx.centroid_bng, by_.centroid_bng) / 1000 as "centroidDistanceKm",
  ST_Distance (bx.boundary_bng, by_.boundary_bng) / 1000 as "boundaryDistanceKm"
from
  unnest($1::text[]) with ordinality as x (code, i)
  join unnest($2::text[]) with ordinality as y (code, j) on x.i < y.j
  join boundaries bx on bx.code = x.code
  join boundaries by_ on by_.code = y.code
order by
  x.i,
  y.j;
