-- Geography: regions, GB-wide district boundaries and the English local authority districts.
--
-- boundaries holds every district of Great Britain (England, Wales, Scotland; December 2017 =
-- December 2016 in England) so that land borders with Wales and Scotland exist as shared edges.
-- authorities holds the 326 English districts the API serves; each has a boundary.

create table regions (
  code text primary key check (code ~ '^E12[0-9]{6}$'),
  name text not null unique
);

create table boundaries (
  code text primary key check (code ~ '^[EWS][0-9]{8}$'),
  name text not null,
  country char(1) not null check (country in ('E', 'W', 'S')),
  -- Clipped to the coastline, super generalised (200 m), made valid at load.
  boundary_bng geometry(MultiPolygon, 27700) not null,
  -- The same boundary in WGS84, precomputed so GeoJSON output and bbox filters skip a transform.
  boundary_wgs84 geometry(MultiPolygon, 4326) not null,
  centroid_bng geometry(Point, 27700) not null,
  centroid_wgs84 geometry(Point, 4326) not null,
  -- Planar area of boundary_bng in km² (EPSG:27700).
  area_km2 double precision not null check (area_km2 > 0)
);
create index boundaries_boundary_bng_gist on boundaries using gist (boundary_bng);
create index boundaries_boundary_wgs84_gist on boundaries using gist (boundary_wgs84);
create index boundaries_centroid_bng_gist on boundaries using gist (centroid_bng);

create table authorities (
  code text primary key references boundaries (code) check (code ~ '^E0[6-9][0-9]{6}$'),
  name text not null,
  region_code text not null references regions (code)
);
create unique index authorities_lower_name on authorities (lower(name));
create index authorities_region_code on authorities (region_code);
