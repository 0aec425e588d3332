-- The SQL of src/imports/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- data:build from db/sources (the workspace answers nothing): createPostgis
create extension if not exists postgis;

-- data:build from db/sources (the workspace answers nothing): createStage
create temp table gb (
  code text primary key,
  country text not null,
  raw geometry,
  g geometry (MultiPolygon, 27700)
);

-- data:build from db/sources (the workspace answers nothing): stageBoundaries
-- $1 = "<1405573 characters>"
insert into
  gb (code, country, raw, g)
select
  code,
  country,
  ST_SetSRID (ST_GeomFromGeoJSON (geometry), 27700),
  ST_Multi (
    ST_CollectionExtract (
      ST_MakeValid (ST_SetSRID (ST_GeomFromGeoJSON (geometry), 27700)),
      3
    )
  )
from
  json_to_recordset($1::json) as input (code text, name text, country text, geometry json);

-- data:build from db/sources (the workspace answers nothing): indexStage
create index gb_g on gb using gist (g);

-- data:build from db/sources (the workspace answers nothing): stagePieces
create temp table gb_piece as
select
  code,
  ST_Subdivide (g, 256) as g
from
  gb;

-- data:build from db/sources (the workspace answers nothing): indexPieces
create index gb_piece_g on gb_piece using gist (g);

-- data:build from db/sources (the workspace answers nothing): checkBoundaryGeometries
select
  code,
  ST_IsValid (raw) as raw_valid,
  ST_IsValidReason (raw) as reason,
  ST_IsValid (g) as fixed_valid,
  ST_IsEmpty (g) as fixed_empty,
  ST_Area (raw) as raw_area,
  ST_Area (g) as fixed_area
from
  gb
order by
  code;

-- data:build from db/sources (the workspace answers nothing): landBorders
-- $1 = 0.005
select
  code,
  "neighbourCode",
  'LAND_BORDER' as kind,
  "sharedBorderKm",
  null::float8 as "gapKm"
from
  (
    select
      a.code,
      b.code as "neighbourCode",
      ST_Length (
        ST_CollectionExtract (ST_Intersection (a.g, b.g), 2)
      ) / 1000 as "sharedBorderKm"
    from
      gb a
      join gb b on a.code < b.code
      and ST_Intersects (a.g, b.g)
  ) as pairs
where
  "sharedBorderKm" >= $1
order by
  code,
  "neighbourCode";

-- data:build from db/sources (the workspace answers nothing): acrossWater
-- $1 = 10000
-- $2 = 1
with
  pairs as materialized (
    select
      a.code,
      b.code as "neighbourCode",
      min(ST_Distance (a.g, b.g)) / 1000 as "gapKm"
    from
      gb_piece a
      join gb_piece b on a.code < b.code
      and ST_DWithin (a.g, b.g, $1)
    group by
      a.code,
      b.code
  ),
  lines as materialized (
    select
      p.*,
      ST_ShortestLine (a.g, b.g) as line
    from
      pairs p
      join gb a on a.code = p.code
      join gb b on b.code = p."neighbourCode"
    where
      p."gapKm" > 0
  )
select
  p.code,
  p."neighbourCode",
  'ACROSS_WATER' as kind,
  null::float8 as "sharedBorderKm",
  p."gapKm"
from
  lines p
where
  not exists (
    select
      1
    from
      gb c
    where
      c.code <> p.code
      and c.code <> p."neighbourCode"
      and ST_Intersects (c.g, p.line)
      and ST_Length (ST_Intersection (c.g, p.line)) > $2
  )
order by
  p.code,
  p."neighbourCode";

-- data:build from db/sources (the workspace answers nothing): openWater
-- $1 = -1000
-- $2 = 1005
create temp table open_water as
with
  land as (
    select
      ST_Union (g) as g
    from
      gb
  ),
  water as (
    select
      ST_Difference (ST_Expand (ST_Envelope (g), 20000), g) as w
    from
      land
  )
select
  ST_Subdivide (
    ST_Buffer (
      ST_Buffer (w, $1, 'quad_segs=4'),
      $2,
      'quad_segs=4'
    ),
    256
  ) as o
from
  water;

-- data:build from db/sources (the workspace answers nothing): indexOpenWater
create index open_water_o on open_water using gist (o);

-- data:build from db/sources (the workspace answers nothing): countOpenWater
select
  count(*)::int as n
from
  open_water;

-- data:build from db/sources (the workspace answers nothing): coastlines
select
  gb.code,
  coalesce(
    sum(
      ST_Length (ST_Intersection (ST_Boundary (gb.g), w.o, 0.001))
    ),
    0
  ) / 1000 as "coastlineKm"
from
  gb
  left join open_water w on ST_Intersects (gb.g, w.o)
where
  gb.country = 'E'
group by
  gb.code
order by
  gb.code;

-- data:build from db/sources (the workspace answers nothing): detailedBoundaries
-- $1 = "<4548384 characters>"
select
  code,
  ST_AsGeoJSON (g, 0)::json as geometry
from
  (
    select
      code,
      ST_Multi (
        ST_CollectionExtract (
          ST_MakeValid (
            ST_SnapToGrid (
              ST_Transform (
                ST_SetSRID (ST_GeomFromGeoJSON (geometry), 4326),
                27700
              ),
              1
            )
          ),
          3
        )
      ) as g
    from
      json_to_recordset($1::json) as input (code text, geometry json)
  ) as t
order by
  code;

-- data:build from db/sources (the workspace answers nothing): stageAreas
-- $1 = "<3888353 characters>"
create temp table area_stage as
select
  code,
  ST_Subdivide (
    ST_CollectionExtract (
      ST_MakeValid (
        ST_Transform (
          ST_SetSRID (ST_GeomFromGeoJSON (geometry), 4326),
          27700
        )
      ),
      3
    ),
    256
  ) as g
from
  json_to_recordset($1::json) as input (code text, geometry json);

-- data:build from db/sources (the workspace answers nothing): indexAreaStage
create index area_stage_g on area_stage using gist (g);

