-- The SQL of src/spatial/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- direct neighbours, both kinds, 1 km of water: neighboursOf
-- $1 = ["E09000033","E09000028"]
-- $2 = ["LAND_BORDER","ACROSS_WATER"]
-- $3 = 1
select
  s.code as source,
  l.neighbour_code as code,
  l.kind,
  1 as hops,
  l.shared_border_km as "sharedBorderKm",
  l.gap_km as "gapKm"
from
  unnest($1::text[]) as s (code)
  join adjacencies l on l.code = s.code
  join authorities a on a.code = l.neighbour_code
where
  l.kind = any ($2::text[])
  and (
    l.kind = 'LAND_BORDER'
    or l.gap_km <= $3::float8
  )
  and true
order by
  s.code,
  l.kind = 'ACROSS_WATER',
  l.shared_border_km desc nulls last,
  l.gap_km nulls last,
  a.name;

-- neighbours to 2 hops, land only, hotspots: neighboursOf
-- $1 = ["LAND_BORDER"]
-- $2 = 1
-- $3 = ["E09000033","E09000028"]
-- $4 = 2
-- $5 = 2016
-- $6 = "HOTSPOT"
with recursive
  links as (
    select
      l.code,
      l.neighbour_code,
      l.kind,
      l.shared_border_km,
      l.gap_km
    from
      adjacencies l
      join authorities en on en.code = l.neighbour_code
    where
      l.kind = any ($1::text[])
      and (
        l.kind = 'LAND_BORDER'
        or l.gap_km <= $2::float8
      )
  ),
  walk (source, code, hops, kind) as (
    select
      s.code,
      l.neighbour_code,
      1,
      l.kind
    from
      unnest($3::text[]) as s (code)
      join links l on l.code = s.code
    union
    select
      w.source,
      l.neighbour_code,
      w.hops + 1,
      l.kind
    from
      walk w
      join links l on l.code = w.code
    where
      w.hops < $4::int
  ),
  best as (
    select distinct
      on (source, code) source,
      code,
      hops,
      kind
    from
      walk
    where
      code <> source
    order by
      source,
      code,
      hops,
      kind = 'ACROSS_WATER'
  )
select
  b.source,
  b.code,
  b.kind,
  b.hops,
  case
    when b.hops = 1 then d.shared_border_km
  end as "sharedBorderKm",
  case
    when b.hops = 1 then d.gap_km
  end as "gapKm"
from
  best b
  join authorities a on a.code = b.code
  left join links d on d.code = b.source
  and d.neighbour_code = b.code
where
  exists (
    select
      1
    from
      mobility_scores m
      join editions e on e.edition = m.edition
    where
      m.code = a.code
      and m.edition = $5
      and (
        case
          when m.rank is null then null
          when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
          when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
          else 'NEITHER'
        end
      ) = $6
  )
order by
  b.source,
  b.hops,
  b.kind = 'ACROSS_WATER',
  d.shared_border_km desc nulls last,
  d.gap_km nulls last,
  a.name;

