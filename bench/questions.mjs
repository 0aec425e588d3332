// The benchmark's questions, as each system asks them, and how each answer is made comparable:
// shared by the benchmark (run.mjs) and the profiler (profile.mjs).
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';

const sortCodes = (codes) => [...codes].sort();
export const QUESTIONS = [
  {
    name: 'one district by code with rank and band',
    key: 'one',
    atlas: [
      '{ authority(code: "E09000033") { code name mobility { rank band } } }',
      (d) => ({
        code: d.authority.code,
        name: d.authority.name,
        rank: d.authority.mobility.rank,
        band: d.authority.mobility.band,
      }),
    ],
    postgraphile: ['{ authorityByCode(code: "E09000033") { code name rank band } }', (d) => d.authorityByCode],
  },
  {
    name: 'all districts with rank and band',
    key: 'all',
    atlas: [
      '{ authorities(first: 500) { nodes { code mobility { rank band } } } }',
      (d) =>
        d.authorities.nodes.map((n) => ({
          code: n.code,
          rank: n.mobility?.rank ?? null,
          band: n.mobility?.band ?? null,
        })),
    ],
    postgraphile: ['{ allAuthorities(orderBy: CODE_ASC) { nodes { code rank band } } }', (d) => d.allAuthorities.nodes],
  },
  {
    // The large list: what a dashboard's table asks of every district. PostGraphile would need
    // computed columns for band, quintile and the classification flags' rules: floor only.
    name: 'all districts with every scalar field, region, rank and band, classification and deprivation',
    key: 'large',
    atlas: [
      `{ authorities(first: 500) { nodes { code name population areaKm2 region { code name }
          mobility { score rank band quintile }
          classification { ruralUrbanCode rural industrial coastal coastlineKm areaType { supergroup { code } group { code } subgroup { code } } }
          deprivation { extent localConcentration imd { averageScore rankOfAverageScore } } } } }`,
      // The same JSON as the floor writes (bench/floor.mjs), compared as it is.
      (d) => d.authorities.nodes,
    ],
    postgraphile: null,
  },
  {
    name: 'all districts with simplified boundaries (GeoJSON)',
    key: 'boundaries',
    atlas: [
      '{ authorities(first: 500) { nodes { code boundary(simplifyMetres: 500, precision: 4) } } }',
      (d) => d.authorities.nodes.map((n) => ({ code: n.code, boundary: n.boundary })),
    ],
    postgraphile: [
      '{ allAuthorities(orderBy: CODE_ASC) { nodes { code boundaryGeojson(simplify: 500, precision: 4) } } }',
      (d) => d.allAuthorities.nodes.map((n) => ({ code: n.code, boundary: n.boundaryGeojson })),
    ],
  },
  {
    name: 'one district with its neighbours and nearest hotspot',
    key: 'neighbours',
    atlas: [
      '{ authority(code: "E09000028") { code neighbours { authority { code } } nearestHotspot { authority { code } } } }',
      (d) => ({
        code: d.authority.code,
        neighbours: sortCodes(d.authority.neighbours.map((n) => n.authority.code)),
        nearestHotspot: d.authority.nearestHotspot.authority.code,
      }),
    ],
    postgraphile: [
      '{ authorityByCode(code: "E09000028") { code neighbours { nodes { code } } nearestHotspot { code } } }',
      (d) => ({
        code: d.authorityByCode.code,
        neighbours: sortCodes(d.authorityByCode.neighbours.nodes.map((n) => n.code)),
        nearestHotspot: d.authorityByCode.nearestHotspot.code,
      }),
    ],
  },
  {
    name: "every coldspot with its neighbours and each neighbour's nearest hotspot",
    key: 'nested',
    atlas: [
      '{ authorities(first: 500, filter: { band: COLDSPOT }) { nodes { code neighbours { authority { code nearestHotspot { authority { code } } } } } } }',
      (d) =>
        d.authorities.nodes.map((n) => ({
          code: n.code,
          neighbours: n.neighbours.map((x) => [x.authority.code, x.authority.nearestHotspot.authority.code]).sort(),
        })),
    ],
    postgraphile: [
      '{ coldspots { nodes { code neighbours { nodes { code nearestHotspot { code } } } } } }',
      (d) =>
        d.coldspots.nodes.map((n) => ({
          code: n.code,
          neighbours: n.neighbours.nodes.map((x) => [x.code, x.nearestHotspot.code]).sort(),
        })),
    ],
  },
  {
    name: 'point lookup',
    key: 'point',
    atlas: ['{ authorityAt(lon: -1.8904, lat: 52.4862) { code } }', (d) => d.authorityAt],
    postgraphile: ['{ authorityAt(lon: -1.8904, lat: 52.4862) { code } }', (d) => d.authorityAt],
  },
  {
    name: 'districts within 10 km of a point',
    key: 'within',
    atlas: [
      '{ authorities(first: 500, filter: { withinKm: { km: 10, lon: -2.2426, lat: 53.4808 } }) { nodes { code } } }',
      (d) => sortCodes(d.authorities.nodes.map((n) => n.code)),
    ],
    postgraphile: [
      '{ authoritiesWithinKm(lon: -2.2426, lat: 53.4808, km: 10) { nodes { code } } }',
      (d) => sortCodes(d.authoritiesWithinKm.nodes.map((n) => n.code)),
    ],
  },
];

// Map questions: HTTP GETs only Atlas and the floor answer (the GraphQL engines serve no tiles or
// OGC API). Each answer is decoded to what both must agree on.
export const TILE = { z: 6, x: 31, y: 21 }; // the Midlands, the Welsh border and the South West: the busiest z6 tile
export const MAP_QUESTIONS = [
  {
    name: `vector tile z${TILE.z} (${TILE.z}/${TILE.x}/${TILE.y}.mvt)`,
    key: 'tile',
    path: `/tiles/${TILE.z}/${TILE.x}/${TILE.y}.mvt`,
    decode: (bytes) => {
      const layer = new VectorTile(new PbfReader(new Uint8Array(bytes))).layers.authorities;
      const out = [];
      for (let i = 0; i < layer.length; i++) {
        const p = layer.feature(i).properties;
        out.push([p.code, p.band ?? null, p.rank ?? null]);
      }
      return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    },
  },
  {
    name: 'OGC API page of 100 districts',
    key: 'ogc',
    path: '/ogc/collections/authorities/items?limit=100',
    decode: (bytes) => {
      const fc = JSON.parse(Buffer.from(bytes).toString('utf8'));
      return {
        matched: fc.numberMatched,
        features: fc.features.map((f) => [f.id, f.properties.band, f.properties.rank, f.geometry.type]),
      };
    },
  },
];