-- data:build from db/sources (the workspace answers nothing): areaShares
-- $1 = 0.01
select
  "areaCode",
  "districtCode",
  inside / ST_Area (d.g) as share
from
  (
    select
      a.code as "areaCode",
      d.code as "districtCode",
      sum(ST_Area (ST_Intersection (a.g, d.g))) as inside
    from
      area_stage a
      join gb d on d.country = 'E'
      and ST_Intersects (a.g, d.g)
    group by
      a.code,
      d.code
  ) as pieces
  join gb d on d.code = pieces."districtCode"
where
  inside / ST_Area (d.g) >= $1::float8
order by
  "areaCode",
  "districtCode";

-- the derivations on two SYNTHETIC squares: createStage
create temp table gb (
  code text primary key,
  country text not null,
  raw geometry,
  g geometry (MultiPolygon, 27700)
);

-- the derivations on two SYNTHETIC squares: stageBoundaries
-- $1 = "[{\"code\":\"E00000001\",\"name\":\"E00000001\",\"country\":\"E\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10000,0],[10000,10000],[0,10000],[0,0]]]}},{\"code\":\"E00000002\",\"name\":\"E00000002\",\"country\":\"E\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[10000,0],[20000,0],[20000,10000],[10000,10000],[10000,0]]]}}]"
insert into
  gb (code, country, raw, g)
select
  code,
  country,
  ST_SetSRID (ST_GeomFromGeoJSON (geometry), 27700),
  ST_Multi (
    ST_CollectionExtract (
      ST_MakeValid (ST_SetSRID (ST_GeomFromGeoJSON (geometry), 27700)),
      3
    )
  )
from
  json_to_recordset($1::json) as input (code text, name text, country text, geometry json);

-- the derivations on two SYNTHETIC squares: indexStage
create index gb_g on gb using gist (g);

-- the derivations on two SYNTHETIC squares: stagePieces
create temp table gb_piece as
select
  code,
  ST_Subdivide (g, 256) as g
from
  gb;

-- the derivations on two SYNTHETIC squares: indexPieces
create index gb_piece_g on gb_piece using gist (g);

-- the derivations on two SYNTHETIC squares: landBorders
-- $1 = 0.005
select
  code,
  "neighbourCode",
  'LAND_BORDER' as kind,
  "sharedBorderKm",
  null::float8 as "gapKm"
from
  (
    select
      a.code,
      b.code as "neighbourCode",
      ST_Length (
        ST_CollectionExtract (ST_Intersection (a.g, b.g), 2)
      ) / 1000 as "sharedBorderKm"
    from
      gb a
      join gb b on a.code < b.code
      and ST_Intersects (a.g, b.g)
  ) as pairs
where
  "sharedBorderKm" >= $1
order by
  code,
  "neighbourCode";

-- the derivations on two SYNTHETIC squares: acrossWater
-- $1 = 10000
-- $2 = 1
with
  pairs as materialized (
    select
      a.code,
      b.code as "neighbourCode",
      min(ST_Distance (a.g, b.g)) / 1000 as "gapKm"
    from
      gb_piece a
      join gb_piece b on a.code < b.code
      and ST_DWithin (a.g, b.g, $1)
    group by
      a.code,
      b.code
  ),
  lines as materialized (
    select
      p.*,
      ST_ShortestLine (a.g, b.g) as line
    from
      pairs p
      join gb a on a.code = p.code
      join gb b on b.code = p."neighbourCode"
    where
      p."gapKm" > 0
  )
select
  p.code,
  p."neighbourCode",
  'ACROSS_WATER' as kind,
  null::float8 as "sharedBorderKm",
  p."gapKm"
from
  lines p
where
  not exists (
    select
      1
    from
      gb c
    where
      c.code <> p.code
      and c.code <> p."neighbourCode"
      and ST_Intersects (c.g, p.line)
      and ST_Length (ST_Intersection (c.g, p.line)) > $2
  )
order by
  p.code,
  p."neighbourCode";

-- the derivations on two SYNTHETIC squares: openWater
-- $1 = -1000
-- $2 = 1005
create temp table open_water as
with
  land as (
    select
      ST_Union (g) as g
    from
      gb
  ),
  water as (
    select
      ST_Difference (ST_Expand (ST_Envelope (g), 20000), g) as w
    from
      land
  )
select
  ST_Subdivide (
    ST_Buffer (
      ST_Buffer (w, $1, 'quad_segs=4'),
      $2,
      'quad_segs=4'
    ),
    256
  ) as o
from
  water;

-- the derivations on two SYNTHETIC squares: indexOpenWater
create index open_water_o on open_water using gist (o);

-- the derivations on two SYNTHETIC squares: countOpenWater
select
  count(*)::int as n
from
  open_water;

-- the derivations on two SYNTHETIC squares: coastlines
select
  gb.code,
  coalesce(
    sum(
      ST_Length (ST_Intersection (ST_Boundary (gb.g), w.o, 0.001))
    ),
    0
  ) / 1000 as "coastlineKm"
from
  gb
  left join open_water w on ST_Intersects (gb.g, w.o)
where
  gb.country = 'E'
group by
  gb.code
order by
  gb.code;

-- the seed loaded: currentSeed
select
  seed_hash,
  loaded_at::text as loaded_at
from
  seed_loads
order by
  id desc
limit
  1;

-- loading db/seed: deleteStale:area_districts
-- $1 = "<88705 characters>"
delete from "area_districts"
where
  true
  and ("area_code", "district_code") not in (
    select
      "area_code",
      "district_code"
    from
      json_populate_recordset(null::"area_districts", $1::json)
  );

-- loading db/seed: deleteStale:areas
-- $1 = "<57021 characters>"
delete from "areas"
where
  true
  and ("code") not in (
    select
      "code"
    from
      json_populate_recordset(null::"areas", $1::json)
  );

-- loading db/seed: deleteStale:mobility_scores
-- $1 = [2016]
-- $2 = "<23854 characters>"
delete from "mobility_scores"
where
  edition = any ($1::smallint[])
  and ("edition", "code") not in (
    select
      "edition",
      "code"
    from
      json_populate_recordset(null::"mobility_scores", $2::json)
  );

