// The floor: a minimal Node HTTP server that runs hand-written SQL for each benchmark question
// through `pg` and returns the answer as JSON, with no GraphQL at all. Usage:
//   DATABASE_URL=postgres://... PORT=4400 node bench/floor.mjs
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const LATEST = '(select max(edition) from editions)';
const BAND = `case when m.rank is null then null when m.rank < e.quintile_min_ranks[2] then 'HOTSPOT' when m.rank >= e.quintile_min_ranks[5] then 'COLDSPOT' else 'NEITHER' end`;
const NEAREST_HOTSPOT = `(select x.code from authorities x join boundaries bx on bx.code = x.code
    join mobility_scores hm on hm.code = x.code and hm.edition = ${LATEST} join editions he on he.edition = hm.edition
    where x.code <> s.code and hm.rank < he.quintile_min_ranks[2] order by bx.centroid_bng <-> sb.centroid_bng limit 1)`;
const NEIGHBOURS = (
  alias,
) => `(select l.neighbour_code from adjacencies l join authorities nx on nx.code = l.neighbour_code
    where l.code = ${alias}.code and (l.kind = 'LAND_BORDER' or l.gap_km <= 1))`;

const QUESTIONS = {
  one: async () =>
    (
      await pool.query(
        `select a.code, a.name, m.rank, ${BAND} as band from authorities a
      left join mobility_scores m on m.code = a.code and m.edition = ${LATEST} left join editions e on e.edition = m.edition
      where a.code = $1`,
        ['E09000033'],
      )
    ).rows[0],
  all: async () =>
    (
      await pool.query(`select a.code, m.rank, ${BAND} as band from authorities a
      left join mobility_scores m on m.code = a.code and m.edition = ${LATEST} left join editions e on e.edition = m.edition order by a.code`)
    ).rows,
  // The same JSON as Atlas's answer (the nodes: objects keyed by field name, nested as the query
  // nests them), built as a hand-written endpoint would: plain columns from one statement, the
  // objects made in JavaScript and written by JSON.stringify. Measured against the other ways of
  // writing it (2026-12-05, c=8): json_agg(json_build_object(...))::text sent as is, 204-244 req/s
  // (and 16 % more bytes: PostgreSQL pads keys with spaces); json_build_object per row parsed by pg
  // and stringified, 182-211; this, 222-231. `?rows=` limits the districts (bench/curve.mjs).
  large: async (params) => {
    const { rows } = await pool.query({
      // Prepared once per connection, as Atlas's statements are: planning these ten joins
      // costs more than running them.
      name: 'large',
      rowMode: 'array',
      values: [Number(params.get('rows') ?? 1000)],
      text: `select a.code, a.name, p.persons_mid2016, b.area_km2, r.code, r.name, m.code is not null, m.score, m.rank, ${BAND},
          width_bucket(m.rank, e.quintile_min_ranks), c.rural_urban_code, c.rural, c.industrial,
          coalesce(cl.coastal, false), coalesce(cl.coastline_km, 0), sg.code, g.code, s.code,
          d.code is not null, d.extent, d.local_concentration, d.average_score, d.rank_of_average_score
        from (select * from authorities order by code limit $1) a
        join boundaries b on b.code = a.code left join populations p on p.code = a.code
        join regions r on r.code = a.region_code
        left join mobility_scores m on m.code = a.code and m.edition = ${LATEST} left join editions e on e.edition = m.edition
        join classifications c on c.code = a.code left join coastlines cl on cl.code = a.code
        join area_classes s on s.code = c.area_subgroup_code join area_classes g on g.code = s.parent_code
        join area_classes sg on sg.code = g.parent_code
        left join deprivation_domains d on d.code = a.code and d.domain = 'IMD'
        order by a.code`,
    });
    // numeric columns come from pg as text.
    return rows.map((r) => ({
      code: r[0],
      name: r[1],
      population: r[2],
      areaKm2: Number(r[3]),
      region: { code: r[4], name: r[5] },
      mobility: r[6] ? { score: r[7], rank: r[8], band: r[9], quintile: r[10] } : null,
      classification: {
        ruralUrbanCode: r[11],
        rural: r[12],
        industrial: r[13],
        coastal: r[14],
        coastlineKm: Number(r[15]),
        areaType: { supergroup: { code: r[16] }, group: { code: r[17] }, subgroup: { code: r[18] } },
      },
      deprivation: r[19]
        ? {
            extent: Number(r[20]),
            localConcentration: Number(r[21]),
            imd: { averageScore: Number(r[22]), rankOfAverageScore: r[23] },
          }
        : null,
    }));
  },
  boundaries: async () =>
    (
      await pool.query(`select a.code, ST_AsGeoJSON(ST_Transform(ST_Multi(ST_SimplifyPreserveTopology(b.boundary_bng, 500)), 4326), 4)::json as boundary
      from authorities a join boundaries b on b.code = a.code order by a.code`)
    ).rows,
  neighbours: async () =>
    (
      await pool.query(
        `select s.code,
      array(select code from (select l.neighbour_code as code from adjacencies l join authorities nx on nx.code = l.neighbour_code
                              where l.code = s.code and (l.kind = 'LAND_BORDER' or l.gap_km <= 1)) n order by code) as neighbours,
      ${NEAREST_HOTSPOT} as "nearestHotspot"
      from authorities s join boundaries sb on sb.code = s.code where s.code = $1`,
        ['E09000028'],
      )
    ).rows[0],
  nested: async () =>
    (
      await pool.query(`with cold as (
        select c.code from authorities c join mobility_scores m on m.code = c.code and m.edition = ${LATEST}
        join editions e on e.edition = m.edition where m.rank >= e.quintile_min_ranks[5])
      select cold.code, coalesce((select json_agg(json_build_array(s.code, ${NEAREST_HOTSPOT}) order by s.code)
                                  from authorities s join boundaries sb on sb.code = s.code where s.code in ${NEIGHBOURS('cold')}), '[]') as neighbours
      from cold order by cold.code`)
    ).rows,
  point: async () =>
    (
      await pool.query(
        `select x.code from authorities x join detailed_boundaries d on d.code = x.code
      where ST_Intersects(d.boundary_bng, ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 27700)) order by x.code limit 1`,
        [-1.8904, 52.4862],
      )
    ).rows[0] ?? null,
  within: async () =>
    (
      await pool.query(
        `select x.code from authorities x join detailed_boundaries d on d.code = x.code
      where ST_DWithin(d.boundary_bng, ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 27700), $3) order by x.code`,
        [-2.2426, 53.4808, 10000],
      )
    ).rows.map((r) => r.code),
  // Tile 6/31/21 (src/maps/tiles.queries.ts simplifies below zoom 6 only).
  tile: async () =>
    (
      await pool.query(`with t as (select ST_TileEnvelope(6, 31, 21) as env),
      f as (select ST_AsMVTGeom(ST_Transform(b.boundary_wgs84, 3857), t.env, 4096, 64, true) as geom,
                   a.code, a.name, m.rank, m.score, ${BAND} as band, width_bucket(m.rank, e.quintile_min_ranks) as quintile,
                   cl.coastal, c.rural, c.industrial
            from t, authorities a join boundaries b on b.code = a.code
            left join classifications c on c.code = a.code left join coastlines cl on cl.code = a.code
            left join mobility_scores m on m.code = a.code and m.edition = ${LATEST} left join editions e on e.edition = ${LATEST}
            where b.boundary_wgs84 && ST_Transform(t.env, 4326))
      select ST_AsMVT(f.*, 'authorities', 4096, 'geom') as tile from f where geom is not null`)
    ).rows[0].tile,
  // An OGC API items page: the first 100 districts by code, stored boundaries, with the count.
  ogc: async () =>
    (
      await pool.query(`select json_build_object('type', 'FeatureCollection', 'numberMatched', (select count(*) from authorities),
        'features', json_agg(json_build_object('type', 'Feature', 'id', p.code, 'geometry', ST_AsGeoJSON(b.boundary_wgs84, 6)::json,
          'properties', json_build_object('code', p.code, 'name', p.name, 'region', r.name, 'rank', m.rank, 'score', m.score, 'band', ${BAND},
            'quintile', width_bucket(m.rank, e.quintile_min_ranks), 'coastal', cl.coastal, 'rural', c.rural, 'industrial', c.industrial,
            'population', po.persons_mid2016)) order by p.code)) as page
      from (select code, name, region_code from authorities order by code limit 100) p join boundaries b on b.code = p.code
      join regions r on r.code = p.region_code left join classifications c on c.code = p.code left join coastlines cl on cl.code = p.code
      left join populations po on po.code = p.code
      left join mobility_scores m on m.code = p.code and m.edition = ${LATEST} left join editions e on e.edition = ${LATEST}`)
    ).rows[0].page,
};

// Exits on SIGINT, so that a profiler (`node --cpu-prof`, bench/profile.mjs) writes its profile.
process.on('SIGINT', () => process.exit(0));

http
  .createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://floor');
    const name = url.pathname.replace(/^\/q\//, '');
    const question = QUESTIONS[name];
    if (!question) {
      res.writeHead(404).end();
      return;
    }
    try {
      const answer = await question(url.searchParams);
      if (Buffer.isBuffer(answer))
        res.writeHead(200, { 'content-type': 'application/vnd.mapbox-vector-tile' }).end(answer);
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(err) }));
    }
  })
  .listen(Number(process.env.PORT ?? 4400), '127.0.0.1');
