-- SQL functions that let PostGraphile 4 answer the benchmark questions it cannot express from the
-- tables alone (computed columns on authorities, and custom queries), written the way a competent
-- PostGraphile user would: plain SQL functions, STABLE, using the same GiST indexes and the
-- precomputed adjacency the Atlas uses. The latest edition is the default, as in the Atlas.

create or replace function authorities_rank(a authorities) returns integer language sql stable as $$
  select m.rank from mobility_scores m
  where m.code = a.code and m.edition = (select max(edition) from editions)
$$;

create or replace function authorities_band(a authorities) returns text language sql stable as $$
  select case when m.rank < e.quintile_min_ranks[2] then 'HOTSPOT' when m.rank >= e.quintile_min_ranks[5] then 'COLDSPOT' else 'NEITHER' end
  from mobility_scores m join editions e on e.edition = m.edition
  where m.code = a.code and m.edition = (select max(edition) from editions)
$$;

create or replace function authorities_boundary_geojson(a authorities, simplify float8 default 0, "precision" integer default 6) returns json
language sql stable as $$
  select ST_AsGeoJSON(case when simplify > 0 then ST_Transform(ST_Multi(ST_SimplifyPreserveTopology(b.boundary_bng, simplify)), 4326) else b.boundary_wgs84 end, "precision")::json
  from boundaries b where b.code = a.code
$$;

create or replace function authorities_neighbours(a authorities) returns setof authorities language sql stable as $$
  select x.* from adjacencies l join authorities x on x.code = l.neighbour_code
  where l.code = a.code and (l.kind = 'LAND_BORDER' or l.gap_km <= 1)
  order by x.code
$$;

create or replace function authorities_nearest_hotspot(a authorities) returns authorities language sql stable as $$
  select x.* from boundaries bs, authorities x
  join boundaries bx on bx.code = x.code
  join mobility_scores m on m.code = x.code and m.edition = (select max(edition) from editions)
  join editions e on e.edition = m.edition
  where bs.code = a.code and x.code <> a.code and m.rank < e.quintile_min_ranks[2]
  order by bx.centroid_bng <-> bs.centroid_bng
  limit 1
$$;

create or replace function coldspots() returns setof authorities language sql stable as $$
  select x.* from authorities x
  join mobility_scores m on m.code = x.code and m.edition = (select max(edition) from editions)
  join editions e on e.edition = m.edition
  where m.rank >= e.quintile_min_ranks[5]
  order by x.code
$$;

create or replace function authority_at(lon float8, lat float8) returns authorities language sql stable as $$
  select x.* from authorities x join detailed_boundaries d on d.code = x.code
  where ST_Intersects(d.boundary_bng, ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 27700))
  order by x.code limit 1
$$;

create or replace function authorities_within_km(lon float8, lat float8, km float8) returns setof authorities language sql stable as $$
  select x.* from authorities x join detailed_boundaries d on d.code = x.code
  where ST_DWithin(d.boundary_bng, ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 27700), km * 1000)
  order by x.code
$$;