-- loading db/seed: deleteStale:adjacencies
-- $1 = "<226719 characters>"
delete from "adjacencies"
where
  true
  and ("code", "neighbour_code") not in (
    select
      "code",
      "neighbour_code"
    from
      json_populate_recordset(null::"adjacencies", $1::json)
  );

-- loading db/seed: deleteStale:coastlines
-- $1 = "<17919 characters>"
delete from "coastlines"
where
  true
  and ("code") not in (
    select
      "code"
    from
      json_populate_recordset(null::"coastlines", $1::json)
  );

-- loading db/seed: deleteStale:deprivation_domains
-- $1 = "<1128602 characters>"
delete from "deprivation_domains"
where
  true
  and ("code", "domain") not in (
    select
      "code",
      "domain"
    from
      json_populate_recordset(null::"deprivation_domains", $1::json)
  );

-- loading db/seed: deleteStale:populations
-- $1 = "<36699 characters>"
delete from "populations"
where
  true
  and ("code") not in (
    select
      "code"
    from
      json_populate_recordset(null::"populations", $1::json)
  );

-- loading db/seed: deleteStale:classifications
-- $1 = "<43533 characters>"
delete from "classifications"
where
  true
  and ("code") not in (
    select
      "code"
    from
      json_populate_recordset(null::"classifications", $1::json)
  );

-- loading db/seed: deleteStale:area_classes
-- $1 = "<3496 characters>"
delete from "area_classes"
where
  true
  and ("code") not in (
    select
      "code"
    from
      json_populate_recordset(null::"area_classes", $1::json)
  );

-- loading db/seed: deleteStale:rural_urban_classes
-- $1 = "[{\"code\":1,\"name\":\"Mainly Rural (rural including hub towns >=80%)\",\"broad_group\":\"Predominantly Rural\"},{\"code\":2,\"name\":\"Largely Rural (rural including hub towns 50-79%)\",\"broad_group\":\"Predominantly Rural\"},{\"code\":3,\"name\":\"Urban with Significant Rural (rural including hub towns 26-49%)\",\"broad_group\":\"Urban with Significant Rural\"},{\"code\":4,\"name\":\"Urban with City and Town\",\"broad_group\":\"Predominantly Urban\"},{\"code\":5,\"name\":\"Urban with Minor Conurbation\",\"broad_group\":\"Predominantly Urban\"},{\"code\":6,\"name\":\"Urban with Major Conurbation\",\"broad_group\":\"Predominantly Urban\"}]"
delete from "rural_urban_classes"
where
  true
  and ("code") not in (
    select
      "code"
    from
      json_populate_recordset(null::"rural_urban_classes", $1::json)
  );

-- loading db/seed: deleteStale:authorities
-- $1 = "<22108 characters>"
delete from "authorities"
where
  true
  and ("code") not in (
    select
      "code"
    from
      json_populate_recordset(null::"authorities", $1::json)
  );

-- loading db/seed: deleteStale:regions
-- $1 = "[{\"code\":\"E12000001\",\"name\":\"North East\"},{\"code\":\"E12000002\",\"name\":\"North West\"},{\"code\":\"E12000003\",\"name\":\"Yorkshire and The Humber\"},{\"code\":\"E12000004\",\"name\":\"East Midlands\"},{\"code\":\"E12000005\",\"name\":\"West Midlands\"},{\"code\":\"E12000006\",\"name\":\"East of England\"},{\"code\":\"E12000007\",\"name\":\"London\"},{\"code\":\"E12000008\",\"name\":\"South East\"},{\"code\":\"E12000009\",\"name\":\"South West\"}]"
delete from "regions"
where
  true
  and ("code") not in (
    select
      "code"
    from
      json_populate_recordset(null::"regions", $1::json)
  );

-- loading db/seed: deleteStaleEditions
-- $1 = [2016]
delete from editions
where
  origin = 'seed'
  and not (edition = any ($1::smallint[]));

-- loading db/seed: deleteStaleDetailedBoundaries
-- $1 = ["E06000001","E06000002","E06000003","E06000004","E06000005","E06000006","E06000007","E06000008","E06000009","E06000010","E06000011","E06000012","E06000013","E06000014","E06000015","E06000016","E06000017","E06000018","E06000019","E06000020","E06000021","E06000022","E06000023","E06000024","E06000025","E06000026","E06000027","E06000028","E06000029","E06000030","E06000031","E06000032","E06000033","E06000034","E06000035","E06000036","E06000037","E06000038","E06000039","E06000040","E06000041","E06000042","E06000043","E06000044","E06000045","E06000046","E06000047","E06000049","E06000050","E06000051","E06000052","E06000053","E06000054","E06000055","E06000056","E06000057","E07000004","E07000005","E07000006","E07000007","E07000008","E07000009","E07000010","E07000011","E07000012","E07000026","E07000027","E07000028","E07000029","E07000030","E07000031","E07000032","E07000033","E07000034","E07000035","E07000036","E07000037","E07000038","E07000039","E07000040","E07000041","E07000042","E07000043","E07000044","E07000045","E07000046","E07000047","E07000048","E07000049","E07000050","E07000051","E07000052","E07000053","E07000061","E07000062","E07000063","E07000064","E07000065","E07000066","E07000067","E07000068","E07000069","E07000070","E07000071","E07000072","E07000073","E07000074","E07000075","E07000076","E07000077","E07000078","E07000079","E07000080","E07000081","E07000082","E07000083","E07000084","E07000085","E07000086","E07000087","E07000088","E07000089","E07000090","E07000091","E07000092","E07000093","E07000094","E07000095","E07000096","E07000098","E07000099","E07000102","E07000103","E07000105","E07000106","E07000107","E07000108","E07000109","E07000110","E07000111","E07000112","E07000113","E07000114","E07000115","E07000116","E07000117","E07000118","E07000119","E07000120","E07000121","E07000122","E07000123","E07000124","E07000125","E07000126","E07000127","E07000128","E07000129","E07000130","E07000131","E07000132","E07000133","E07000134","E07000135","E07000136","E07000137","E07000138","E07000139","E07000140","E07000141","E07000142","E07000143","E07000144","E07000145","E07000146","E07000147","E07000148","E07000149","E07000150","E07000151","E07000152","E07000153","E07000154","E07000155","E07000156","E07000163","E07000164","E07000165","E07000166","E07000167","E07000168","E07000169","E07000170","E07000171","E07000172","E07000173","E07000174","E07000175","E07000176","E07000177","E07000178","E07000179","E07000180","E07000181","E07000187","E07000188","E07000189","E07000190","E07000191","E07000192","E07000193","E07000194","E07000195","E07000196","E07000197","E07000198","E07000199","E07000200","E07000201","E07000202","E07000203","E07000204","E07000205","E07000206","E07000207","E07000208","E07000209","E07000210","E07000211","E07000212","E07000213","E07000214","E07000215","E07000216","E07000217","E07000218","E07000219","E07000220","E07000221","E07000222","E07000223","E07000224","E07000225","E07000226","E07000227","E07000228","E07000229","E07000234","E07000235","E07000236","E07000237","E07000238","E07000239","E07000240","E07000241","E07000242","E07000243","E08000001","E08000002","E08000003","E08000004","E08000005","E08000006","E08000007","E08000008","E08000009","E08000010","E08000011","E08000012","E08000013","E08000014","E08000015","E08000016","E08000017","E08000018","E08000019","E08000021","E08000022","E08000023","E08000024","E08000025","E08000026","E08000027","E08000028","E08000029","E08000030","E08000031","E08000032","E08000033","E08000034","E08000035","E08000036","E08000037","E09000001","E09000002","E09000003","E09000004","E09000005","E09000006","E09000007","E09000008","E09000009","E09000010","E09000011","E09000012","E09000013","E09000014","E09000015","E09000016","E09000017","E09000018","E09000019","E09000020","E09000021","E09000022","E09000023","E09000024","E09000025","E09000026","E09000027","E09000028","E09000029","E09000030","E09000031","E09000032","E09000033"]
delete from detailed_boundaries
where
  not (code = any ($1::text[]));

