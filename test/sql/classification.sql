-- The SQL of src/classification/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- regions: allRegions
select
  code,
  name
from
  regions
order by
  name;

-- region counts, 2016: regionStats
-- $1 = 2016
select
  a.region_code as "regionCode",
  count(*)::int as "authorityCount",
  count(m.rank)::int as "rankedCount",
  count(*) filter (
    where
      (
        case
          when m.rank is null then null
          when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
          when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
          else 'NEITHER'
        end
      ) = 'HOTSPOT'
  )::int as "hotspotCount",
  count(*) filter (
    where
      (
        case
          when m.rank is null then null
          when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
          when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
          else 'NEITHER'
        end
      ) = 'COLDSPOT'
  )::int as "coldspotCount"
from
  authorities a
  left join mobility_scores m on m.code = a.code
  and m.edition = $1
  left join editions e on e.edition = m.edition
group by
  a.region_code;

-- classifications: classificationsOf
-- $1 = ["E09000033","E09000028"]
select
  (
    select
      json_build_object(
        'code',
        c.code,
        'ruralUrbanCode',
        c.rural_urban_code,
        'ruralUrbanName',
        r.name,
        'broadGroup',
        r.broad_group,
        'rural',
        c.rural,
        'industrial',
        c.industrial,
        'ruralPopulationPct2011',
        c.rural_population_pct_2011,
        'supergroupCode',
        sg.code,
        'supergroupName',
        sg.name,
        'groupCode',
        g.code,
        'groupName',
        g.name,
        'subgroupCode',
        s.code,
        'subgroupName',
        s.name,
        'coastal',
        coalesce(cl.coastal, false),
        'coastlineKm',
        coalesce(cl.coastline_km, 0)
      )
    from
      classifications c
      left join coastlines cl on cl.code = c.code
      join rural_urban_classes r on r.code = c.rural_urban_code
      join area_classes s on s.code = c.area_subgroup_code
      join area_classes g on g.code = s.parent_code
      join area_classes sg on sg.code = g.parent_code
    where
      c.code = x.code
  ) as row
from
  unnest($1::text[]) as x (code);
