-- The SQL of src/maps/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- FlatGeobuf of two features: text, integer, number and boolean properties (test values, a point each): flatGeobuf
-- $1 = 4326
-- $2 = "[{\"id\":\"a\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[-0.1281,51.508]},\"code\":\"E09000033\",\"rank\":1,\"score\":0.5,\"coastal\":false},{\"id\":\"b\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[-0.09,51.5]},\"code\":\"E09000028\",\"rank\":2,\"score\":0.25,\"coastal\":true}]"
select
  ST_AsFlatGeobuf (q, true, 'geom') as fgb
from
  (
    select
      r.id,
      (
        case
          when json_typeof(r."code") = 'string' then r."code" #>> '{}'
          else r."code"::text
        end
      ) as "code",
      r."rank",
      r."score",
      r."coastal",
      ST_SetSRID (ST_GeomFromGeoJSON (r.geometry), $1::int) as geom
    from
      json_to_recordset($2::json) as r (
        id text,
        geometry json,
        "code" json,
        "rank" bigint,
        "score" float8,
        "coastal" boolean
      )
  ) as q;

-- does PostGIS encode MVT itself: postgisHasProtobuf
select
  postgis_full_version () like '%PROTOBUF%' as native;

-- vector tile 6/31/21 by ST_AsMVT (simplified for zoom 6): vectorTile
-- $1 = 6
-- $2 = 31
-- $3 = 21
-- $4 = 4096
-- $5 = 64
-- $6 = 2016
-- $7 = "authorities"
-- $8 = 4096
with
  tile as (
    select
      ST_TileEnvelope ($1::int, $2::int, $3::int) as env
  ),
  features as (
    select
      ST_AsMVTGeom (
        ST_Transform (b.boundary_wgs84, 3857),
        tile.env,
        $4::int,
        $5::int,
        true
      ) as geom,
      a.code as "code",
      a.name as "name",
      m.rank as "rank",
      m.score as "score",
      (
        case
          when m.rank is null then null
          when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
          when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
          else 'NEITHER'
        end
      ) as "band",
      width_bucket(m.rank, e.quintile_min_ranks) as "quintile",
      cl.coastal as "coastal",
      c.rural as "rural",
      c.industrial as "industrial"
    from
      tile,
      authorities a
      join boundaries b on b.code = a.code
      join regions r on r.code = a.region_code
      left join populations p on p.code = a.code
      left join classifications c on c.code = a.code
      left join coastlines cl on cl.code = a.code
      left join editions e on e.edition = $6
      left join mobility_scores m on m.code = a.code
      and m.edition = e.edition
    where
      b.boundary_wgs84 && ST_Transform (tile.env, 4326)
  )
select
  ST_AsMVT (features.*, $7::text, $8::int, 'geom') as tile
from
  features
where
  geom is not null;

-- vector tile 12/2046/1362 without protobuf-c (PostGIS clips, vt-pbf encodes): vectorTileFeatures
-- $1 = 12
-- $2 = 2046
-- $3 = 1362
-- $4 = 0.015625
-- $5 = 4096
-- $6 = 2016
with
  t as (
    select
      ST_TileEnvelope ($1::int, $2::int, $3::int) as env
  ),
  features as (
    select
      ST_ForcePolygonCCW (
        ST_CollectionExtract (
          ST_MakeValid (
            ST_SnapToGrid (
              ST_Affine (
                ST_ClipByBox2D (
                  ST_Transform (b.boundary_wgs84, 3857),
                  ST_Expand (
                    t.env,
                    ((ST_XMax (t.env) - ST_XMin (t.env)) * $4::float8)
                  )::box2d
                ),
                ($5::float8 / (ST_XMax (t.env) - ST_XMin (t.env))),
                0,
                0,
                - ($5::float8 / (ST_XMax (t.env) - ST_XMin (t.env))),
                - ST_XMin (t.env) * ($5::float8 / (ST_XMax (t.env) - ST_XMin (t.env))),
                ST_YMax (t.env) * ($5::float8 / (ST_XMax (t.env) - ST_XMin (t.env)))
              ),
              1
            ),
            'method=structure'
          ),
          3
        )
      ) as g,
      a.code as "code",
      a.name as "name",
      m.rank as "rank",
      m.score as "score",
      (
        case
          when m.rank is null then null
          when width_bucket(m.rank, e.quintile_min_ranks) = 1 then 'HOTSPOT'
          when width_bucket(m.rank, e.quintile_min_ranks) = 5 then 'COLDSPOT'
          else 'NEITHER'
        end
      ) as "band",
      width_bucket(m.rank, e.quintile_min_ranks) as "quintile",
      cl.coastal as "coastal",
      c.rural as "rural",
      c.industrial as "industrial"
    from
      t,
      authorities a
      join boundaries b on b.code = a.code
      join regions r on r.code = a.region_code
      left join populations p on p.code = a.code
      left join classifications c on c.code = a.code
      left join coastlines cl on cl.code = a.code
      left join editions e on e.edition = $6
      left join mobility_scores m on m.code = a.code
      and m.edition = e.edition
    where
      b.boundary_wgs84 && ST_Transform (t.env, 4326)
  )
select
  ST_AsGeoJSON (g, 0)::json as geom,
  "code",
  "name",
  "rank",
  "score",
  "band",
  "quintile",
  "coastal",
  "rural",
  "industrial"
from
  features
where
  not ST_IsEmpty (g);

-- the districts' extent: districtsExtent
select
  ST_XMin (x) as minx,
  ST_YMin (x) as miny,
  ST_XMax (x) as maxx,
  ST_YMax (x) as maxy
from
  (
    select
      ST_Extent (b.boundary_wgs84) as x
    from
      authorities a
      join boundaries b on b.code = a.code
  ) e;