-- loading db/seed: deleteStaleBoundaries
-- $1 = ["E06000001","E06000002","E06000003","E06000004","E06000005","E06000006","E06000007","E06000008","E06000009","E06000010","E06000011","E06000012","E06000013","E06000014","E06000015","E06000016","E06000017","E06000018","E06000019","E06000020","E06000021","E06000022","E06000023","E06000024","E06000025","E06000026","E06000027","E06000028","E06000029","E06000030","E06000031","E06000032","E06000033","E06000034","E06000035","E06000036","E06000037","E06000038","E06000039","E06000040","E06000041","E06000042","E06000043","E06000044","E06000045","E06000046","E06000047","E06000049","E06000050","E06000051","E06000052","E06000053","E06000054","E06000055","E06000056","E06000057","E07000004","E07000005","E07000006","E07000007","E07000008","E07000009","E07000010","E07000011","E07000012","E07000026","E07000027","E07000028","E07000029","E07000030","E07000031","E07000032","E07000033","E07000034","E07000035","E07000036","E07000037","E07000038","E07000039","E07000040","E07000041","E07000042","E07000043","E07000044","E07000045","E07000046","E07000047","E07000048","E07000049","E07000050","E07000051","E07000052","E07000053","E07000061","E07000062","E07000063","E07000064","E07000065","E07000066","E07000067","E07000068","E07000069","E07000070","E07000071","E07000072","E07000073","E07000074","E07000075","E07000076","E07000077","E07000078","E07000079","E07000080","E07000081","E07000082","E07000083","E07000084","E07000085","E07000086","E07000087","E07000088","E07000089","E07000090","E07000091","E07000092","E07000093","E07000094","E07000095","E07000096","E07000098","E07000099","E07000102","E07000103","E07000105","E07000106","E07000107","E07000108","E07000109","E07000110","E07000111","E07000112","E07000113","E07000114","E07000115","E07000116","E07000117","E07000118","E07000119","E07000120","E07000121","E07000122","E07000123","E07000124","E07000125","E07000126","E07000127","E07000128","E07000129","E07000130","E07000131","E07000132","E07000133","E07000134","E07000135","E07000136","E07000137","E07000138","E07000139","E07000140","E07000141","E07000142","E07000143","E07000144","E07000145","E07000146","E07000147","E07000148","E07000149","E07000150","E07000151","E07000152","E07000153","E07000154","E07000155","E07000156","E07000163","E07000164","E07000165","E07000166","E07000167","E07000168","E07000169","E07000170","E07000171","E07000172","E07000173","E07000174","E07000175","E07000176","E07000177","E07000178","E07000179","E07000180","E07000181","E07000187","E07000188","E07000189","E07000190","E07000191","E07000192","E07000193","E07000194","E07000195","E07000196","E07000197","E07000198","E07000199","E07000200","E07000201","E07000202","E07000203","E07000204","E07000205","E07000206","E07000207","E07000208","E07000209","E07000210","E07000211","E07000212","E07000213","E07000214","E07000215","E07000216","E07000217","E07000218","E07000219","E07000220","E07000221","E07000222","E07000223","E07000224","E07000225","E07000226","E07000227","E07000228","E07000229","E07000234","E07000235","E07000236","E07000237","E07000238","E07000239","E07000240","E07000241","E07000242","E07000243","E08000001","E08000002","E08000003","E08000004","E08000005","E08000006","E08000007","E08000008","E08000009","E08000010","E08000011","E08000012","E08000013","E08000014","E08000015","E08000016","E08000017","E08000018","E08000019","E08000021","E08000022","E08000023","E08000024","E08000025","E08000026","E08000027","E08000028","E08000029","E08000030","E08000031","E08000032","E08000033","E08000034","E08000035","E08000036","E08000037","E09000001","E09000002","E09000003","E09000004","E09000005","E09000006","E09000007","E09000008","E09000009","E09000010","E09000011","E09000012","E09000013","E09000014","E09000015","E09000016","E09000017","E09000018","E09000019","E09000020","E09000021","E09000022","E09000023","E09000024","E09000025","E09000026","E09000027","E09000028","E09000029","E09000030","E09000031","E09000032","E09000033","S12000005","S12000006","S12000008","S12000010","S12000011","S12000013","S12000014","S12000015","S12000017","S12000018","S12000019","S12000020","S12000021","S12000023","S12000024","S12000026","S12000027","S12000028","S12000029","S12000030","S12000033","S12000034","S12000035","S12000036","S12000038","S12000039","S12000040","S12000041","S12000042","S12000044","S12000045","S12000046","W06000001","W06000002","W06000003","W06000004","W06000005","W06000006","W06000008","W06000009","W06000010","W06000011","W06000012","W06000013","W06000014","W06000015","W06000016","W06000018","W06000019","W06000020","W06000021","W06000022","W06000023","W06000024"]
delete from boundaries
where
  not (code = any ($1::text[]));

