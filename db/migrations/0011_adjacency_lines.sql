-- The neighbours as lines, for maps and GIS tools (the OGC API's `neighbours` collection): for
-- each pair of English districts in adjacencies, once (code < neighbour_code), the border they
-- share (LAND_BORDER: the intersection of their boundaries, merged into lines) or the shortest
-- line between them across the water (ACROSS_WATER), in EPSG:27700. Derived from boundaries
-- and adjacencies by refresh_adjacency_lines(), which this migration runs (for a database
-- loaded before it) and the seed load runs after it writes those tables.

create table adjacency_lines (
  code text not null,
  neighbour_code text not null,
  line_bng geometry(MultiLineString, 27700) not null,
  primary key (code, neighbour_code),
  foreign key (code, neighbour_code) references adjacencies (code, neighbour_code) on delete cascade,
  check (code < neighbour_code)
);
create index adjacency_lines_neighbour_code on adjacency_lines (neighbour_code);
create index adjacency_lines_line_bng_gist on adjacency_lines using gist (line_bng);

create function refresh_adjacency_lines() returns void language sql as $$
  delete from adjacency_lines;
  insert into adjacency_lines (code, neighbour_code, line_bng)
  select l.code, l.neighbour_code,
         ST_Multi(case when l.kind = 'LAND_BORDER'
                       then ST_LineMerge(ST_CollectionExtract(ST_Intersection(b1.boundary_bng, b2.boundary_bng), 2))
                       else ST_ShortestLine(b1.boundary_bng, b2.boundary_bng) end)
  from adjacencies l
  join authorities a1 on a1.code = l.code
  join authorities a2 on a2.code = l.neighbour_code
  join boundaries b1 on b1.code = l.code
  join boundaries b2 on b2.code = l.neighbour_code
  where l.code < l.neighbour_code;
$$;

select refresh_adjacency_lines();

create trigger adjacency_lines_bumps_data_version after insert or update or delete or truncate on adjacency_lines
  for each statement execute function bump_data_version();
