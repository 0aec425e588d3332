-- Spatial relations precomputed by the seed build (src/imports/spatial.derive.ts), so a request
-- never recomputes them, and the detailed boundaries used for point lookups.

-- Both directions of every pair of GB districts that share a land border or face each other
-- across water (up to the 10 km cap).
create table adjacencies (
  code text not null references boundaries (code) on delete cascade,
  neighbour_code text not null references boundaries (code) on delete cascade,
  kind text not null check (kind in ('LAND_BORDER', 'ACROSS_WATER')),
  -- LAND_BORDER only: length of the shared boundary, km (EPSG:27700).
  shared_border_km double precision check ((kind = 'LAND_BORDER') = (shared_border_km is not null)),
  -- ACROSS_WATER only: shortest distance between the boundaries, km (EPSG:27700).
  gap_km double precision check ((kind = 'ACROSS_WATER') = (gap_km is not null)),
  primary key (code, neighbour_code),
  check (code <> neighbour_code)
);
create index adjacencies_neighbour_code on adjacencies (neighbour_code);

-- Boundary facing open water at least 2 km wide, per English district.
create table coastlines (
  code text primary key references authorities (code) on delete cascade,
  coastline_km double precision not null check (coastline_km >= 0),
  coastal boolean not null
);

-- ONS December 2013 generalised (20 m) clipped boundaries, England: the most detailed the
-- project has; used to find the district a point is in.
create table detailed_boundaries (
  code text primary key references authorities (code) on delete cascade,
  boundary_bng geometry(MultiPolygon, 27700) not null
);
create index detailed_boundaries_boundary_bng_gist on detailed_boundaries using gist (boundary_bng);