-- loading db/seed: upsertSources
-- $1 = "<5347 characters>"
insert into
  sources (
    id,
    title,
    publisher,
    published,
    url,
    licence,
    attribution
  )
select
  id,
  title,
  publisher,
  published,
  url,
  licence,
  attribution
from
  json_to_recordset($1::json) as s (
    id text,
    title text,
    publisher text,
    published text,
    url text,
    licence text,
    attribution text
  )
on conflict (id) do update
set
  title = excluded.title,
  publisher = excluded.publisher,
  published = excluded.published,
  url = excluded.url,
  licence = excluded.licence,
  attribution = excluded.attribution;

-- loading db/seed: upsertBoundaries
-- $1 = "<1405573 characters>"
insert into
  boundaries (
    code,
    name,
    country,
    boundary_bng,
    boundary_wgs84,
    centroid_bng,
    centroid_wgs84,
    area_km2
  )
select
  code,
  name,
  country,
  bng,
  ST_Transform (bng, 4326),
  ST_Centroid (bng),
  ST_Transform (ST_Centroid (bng), 4326),
  ST_Area (bng) / 1e6
from
  (
    select
      code,
      name,
      country,
      ST_Multi (
        ST_CollectionExtract (
          ST_MakeValid (ST_SetSRID (ST_GeomFromGeoJSON (geometry), 27700)),
          3
        )
      ) as bng
    from
      json_to_recordset($1::json) as input (code text, name text, country text, geometry json)
  ) as valid
on conflict (code) do update
set
  name = excluded.name,
  country = excluded.country,
  boundary_bng = excluded.boundary_bng,
  boundary_wgs84 = excluded.boundary_wgs84,
  centroid_bng = excluded.centroid_bng,
  centroid_wgs84 = excluded.centroid_wgs84,
  area_km2 = excluded.area_km2;

-- loading db/seed: upsert:regions
-- $1 = "[{\"code\":\"E12000001\",\"name\":\"North East\"},{\"code\":\"E12000002\",\"name\":\"North West\"},{\"code\":\"E12000003\",\"name\":\"Yorkshire and The Humber\"},{\"code\":\"E12000004\",\"name\":\"East Midlands\"},{\"code\":\"E12000005\",\"name\":\"West Midlands\"},{\"code\":\"E12000006\",\"name\":\"East of England\"},{\"code\":\"E12000007\",\"name\":\"London\"},{\"code\":\"E12000008\",\"name\":\"South East\"},{\"code\":\"E12000009\",\"name\":\"South West\"}]"
insert into
  "regions" ("code", "name")
select
  "code",
  "name"
from
  json_populate_recordset(null::"regions", $1::json)
on conflict ("code") do update
set
  "name" = excluded."name";

-- loading db/seed: upsert:authorities
-- $1 = "<22108 characters>"
insert into
  "authorities" ("code", "name", "region_code")
select
  "code",
  "name",
  "region_code"
from
  json_populate_recordset(null::"authorities", $1::json)
on conflict ("code") do update
set
  "name" = excluded."name",
  "region_code" = excluded."region_code";

-- loading db/seed: upsert:rural_urban_classes
-- $1 = "[{\"code\":1,\"name\":\"Mainly Rural (rural including hub towns >=80%)\",\"broad_group\":\"Predominantly Rural\"},{\"code\":2,\"name\":\"Largely Rural (rural including hub towns 50-79%)\",\"broad_group\":\"Predominantly Rural\"},{\"code\":3,\"name\":\"Urban with Significant Rural (rural including hub towns 26-49%)\",\"broad_group\":\"Urban with Significant Rural\"},{\"code\":4,\"name\":\"Urban with City and Town\",\"broad_group\":\"Predominantly Urban\"},{\"code\":5,\"name\":\"Urban with Minor Conurbation\",\"broad_group\":\"Predominantly Urban\"},{\"code\":6,\"name\":\"Urban with Major Conurbation\",\"broad_group\":\"Predominantly Urban\"}]"
insert into
  "rural_urban_classes" ("code", "name", "broad_group")
select
  "code",
  "name",
  "broad_group"
from
  json_populate_recordset(null::"rural_urban_classes", $1::json)
on conflict ("code") do update
set
  "name" = excluded."name",
  "broad_group" = excluded."broad_group";

-- loading db/seed: upsert:area_classes
-- $1 = "<3496 characters>"
insert into
  "area_classes" ("code", "level", "name", "parent_code")
select
  "code",
  "level",
  "name",
  "parent_code"
from
  json_populate_recordset(null::"area_classes", $1::json)
on conflict ("code") do update
set
  "level" = excluded."level",
  "name" = excluded."name",
  "parent_code" = excluded."parent_code";

-- loading db/seed: upsert:classifications
-- $1 = "<43533 characters>"
insert into
  "classifications" (
    "code",
    "rural_urban_code",
    "rural_population_pct_2011",
    "area_subgroup_code",
    "rural",
    "industrial"
  )
select
  "code",
  "rural_urban_code",
  "rural_population_pct_2011",
  "area_subgroup_code",
  "rural",
  "industrial"
from
  json_populate_recordset(null::"classifications", $1::json)
