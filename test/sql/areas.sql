-- The SQL of src/areas/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- Norfolk and Somerset Council by code: areasByCode
-- $1 = ["E10000020","E06000066"]
select
  r.code,
  r.kind,
  r.name,
  r.former_name as "formerName",
  r.valid_from as "validFrom",
  r.valid_to as "validTo",
  ab.area_km2 as "areaKm2"
from
  areas r
  join area_boundaries ab on ab.code = r.code
where
  r.code = any ($1::text[]);

-- areas named Somerset in 2020: areasByName
-- $1 = "Somerset"
-- $2 = "Somerset"
-- $3 = 2020
-- $4 = 2020
-- $5 = ["COUNTRY","REGION","COMBINED_AUTHORITY","METROPOLITAN_COUNTY","COUNTY","DISTRICT"]
select
  r.code,
  r.kind,
  r.name,
  r.former_name as "formerName",
  r.valid_from as "validFrom",
  r.valid_to as "validTo",
  ab.area_km2 as "areaKm2"
from
  areas r
  join area_boundaries ab on ab.code = r.code
where
  (
    lower(r.name) = lower($1)
    or lower(r.former_name) = lower($2)
  )
  and (
    r.valid_from is null
    or r.valid_from <= $3::int
  )
  and (
    r.valid_to is null
    or r.valid_to >= $4::int
  )
  and true
order by
  r.valid_to desc nulls first,
  array_position($5::text[], r.kind),
  r.valid_from desc nulls last,
  r.code;

-- combined authorities named Greater Manchester, any year: areasByName
-- $1 = "Greater Manchester"
-- $2 = "Greater Manchester"
-- $3 = "COMBINED_AUTHORITY"
-- $4 = ["COUNTRY","REGION","COMBINED_AUTHORITY","METROPOLITAN_COUNTY","COUNTY","DISTRICT"]
select
  r.code,
  r.kind,
  r.name,
  r.former_name as "formerName",
  r.valid_from as "validFrom",
  r.valid_to as "validTo",
  ab.area_km2 as "areaKm2"
from
  areas r
  join area_boundaries ab on ab.code = r.code
where
  (
    lower(r.name) = lower($1)
    or lower(r.former_name) = lower($2)
  )
  and true
  and r.kind = $3
order by
  r.valid_to desc nulls first,
  array_position($4::text[], r.kind),
  r.valid_from desc nulls last,
  r.code;

-- search "kings lynn" among districts in 2025, page 2 of 10: searchAreas
-- $1 = "%kings lynn%"
-- $2 = "DISTRICT"
-- $3 = 2025
-- $4 = 2025
-- $5 = ["COUNTRY","REGION","COMBINED_AUTHORITY","METROPOLITAN_COUNTY","COUNTY","DISTRICT"]
-- $6 = 11
-- $7 = 10
select
  r.code,
  r.kind,
  r.name,
  r.former_name as "formerName",
  r.valid_from as "validFrom",
  r.valid_to as "validTo",
  ab.area_km2 as "areaKm2"
from
  areas r
  join area_boundaries ab on ab.code = r.code
where
  r.search_text like $1
  and r.kind = $2
  and (
    r.valid_from is null
    or r.valid_from <= $3::int
  )
  and (
    r.valid_to is null
    or r.valid_to >= $4::int
  )
order by
  array_position($5::text[], r.kind),
  r.valid_to desc nulls first,
  r.valid_from desc nulls last,
  r.name,
  r.code
limit
  $6
offset
  $7;

-- count of every area: countAreas
select
  count(*)::int as count
from
  areas r
where
  true
  and true
  and true;

-- districts of Norfolk: districtsOfAreas
-- $1 = ["E10000020"]
select
  d.area_code as "areaCode",
  d.district_code as "districtCode",
  d.share
from
  area_districts d
  join authorities a on a.code = d.district_code
where
  d.area_code = any ($1::text[])
order by
  d.area_code,
  a.name;

-- areas of West Somerset: areasOfDistricts
-- $1 = ["E07000191"]
-- $2 = 0.5
-- $3 = ["COUNTRY","REGION","COMBINED_AUTHORITY","METROPOLITAN_COUNTY","COUNTY","DISTRICT"]
select
  d.district_code as "districtCode",
  r.code,
  r.kind,
  r.name,
  r.former_name as "formerName",
  r.valid_from as "validFrom",
  r.valid_to as "validTo",
  ab.area_km2 as "areaKm2"
from
  area_districts d
  join areas r
  join area_boundaries ab on ab.code = r.code on r.code = d.area_code
where
  d.district_code = any ($1::text[])
  and d.share >= $2::float8
order by
  d.district_code,
  array_position($3::text[], r.kind),
  r.valid_to desc nulls first,
  r.valid_from desc nulls last,
  r.name,
  r.code;

