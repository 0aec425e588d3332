-- The SQL of src/common/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- all sources: allSources
select
  id,
  title,
  publisher,
  published,
  url,
  licence,
  attribution
from
  sources
order by
  id;

-- validity of a caller geometry: geometryValidity
-- $1 = ["{\"type\":\"Polygon\",\"coordinates\":[[[-0.2,51.45],[0,51.45],[0,51.55],[-0.2,51.55],[-0.2,51.45]]]}"]
select
  t as geojson,
  ST_IsValid (g) as valid,
  ST_IsValidReason (g) as reason
from
  unnest($1::text[]) as t,
  lateral (
    select
      ST_GeomFromGeoJSON (t) as g
  ) as parsed;