on conflict ("code") do update
set
  "rural_urban_code" = excluded."rural_urban_code",
  "rural_population_pct_2011" = excluded."rural_population_pct_2011",
  "area_subgroup_code" = excluded."area_subgroup_code",
  "rural" = excluded."rural",
  "industrial" = excluded."industrial";

-- loading db/seed: upsert:populations
-- $1 = "<36699 characters>"
insert into
  "populations" (
    "code",
    "persons_mid2016",
    "persons_mid2015",
    "land_area_km2",
    "persons_per_km2"
  )
select
  "code",
  "persons_mid2016",
  "persons_mid2015",
  "land_area_km2",
  "persons_per_km2"
from
  json_populate_recordset(null::"populations", $1::json)
on conflict ("code") do update
set
  "persons_mid2016" = excluded."persons_mid2016",
  "persons_mid2015" = excluded."persons_mid2015",
  "land_area_km2" = excluded."land_area_km2",
  "persons_per_km2" = excluded."persons_per_km2";

-- loading db/seed: upsert:deprivation_domains
-- $1 = "<1128602 characters>"
insert into
  "deprivation_domains" (
    "code",
    "domain",
    "average_rank",
    "rank_of_average_rank",
    "average_score",
    "rank_of_average_score",
    "most_deprived_10pct_share",
    "rank_of_most_deprived_10pct_share",
    "scale",
    "rank_of_scale",
    "extent",
    "rank_of_extent",
    "local_concentration",
    "rank_of_local_concentration"
  )
select
  "code",
  "domain",
  "average_rank",
  "rank_of_average_rank",
  "average_score",
  "rank_of_average_score",
  "most_deprived_10pct_share",
  "rank_of_most_deprived_10pct_share",
  "scale",
  "rank_of_scale",
  "extent",
  "rank_of_extent",
  "local_concentration",
  "rank_of_local_concentration"
from
  json_populate_recordset(null::"deprivation_domains", $1::json)
on conflict ("code", "domain") do update
set
  "average_rank" = excluded."average_rank",
  "rank_of_average_rank" = excluded."rank_of_average_rank",
  "average_score" = excluded."average_score",
  "rank_of_average_score" = excluded."rank_of_average_score",
  "most_deprived_10pct_share" = excluded."most_deprived_10pct_share",
  "rank_of_most_deprived_10pct_share" = excluded."rank_of_most_deprived_10pct_share",
  "scale" = excluded."scale",
  "rank_of_scale" = excluded."rank_of_scale",
  "extent" = excluded."extent",
  "rank_of_extent" = excluded."rank_of_extent",
  "local_concentration" = excluded."local_concentration",
  "rank_of_local_concentration" = excluded."rank_of_local_concentration";

-- loading db/seed: upsertDetailedBoundaries
-- $1 = "<3370390 characters>"
insert into
  detailed_boundaries (code, boundary_bng)
select
  code,
  ST_Multi (
    ST_CollectionExtract (
      ST_MakeValid (ST_SetSRID (ST_GeomFromGeoJSON (geometry), 27700)),
      3
    )
  )
from
  json_to_recordset($1::json) as input (code text, geometry json)
on conflict (code) do update
set
  boundary_bng = excluded.boundary_bng;

-- loading db/seed: upsert:coastlines
-- $1 = "<17919 characters>"
insert into
  "coastlines" ("code", "coastline_km", "coastal")
select
  "code",
  "coastline_km",
  "coastal"
from
  json_populate_recordset(null::"coastlines", $1::json)
on conflict ("code") do update
set
  "coastline_km" = excluded."coastline_km",
  "coastal" = excluded."coastal";

-- loading db/seed: upsert:adjacencies
-- $1 = "<226719 characters>"
insert into
  "adjacencies" (
    "code",
    "neighbour_code",
    "kind",
    "shared_border_km",
    "gap_km"
  )
select
  "code",
  "neighbour_code",
  "kind",
  "shared_border_km",
  "gap_km"
from
  json_populate_recordset(null::"adjacencies", $1::json)
on conflict ("code", "neighbour_code") do update
set
  "kind" = excluded."kind",
  "shared_border_km" = excluded."shared_border_km",
  "gap_km" = excluded."gap_km";

-- loading db/seed: upsertEditions
-- $1 = "seed"
-- $2 = "[{\"edition\":2016,\"title\":\"The Social Mobility Index\",\"publisher\":\"Social Mobility and Child Poverty Commission\",\"publishedOn\":\"2016-01-31\",\"sourceId\":\"smi-2016\",\"licence\":\"Open Government Licence v3.0\",\"attribution\":\"Contains public sector information licensed under the Open Government Licence v3.0.\",\"rankedCount\":324,\"quintileMinRanks\":[1,66,131,195,260]}]"
insert into
  editions (
    edition,
    title,
    publisher,
    published_on,
    source_id,
    licence,
    attribution,
    ranked_count,
    quintile_min_ranks,
    origin
  )
select
  edition,
  title,
  publisher,
  "publishedOn"::date,
  "sourceId",
  licence,
  attribution,
  "rankedCount",
  "quintileMinRanks",
  $1
from
  json_to_recordset($2::json) as e (
    edition smallint,
    title text,
    publisher text,
    "publishedOn" text,
    "sourceId" text,
    licence text,
    attribution text,
    "rankedCount" int,
    "quintileMinRanks" int[]
  )
on conflict (edition) do update
set
  title = excluded.title,
  publisher = excluded.publisher,
  published_on = excluded.published_on,
  source_id = excluded.source_id,
  licence = excluded.licence,
  attribution = excluded.attribution,
  ranked_count = excluded.ranked_count,
  quintile_min_ranks = excluded.quintile_min_ranks,
  origin = excluded.origin,
  loaded_at = now();

-- loading db/seed: upsert:mobility_scores
-- $1 = "<23854 characters>"
insert into
  "mobility_scores" ("edition", "code", "score", "rank")
select
  "edition",
  "code",
  "score",
  "rank"
from
  json_populate_recordset(null::"mobility_scores", $1::json)
on conflict ("edition", "code") do update
set
  "score" = excluded."score",
  "rank" = excluded."rank";

