-- The SQL of src/authorities/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- by code: authoritiesByCode
-- $1 = ["E09000033","E09000028"]
select
  a.code,
  a.name,
  a.region_code as "regionCode",
  b.area_km2 as "areaKm2",
  p.persons_mid2016 as population,
  p.persons_mid2015 as "populationMid2015",
  p.land_area_km2 as "landAreaKm2",
  p.persons_per_km2 as "personsPerKm2"
from
  authorities a
  join boundaries b on b.code = a.code
  left join populations p on p.code = a.code
where
  a.code = any ($1::text[]);

-- by code, planned with mobility and classification: authoritiesByCode
-- $1 = 2016
-- $2 = ["E09000033","E09000028"]
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
      json_build_object('score', m.score, 'rank', m.rank)
    from
      mobility_scores m
    where
      m.code = a.code
      and m.edition = $1
  ) as "planned:mobility:2016",
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
      c.code = a.code
  ) as "planned:classification"
from
  authorities a
  join boundaries b on b.code = a.code
  left join populations p on p.code = a.code
where
  a.code = any ($2::text[]);

-- by name: authorityByName
-- $1 = "westminster"
select
  a.code,
  a.name,
  a.region_code as "regionCode",
  b.area_km2 as "areaKm2",
  p.persons_mid2016 as population,
  p.persons_mid2015 as "populationMid2015",
  p.land_area_km2 as "landAreaKm2",
  p.persons_per_km2 as "personsPerKm2"
from
  authorities a
  join boundaries b on b.code = a.code
  left join populations p on p.code = a.code
where
  lower(a.name) = lower($1);

-- in a region: authoritiesInRegions
-- $1 = ["E12000007"]
select
  a.code,
  a.name,
  a.region_code as "regionCode",
  b.area_km2 as "areaKm2",
  p.persons_mid2016 as population,
  p.persons_mid2015 as "populationMid2015",
  p.land_area_km2 as "landAreaKm2",
  p.persons_per_km2 as "personsPerKm2"
from
  authorities a
  join boundaries b on b.code = a.code
  left join populations p on p.code = a.code
where
  a.region_code = any ($1::text[])
order by
  a.name;

-- centroids, WGS84: centroidsOf
-- $1 = ["E09000033","E09000028"]
select
  b.code,
  ST_AsGeoJSON (b.centroid_wgs84, 6)::json as geojson
from
  boundaries b
where
  b.code = any ($1::text[]);

-- centroids, BNG: centroidsOf
-- $1 = ["E09000033","E09000028"]
select
  b.code,
  ST_AsGeoJSON (b.centroid_bng, 1, 4)::json as geojson
from
  boundaries b
where
  b.code = any ($1::text[]);

-- boundaries as stored, WGS84: boundariesOf
-- $1 = 6
-- $2 = 0
-- $3 = ["E09000033","E09000028"]
select
  b.code,
  ST_AsGeoJSON (b.boundary_wgs84, $1::int, $2::int) as geojson
from
  boundaries b
where
  b.code = any ($3::text[]);

-- boundaries simplified 500 m, WGS84: boundariesOf
-- $1 = 500
-- $2 = 5
-- $3 = 0
-- $4 = ["E09000033","E09000028"]
select
  b.code,
  ST_AsGeoJSON (
    ST_Transform (
      ST_Multi (ST_SimplifyPreserveTopology (b.boundary_bng, $1)),
      4326
    ),
    $2::int,
    $3::int
  ) as geojson
from
  boundaries b
where
  b.code = any ($4::text[]);

-- boundaries simplified 250 m, BNG: boundariesOf
-- $1 = 250
-- $2 = 1
-- $3 = 4
-- $4 = ["E09000033","E09000028"]
select
  b.code,
  ST_AsGeoJSON (
    ST_Multi (ST_SimplifyPreserveTopology (b.boundary_bng, $1)),
    $2::int,
    $3::int
  ) as geojson
from
  boundaries b
where
  b.code = any ($4::text[]);