-- the neighbours layer: pairs with Westminster or Southwark, land borders, in a bbox, WGS84: neighbourFeatures
-- $1 = ["E09000033","E09000028"]
-- $2 = ["E09000033","E09000028"]
-- $3 = ["LAND_BORDER"]
-- $4 = -0.5
-- $5 = 51.3
-- $6 = 0.3
-- $7 = 51.7
-- $8 = 4326
-- $9 = 10
-- $10 = 0
-- $11 = 6
with
  page as (
    select
      nl.code,
      nl.neighbour_code,
      row_number() over (
        order by
          nl.code,
          nl.neighbour_code
      ) as ord,
      count(*) over () as matched
    from
      adjacency_lines nl
      join adjacencies l on l.code = nl.code
      and l.neighbour_code = nl.neighbour_code
    where
      true
      and (
        nl.code = any ($1::text[])
        or nl.neighbour_code = any ($2::text[])
      )
      and l.kind = any ($3::text[])
      and ST_Intersects (
        nl.line_bng,
        ST_Transform (ST_MakeEnvelope ($4, $5, $6, $7, $8::int), 27700)
      )
    order by
      nl.code,
      nl.neighbour_code
    limit
      $9
    offset
      $10
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
          pg.code || '-' || pg.neighbour_code,
          'geometry',
          ST_AsGeoJSON (ST_Transform (nl.line_bng, 4326), $11::int, 0)::json,
          'properties',
          json_build_object(
            'code',
            pg.code,
            'name',
            a1.name,
            'neighbour_code',
            pg.neighbour_code,
            'neighbour_name',
            a2.name,
            'kind',
            l.kind,
            'shared_border_km',
            l.shared_border_km,
            'gap_km',
            l.gap_km
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
  join adjacency_lines nl on nl.code = pg.code
  and nl.neighbour_code = pg.neighbour_code
  join adjacencies l on l.code = pg.code
  and l.neighbour_code = pg.neighbour_code
  join authorities a1 on a1.code = pg.code
  join authorities a2 on a2.code = pg.neighbour_code;

-- the nearest-hotspots layer: coldspots, in a BNG bbox, BNG: nearestHotspotFeatures
-- $1 = 2016
-- $2 = "HOTSPOT"
-- $3 = 1
-- $4 = 2016
-- $5 = "COLDSPOT"
-- $6 = 300000
-- $7 = 300000
-- $8 = 600000
-- $9 = 600000
-- $10 = 27700
-- $11 = 10
-- $12 = 0
-- $13 = 1
-- $14 = 2016
with
  nearest as (
    select
      a.code,
      n.code as hotspot_code,
      n.distance_km
    from
      authorities a
      join boundaries b on b.code = a.code
      cross join lateral (
        select
          a.code,
          b.centroid_bng,
          b.boundary_bng
      ) as sb
      cross join lateral (
        with
          matching as materialized (
            select
              a.code,
              b.centroid_bng
            from
              authorities a
              join boundaries b on b.code = a.code
            where
              exists (
                select
                  1
                from
                  mobility_scores m
                  join editions e on e.edition = m.edition
                where
                  m.code = a.code
                  and m.edition = $1
                  and (
                    case
                      when m.rank is null then null
                      when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
                      when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
                      else 'NEITHER'
                    end
                  ) = $2
              )
          )
        select
          mt.code,
          ST_Distance (mt.centroid_bng, sb.centroid_bng) / 1000 as distance_km,
          ST_Distance (mt.centroid_bng, sb.centroid_bng) as centroid_m
        from
          matching mt
        where
          mt.code <> sb.code
        order by
          mt.centroid_bng <-> sb.centroid_bng,
          mt.code
        limit
          $3::int
      ) as n
      join boundaries hb on hb.code = n.code
    where
      exists (
        select
          1
        from
          mobility_scores m
          join editions e on e.edition = m.edition
        where
          m.code = a.code
          and m.edition = $4
          and (
            case
              when m.rank is null then null
              when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
              when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
              else 'NEITHER'
            end
          ) = $5
      )
      and ST_Intersects (
        ST_MakeLine (b.centroid_bng, hb.centroid_bng),
        ST_MakeEnvelope ($6, $7, $8, $9, $10::int)
      )
  ),
  page as (
    select
      nh.*,
      row_number() over (
        order by
          nh.code
      ) as ord,
      count(*) over () as matched
    from
      nearest nh
    order by
      nh.code
    limit
      $11
    offset
      $12
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
          pg.code,
          'geometry',
          ST_AsGeoJSON (
            ST_MakeLine (b.centroid_bng, hb.centroid_bng),
            $13::int,
            0
          )::json,
          'properties',
          json_build_object(
            'code',
            pg.code,
            'name',
            a.name,
            'hotspot_code',
            pg.hotspot_code,
            'hotspot_name',
            h.name,
            'distance_km',
            pg.distance_km,
            'edition',
            $14::int
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
  join authorities a on a.code = pg.code
  join boundaries b on b.code = pg.code
  join authorities h on h.code = pg.hotspot_code
  join boundaries hb on hb.code = pg.hotspot_code;

-- nearest by centroid (the nearest hotspot): nearestOf
-- $1 = ["E09000033","E09000028"]
-- $2 = 2016
-- $3 = "HOTSPOT"
-- $4 = 1
select
  sb.code as source,
  n.code,
  n.distance_km as "distanceKm"
from
  unnest($1::text[]) as s (code)
  join boundaries sb on sb.code = s.code
  cross join lateral (
    with
      matching as materialized (
        select
          a.code,
          b.centroid_bng
        from
          authorities a
          join boundaries b on b.code = a.code
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
      mt.code,
      ST_Distance (mt.centroid_bng, sb.centroid_bng) / 1000 as distance_km,
      ST_Distance (mt.centroid_bng, sb.centroid_bng) as centroid_m
    from
      matching mt
    where
      mt.code <> sb.code
    order by
      mt.centroid_bng <-> sb.centroid_bng,
      mt.code
    limit
      $4::int
  ) as n
order by
  sb.code,
  n.distance_km,
  n.centroid_m,
  n.code;

-- nearest by boundary, no filter: nearestOf
-- $1 = ["E09000033","E09000028"]
-- $2 = 37
-- $3 = 5
select
  sb.code as source,
  n.code,
  n.distance_km as "distanceKm"
from
  unnest($1::text[]) as s (code)
  join boundaries sb on sb.code = s.code
  cross join lateral (
    select
      code,
      distance_km,
      centroid_m
    from
      (
        select
          a.code,
          ST_Distance (b.boundary_bng, sb.boundary_bng) / 1000 as distance_km,
          ST_Distance (b.centroid_bng, sb.centroid_bng) as centroid_m
        from
          authorities a
          join boundaries b on b.code = a.code
        where
          a.code <> sb.code
          and true
        order by
          b.boundary_bng <-> sb.boundary_bng
        limit
          $2::int
      ) as candidates
    order by
      distance_km,
      centroid_m,
      code
    limit
      $3::int
  ) as n
order by
  sb.code,
  n.distance_km,
  n.centroid_m,
  n.code;

-- a district with its direct neighbours and nearest hotspot planned into its row: authoritiesByCode
-- $1 = ["LAND_BORDER","ACROSS_WATER"]
-- $2 = 1
-- $3 = 2016
-- $4 = "HOTSPOT"
-- $5 = 1
-- $6 = ["E09000033","E09000028"]
select
  a.code,
  a.name,
  a.region_code as "regionCode",
  b.area_km2 as "areaKm2",
  p.persons_mid2016 as population,
  p.persons_mid2015 as "populationMid2015",
  p.land_area_km2 as "landAreaKm2",
  p.persons_per_km2 as "personsPerKm2",
  (
    select
      coalesce(
        json_agg(
          json_build_object(
            'code',
            l.neighbour_code,
            'kind',
            l.kind,
            'hops',
            1,
            'sharedBorderKm',
            l.shared_border_km,
            'gapKm',
            l.gap_km
          )
          order by
            l.kind = 'ACROSS_WATER',
            l.shared_border_km desc nulls last,
            l.gap_km nulls last,
            n.name
        ),
        '[]'::json
      )
    from
      adjacencies l
      join authorities n on n.code = l.neighbour_code
    where
      l.code = a.code
      and l.kind = any ($1::text[])
      and (
        l.kind = 'LAND_BORDER'
        or l.gap_km <= $2::float8
      )
  ) as "planned:neighbours:LAND_BORDER+ACROSS_WATER:1",
  (
    select
      json_build_object('code', n.code, 'distanceKm', n.distance_km)
    from
      (
        select
          a.code,
          b.centroid_bng,
          b.boundary_bng
      ) as sb
      cross join lateral (
        with
          matching as materialized (
            select
              a.code,
              b.centroid_bng
            from
              authorities a
              join boundaries b on b.code = a.code
            where
              exists (
                select
                  1
                from
                  mobility_scores m
                  join editions e on e.edition = m.edition
                where
                  m.code = a.code
                  and m.edition = $3
                  and (
                    case
                      when m.rank is null then null
                      when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
                      when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
                      else 'NEITHER'
                    end
                  ) = $4
              )
          )
        select
          mt.code,
          ST_Distance (mt.centroid_bng, sb.centroid_bng) / 1000 as distance_km,
          ST_Distance (mt.centroid_bng, sb.centroid_bng) as centroid_m
        from
          matching mt
        where
          mt.code <> sb.code
        order by
          mt.centroid_bng <-> sb.centroid_bng,
          mt.code
        limit
          $5::int
      ) as n
  ) as "planned:nearestHotspot:2016:CENTROID"
from
  authorities a
  join boundaries b on b.code = a.code
  left join populations p on p.code = a.code
where
  a.code = any ($6::text[]);

-- district at a WGS84 point: authorityAtPoint
-- $1 = -0.1281
-- $2 = 51.508
-- $3 = 4326
select
  code
from
  detailed_boundaries
where
  ST_Intersects (
    boundary_bng,
    ST_Transform (
      ST_SetSRID (ST_MakePoint ($1::float8, $2::float8), $3::int),
      27700
    )
  )
order by
  code
limit
  1;

-- district at a BNG point: authorityAtPoint
-- $1 = 530000
-- $2 = 180000
-- $3 = 27700
select
  code
from
  detailed_boundaries
where
  ST_Intersects (
    boundary_bng,
    ST_SetSRID (ST_MakePoint ($1::float8, $2::float8), $3::int)
  )
order by
  code
limit
  1;

-- nearest to a point, hotspots: nearestToPoint
-- $1 = -0.1281
-- $2 = 51.508
-- $3 = 4326
-- $4 = 2016
-- $5 = "HOTSPOT"
-- $6 = -0.1281
-- $7 = 51.508
-- $8 = 4326
-- $9 = 3
select
  a.code,
  ST_Distance (
    d.boundary_bng,
    ST_Transform (
      ST_SetSRID (ST_MakePoint ($1::float8, $2::float8), $3::int),
      27700
    )
  ) / 1000 as "distanceKm"
from
  authorities a
  join detailed_boundaries d on d.code = a.code
where
  exists (
    select
      1
    from
      mobility_scores m
      join editions e on e.edition = m.edition
    where
      m.code = a.code
      and m.edition = $4
      and (
        case
          when m.rank is null then null
          when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
          when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
          else 'NEITHER'
        end
      ) = $5
  )
order by
  d.boundary_bng <-> ST_Transform (
    ST_SetSRID (ST_MakePoint ($6::float8, $7::float8), $8::int),
    27700
  ),
  a.code
limit
  $9::int;