-- parents of Somerset Council: areaParents
-- $1 = 0.5
-- $2 = ["E06000066"]
-- $3 = ["COUNTRY","REGION","COMBINED_AUTHORITY","METROPOLITAN_COUNTY","COUNTY","DISTRICT"]
with
  members as (
    select
      area_code,
      array_agg(district_code) as districts,
      count(*) as n
    from
      area_districts
    where
      share >= $1::float8
    group by
      area_code
  )
select
  i.area_code as "innerCode",
  o.area_code as "outerCode"
from
  members i
  join members o on o.n > i.n
  and o.districts @> i.districts
  join areas ri on ri.code = i.area_code
  join areas ro on ro.code = o.area_code
where
  (
    ri.valid_from is null
    or ro.valid_to is null
    or ri.valid_from <= ro.valid_to
  )
  and (
    ro.valid_from is null
    or ri.valid_to is null
    or ro.valid_from <= ri.valid_to
  )
  and i.area_code = any ($2::text[])
order by
  array_position($3::text[], ro.kind),
  ro.valid_to desc nulls first,
  ro.valid_from desc nulls last,
  ro.name,
  ro.code;

-- children of the East of England: areaChildren
-- $1 = 0.5
-- $2 = ["E12000006"]
-- $3 = ["COUNTRY","REGION","COMBINED_AUTHORITY","METROPOLITAN_COUNTY","COUNTY","DISTRICT"]
with
  members as (
    select
      area_code,
      array_agg(district_code) as districts,
      count(*) as n
    from
      area_districts
    where
      share >= $1::float8
    group by
      area_code
  )
select
  i.area_code as "innerCode",
  o.area_code as "outerCode"
from
  members i
  join members o on o.n > i.n
  and o.districts @> i.districts
  join areas ri on ri.code = i.area_code
  join areas ro on ro.code = o.area_code
where
  (
    ri.valid_from is null
    or ro.valid_to is null
    or ri.valid_from <= ro.valid_to
  )
  and (
    ro.valid_from is null
    or ri.valid_to is null
    or ro.valid_from <= ri.valid_to
  )
  and o.area_code = any ($2::text[])
order by
  array_position($3::text[], ri.kind),
  ri.valid_to desc nulls first,
  ri.valid_from desc nulls last,
  ri.name,
  ri.code;

-- boundary of Norfolk, simplified 500 m, BNG: areaBoundaries
-- $1 = 500
-- $2 = 1
-- $3 = 4
-- $4 = ["E10000020"]
select
  ab.code,
  ST_AsGeoJSON (
    ST_Multi (ST_SimplifyPreserveTopology (ab.boundary_bng, $1)),
    $2::int,
    $3::int
  ) as geojson
from
  area_boundaries ab
where
  ab.code = any ($4::text[]);

-- summary of Greater Manchester in 2016: areaSummaries
-- $1 = 2016
-- $2 = ["E47000001"]
-- $3 = 0.5
select
  d.area_code as "areaCode",
  count(*)::int as "districtCount",
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
  )::int as "coldspotCount",
  coalesce(sum(p.persons_mid2016), 0)::int as population,
  coalesce(
    sum(p.persons_mid2016) filter (
      where
        m.rank is not null
    ),
    0
  )::int as "rankedPopulation",
  coalesce(
    sum(p.persons_mid2016) filter (
      where
        (
          case
            when m.rank is null then null
            when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
            when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
            else 'NEITHER'
          end
        ) = 'HOTSPOT'
    ),
    0
  )::int as "populationInHotspots",
  coalesce(
    sum(p.persons_mid2016) filter (
      where
        (
          case
            when m.rank is null then null
            when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
            when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
            else 'NEITHER'
          end
        ) = 'COLDSPOT'
    ),
    0
  )::int as "populationInColdspots",
  avg(m.score) as "meanScore",
  sum(m.score * p.persons_mid2016) / nullif(
    sum(p.persons_mid2016) filter (
      where
        m.rank is not null
    ),
    0
  ) as "populationWeightedScore",
  percentile_cont(0.5) within group (
    order by
      m.rank
  ) as "medianRank",
  min(m.rank) as "bestRank",
  max(m.rank) as "worstRank"
from
  area_districts d
  left join mobility_scores m on m.code = d.district_code
  and m.edition = $1
  left join editions e on e.edition = m.edition
  left join populations p on p.code = d.district_code
where
  d.area_code = any ($2::text[])
  and d.share >= $3::float8
group by
  d.area_code;

-- successor of Harrogate: successorsOf
-- $1 = ["E07000165"]
-- $2 = 0.5
select distinct
  on (d.district_code) d.district_code as "districtCode",
  r.code,
  r.kind,
  r.name,
  r.former_name as "formerName",
  r.valid_from as "validFrom",
  r.valid_to as "validTo",
  ab.area_km2 as "areaKm2"