-- loading db/seed: upsert:areas
-- $1 = "<57021 characters>"
insert into
  "areas" (
    "code",
    "kind",
    "name",
    "former_name",
    "search_text",
    "valid_from",
    "valid_to"
  )
select
  "code",
  "kind",
  "name",
  "former_name",
  "search_text",
  "valid_from",
  "valid_to"
from
  json_populate_recordset(null::"areas", $1::json)
on conflict ("code") do update
set
  "kind" = excluded."kind",
  "name" = excluded."name",
  "former_name" = excluded."former_name",
  "search_text" = excluded."search_text",
  "valid_from" = excluded."valid_from",
  "valid_to" = excluded."valid_to";

-- loading db/seed: upsert:area_districts
-- $1 = "<88705 characters>"
insert into
  "area_districts" ("area_code", "district_code", "share")
select
  "area_code",
  "district_code",
  "share"
from
  json_populate_recordset(null::"area_districts", $1::json)
on conflict ("area_code", "district_code") do update
set
  "share" = excluded."share";

-- loading db/seed: deleteAreaBoundaries
delete from area_boundaries;

-- loading db/seed: insertAreaBoundaries
-- $1 = 0.5
insert into
  area_boundaries (code, boundary_bng, boundary_wgs84, area_km2)
select
  code,
  g,
  ST_Transform (g, 4326),
  ST_Area (g) / 1e6
from
  (
    select
      d.area_code as code,
      ST_Multi (
        ST_CollectionExtract (ST_Union (b.boundary_bng), 3)
      ) as g
    from
      area_districts d
      join boundaries b on b.code = d.district_code
    where
      d.share >= $1::float8
    group by
      d.area_code
  ) as unions;

-- loading db/seed: refreshAdjacencyLines
select
  refresh_adjacency_lines ();

-- loading db/seed: recordSeedLoad
-- $1 = "7dae5b558fb784857298cdf7862fde5f3e0cac57fd7d3db7a9a774d131df6084"
insert into
  seed_loads (seed_hash)
values
  ($1);

-- an edition import with a life stage and an indicator, then its removal: districts
select
  code,
  name
from
  authorities
order by
  code;

-- an edition import with a life stage and an indicator, then its removal: deleteEdition
-- $1 = 2017
delete from editions
where
  edition = $1;

-- an edition import with a life stage and an indicator, then its removal: upsertSources
-- $1 = "[{\"id\":\"import-2017\",\"title\":\"Social Mobility Index 2017\",\"publisher\":\"Social Mobility Commission\",\"published\":\"2017-11-28\",\"url\":null,\"licence\":\"Open Government Licence v3.0\",\"attribution\":\"Contains public sector information licensed under the Open Government Licence v3.0.\"}]"
insert into
  sources (
    id,
    title,
    publisher,
    published,
    url,
    licence,
    attribution
  )
select
  id,
  title,
  publisher,
  published,
  url,
  licence,
  attribution
from
  json_to_recordset($1::json) as s (
    id text,
    title text,
    publisher text,
    published text,
    url text,
    licence text,
    attribution text
  )
on conflict (id) do update
set
  title = excluded.title,
  publisher = excluded.publisher,
  published = excluded.published,
  url = excluded.url,
  licence = excluded.licence,
  attribution = excluded.attribution;

-- an edition import with a life stage and an indicator, then its removal: upsertEditions
-- $1 = "import"
-- $2 = "[{\"edition\":2017,\"title\":\"Social Mobility Index 2017\",\"publisher\":\"Social Mobility Commission\",\"publishedOn\":\"2017-11-28\",\"sourceId\":\"import-2017\",\"licence\":\"Open Government Licence v3.0\",\"attribution\":\"Contains public sector information licensed under the Open Government Licence v3.0.\",\"rankedCount\":1,\"quintileMinRanks\":[1,1,1,2,2]}]"
insert into
  editions (
    edition,
    title,
    publisher,
    published_on,
    source_id,
    licence,
    attribution,
    ranked_count,
    quintile_min_ranks,
    origin
  )
select
  edition,
  title,
  publisher,
  "publishedOn"::date,
  "sourceId",
  licence,
  attribution,
  "rankedCount",
  "quintileMinRanks",
  $1
from
  json_to_recordset($2::json) as e (
    edition smallint,
    title text,
    publisher text,
    "publishedOn" text,
    "sourceId" text,
    licence text,
    attribution text,
    "rankedCount" int,
    "quintileMinRanks" int[]
  )
on conflict (edition) do update
set
  title = excluded.title,
  publisher = excluded.publisher,
  published_on = excluded.published_on,
  source_id = excluded.source_id,
  licence = excluded.licence,
  attribution = excluded.attribution,
  ranked_count = excluded.ranked_count,
  quintile_min_ranks = excluded.quintile_min_ranks,
  origin = excluded.origin,
  loaded_at = now();

-- an edition import with a life stage and an indicator, then its removal: insertScores
-- $1 = 2017
-- $2 = "[{\"code\":\"E09000033\",\"score\":1,\"rank\":1}]"
insert into
  mobility_scores (edition, code, score, rank)
select
  $1,
  code,
  score,
  rank
from
  json_to_recordset($2) as r (code text, score float8, rank int);

-- an edition import with a life stage and an indicator, then its removal: insertLifeStageScores
-- $1 = 2017
-- $2 = "[{\"code\":\"E09000033\",\"lifeStage\":\"SCHOOL\",\"score\":1,\"rank\":1}]"
insert into
  life_stage_scores (edition, code, life_stage, score, rank)
select
  $1,
  code,
  "lifeStage",
  score,
  rank
from
  json_to_recordset($2) as s (
    code text,
    "lifeStage" text,
    score float8,
    rank int
  );

-- an edition import with a life stage and an indicator, then its removal: insertIndicators
-- $1 = 2017
-- $2 = "[{\"code\":\"IND1\",\"name\":\"An indicator\",\"lifeStage\":\"SCHOOL\",\"unit\":\"%\",\"higherIsBetter\":true}]"
insert into
  indicators (
    edition,
    code,
    name,
    life_stage,
    unit,
    higher_is_better
  )