from
  area_districts d
  join areas r
  join area_boundaries ab on ab.code = r.code on r.code = d.area_code
where
  d.district_code = any ($1::text[])
  and d.share >= $2::float8
  and r.kind = 'DISTRICT'
  and r.valid_to is null
order by
  d.district_code,
  d.share desc,
  r.code;

-- features of the counties of 2025 in a bbox, page 2 of 10, BNG, edition 2016: areaFeatures
-- $1 = "COUNTY"
-- $2 = 2025
-- $3 = 2025
-- $4 = -1
-- $5 = 52
-- $6 = 1
-- $7 = 53
-- $8 = 10
-- $9 = 10
-- $10 = 1
-- $11 = 2016
-- $12 = 2016
-- $13 = 0.5
with
  page as (
    select
      r.code,
      row_number() over (
        order by
          r.code
      ) as ord,
      count(*) over () as matched
    from
      areas r
      join area_boundaries ab on ab.code = r.code
    where
      true
      and r.kind = $1
      and (
        r.valid_from is null
        or r.valid_from <= $2::int
      )
      and (
        r.valid_to is null
        or r.valid_to >= $3::int
      )
      and ab.boundary_wgs84 && ST_MakeEnvelope ($4, $5, $6, $7, 4326)
    order by
      r.code
    limit
      $8
    offset
      $9
  )
select
  json_build_object(
    'type',
    'FeatureCollection',
    'features',
    coalesce(
      json_agg(
        json_build_object(
          'type',
          'Feature',
          'id',
          r.code,
          'geometry',
          ST_AsGeoJSON (ab.boundary_bng, $10::int, 0)::json,
          'properties',
          json_build_object(
            'code',
            r.code,
            'name',
            r.name,
            'kind',
            r.kind,
            'former_name',
            r.former_name,
            'valid_from',
            r.valid_from,
            'valid_to',
            r.valid_to,
            'area_km2',
            ab.area_km2,
            'edition',
            $11::int,
            'districts',
            s."districtCount",
            'ranked',
            s."rankedCount",
            'hotspots',
            s."hotspotCount",
            'coldspots',
            s."coldspotCount",
            'population',
            s.population,
            'population_in_coldspots',
            s."populationInColdspots",
            'population_weighted_score',
            s."populationWeightedScore"
          )
        )
        order by
          pg.ord
      ),
      '[]'::json
    )
  ) as collection,
  max(pg.matched)::int as matched
from
  page pg
  join areas r
  join area_boundaries ab on ab.code = r.code on r.code = pg.code
  cross join lateral (
    select
      count(*)::int as "districtCount",
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
      )::int as "coldspotCount",
      coalesce(sum(p.persons_mid2016), 0)::int as population,
      coalesce(
        sum(p.persons_mid2016) filter (
          where
            m.rank is not null
        ),
        0
      )::int as "rankedPopulation",
      coalesce(
        sum(p.persons_mid2016) filter (
          where
            (
              case
                when m.rank is null then null
                when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
                when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
                else 'NEITHER'
              end
            ) = 'HOTSPOT'
        ),
        0
      )::int as "populationInHotspots",
      coalesce(
        sum(p.persons_mid2016) filter (
          where
            (
              case
                when m.rank is null then null
                when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
                when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
                else 'NEITHER'
              end
            ) = 'COLDSPOT'
        ),
        0
      )::int as "populationInColdspots",
      avg(m.score) as "meanScore",
      sum(m.score * p.persons_mid2016) / nullif(
        sum(p.persons_mid2016) filter (
          where
            m.rank is not null
        ),
        0
      ) as "populationWeightedScore",
      percentile_cont(0.5) within group (
        order by
          m.rank
      ) as "medianRank",
      min(m.rank) as "bestRank",
      max(m.rank) as "worstRank"
    from
      area_districts d
      left join mobility_scores m on m.code = d.district_code
      and m.edition = $12
      left join editions e on e.edition = m.edition
      left join populations p on p.code = d.district_code
    where
      d.area_code = pg.code
      and d.share >= $13::float8
  ) as s;

-- features of the counties of 2025 in a bbox, page 2 of 10, BNG, edition 2016: countAreaFeatures
-- $1 = "COUNTY"
-- $2 = 2025
-- $3 = 2025
-- $4 = -1
-- $5 = 52
-- $6 = 1
-- $7 = 53
select
  count(*)::int as count
from
  areas r
  join area_boundaries ab on ab.code = r.code
where
  true
  and r.kind = $1
  and (
    r.valid_from is null
    or r.valid_from <= $2::int
  )
  and (
    r.valid_to is null
    or r.valid_to >= $3::int
  )
  and ab.boundary_wgs84 && ST_MakeEnvelope ($4, $5, $6, $7, 4326);