select
  $1,
  code,
  name,
  "lifeStage",
  unit,
  "higherIsBetter"
from
  json_to_recordset($2) as i (
    code text,
    name text,
    "lifeStage" text,
    unit text,
    "higherIsBetter" boolean
  );

-- an edition import with a life stage and an indicator, then its removal: insertIndicatorValues
-- $1 = 2017
-- $2 = "[{\"code\":\"E09000033\",\"indicator\":\"IND1\",\"value\":1}]"
insert into
  indicator_values (edition, code, indicator_code, value)
select
  $1,
  code,
  indicator,
  value
from
  json_to_recordset($2) as v (code text, indicator text, value float8);

-- an edition import with a life stage and an indicator, then its removal: removeEdition
-- $1 = 2017
delete from editions
where
  edition = $1
returning
  edition;

-- an edition import with a life stage and an indicator, then its removal: removeImportSource
-- $1 = "import-2017"
delete from sources
where
  id = $1;

-- a backup of the imported editions, and a restore of one: backupEditions
select
  e.edition,
  e.title,
  e.publisher,
  to_char(e.published_on, 'YYYY-MM-DD') as published_on,
  e.licence,
  e.attribution,
  s.url
from
  editions e
  left join sources s on s.id = e.source_id
where
  e.origin = 'import'
order by
  e.edition;

-- a backup of the imported editions, and a restore of one: backupScores
-- $1 = [2017]
select
  edition,
  code,
  score,
  rank
from
  mobility_scores
where
  edition = any ($1::smallint[])
order by
  edition,
  rank,
  code;

-- a backup of the imported editions, and a restore of one: backupLifeStageScores
-- $1 = [2017]
select
  l.edition,
  l.code,
  l.life_stage,
  l.score,
  l.rank
from
  life_stage_scores l
  join life_stages s on s.code = l.life_stage
where
  l.edition = any ($1::smallint[])
order by
  l.edition,
  l.code,
  s.position;

-- a backup of the imported editions, and a restore of one: backupIndicators
-- $1 = [2017]
select
  edition,
  code,
  name,
  life_stage,
  unit,
  higher_is_better
from
  indicators
where
  edition = any ($1::smallint[])
order by
  edition,
  code;

-- a backup of the imported editions, and a restore of one: backupIndicatorValues
-- $1 = [2017]
select
  edition,
  code,
  indicator_code,
  value
from
  indicator_values
where
  edition = any ($1::smallint[])
order by
  edition,
  code,
  indicator_code;

-- a backup of the imported editions, and a restore of one: districtCodes
select
  code
from
  authorities;

-- a backup of the imported editions, and a restore of one: restoreRemoveImported
-- $1 = [2017]
delete from editions
where
  origin = 'import'
  and not (edition = any ($1::smallint[]))
returning
  edition;

-- a backup of the imported editions, and a restore of one: restoreRemoveImportSources
delete from sources s
where
  s.id like 'import-%'
  and not exists (
    select
      1
    from
      editions e
    where
      e.source_id = s.id
  );

-- a backup of the imported editions, and a restore of one: deleteEdition
-- $1 = 2017
delete from editions
where
  edition = $1;

-- a backup of the imported editions, and a restore of one: upsertSources
-- $1 = "[{\"id\":\"import-2017\",\"title\":\"Social Mobility Index 2017\",\"publisher\":\"Social Mobility Commission\",\"published\":\"2017-11-28\",\"url\":null,\"licence\":\"Open Government Licence v3.0\",\"attribution\":\"Contains public sector information licensed under the Open Government Licence v3.0.\"}]"
insert into
  sources (
    id,
    title,
    publisher,
    published,
    url,
    licence,
    attribution
  )
select
  id,
  title,
  publisher,
  published,
  url,
  licence,
  attribution
from
  json_to_recordset($1::json) as s (
    id text,
    title text,
    publisher text,
    published text,
    url text,
    licence text,
    attribution text
  )
on conflict (id) do update
set
  title = excluded.title,
  publisher = excluded.publisher,
  published = excluded.published,
  url = excluded.url,
  licence = excluded.licence,
  attribution = excluded.attribution;

-- a backup of the imported editions, and a restore of one: upsertEditions
-- $1 = "import"
-- $2 = "[{\"edition\":2017,\"title\":\"Social Mobility Index 2017\",\"publisher\":\"Social Mobility Commission\",\"publishedOn\":\"2017-11-28\",\"sourceId\":\"import-2017\",\"licence\":\"Open Government Licence v3.0\",\"attribution\":\"Contains public sector information licensed under the Open Government Licence v3.0.\",\"rankedCount\":1,\"quintileMinRanks\":[1,1,1,2,2]}]"
insert into
  editions (
    edition,
    title,
    publisher,
    published_on,
    source_id,
    licence,
    attribution,
    ranked_count,
    quintile_min_ranks,
    origin
  )
select
  edition,
  title,
  publisher,
  "publishedOn"::date,
  "sourceId",
  licence,
  attribution,
  "rankedCount",
  "quintileMinRanks",
  $1
from
  json_to_recordset($2::json) as e (
    edition smallint,
    title text,
    publisher text,
    "publishedOn" text,
    "sourceId" text,
    licence text,
    attribution text,
    "rankedCount" int,
    "quintileMinRanks" int[]
  )
on conflict (edition) do update
set
  title = excluded.title,
  publisher = excluded.publisher,
  published_on = excluded.published_on,
  source_id = excluded.source_id,
  licence = excluded.licence,
  attribution = excluded.attribution,
  ranked_count = excluded.ranked_count,
  quintile_min_ranks = excluded.quintile_min_ranks,
  origin = excluded.origin,
  loaded_at = now();

-- a backup of the imported editions, and a restore of one: insertScores
-- $1 = 2017
-- $2 = "[{\"code\":\"E09000033\",\"score\":1,\"rank\":1}]"
insert into
  mobility_scores (edition, code, score, rank)
select
  $1,
  code,
  score,
  rank
from
  json_to_recordset($2) as r (code text, score float8, rank int);
