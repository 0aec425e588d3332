/**
 * The requests `npm run abuse` sends in its bursts: hostile ones (each must be refused quickly
 * with a 4xx and a code) and heavy ones (the costliest questions the limits let through).
 */
const LIST =
  'query List($filter: AuthorityFilter) { authorities(first: 500, filter: $filter) { totalCount nodes { code } } }';

export interface Attack {
  name: string;
  kind: 'hostile' | 'heavy';
  body: string;
}

export function attacks(): Attack[] {
  const deep = (levels: number): string =>
    `{"query":${JSON.stringify(LIST)},"variables":{"filter":${'{"not":'.repeat(levels)}{"rural":true}${'}'.repeat(levels)}}}`;
  const json = (query: string, variables?: unknown): string => JSON.stringify({ query, variables });
  const line = Array.from({ length: 30000 }, (_, i) => [-2 + i / 100000, 53]);
  return [
    { name: 'variables nested 100,000 deep', kind: 'hostile', body: deep(100000) },
    { name: 'variables nested 5,000 deep', kind: 'hostile', body: deep(5000) },
    {
      name: 'inline filter nested 50,000 deep',
      kind: 'hostile',
      body: json(
        `{ authorities(filter: ${'{ not: '.repeat(50000)}{ rural: true }${' }'.repeat(50000)}) { totalCount } }`,
      ),
    },
    {
      name: '20,000 or-branches',
      kind: 'hostile',
      body: json(LIST, { filter: { or: Array.from({ length: 20000 }, () => ({ codes: ['E06000001'] })) } }),
    },
    {
      name: '300 or-branches in 3 lists',
      kind: 'hostile',
      body: json(LIST, {
        filter: { and: [1, 2, 3].map(() => ({ or: Array.from({ length: 100 }, () => ({ rural: true })) })) },
      }),
    },
    {
      name: 'string of 500,000 characters',
      kind: 'hostile',
      body: json(LIST, { filter: { nameContains: 'x'.repeat(500000) } }),
    },
    {
      name: 'GeoJSON of 30,000 positions',
      kind: 'hostile',
      body: json(LIST, { filter: { intersects: { type: 'LineString', coordinates: line } } }),
    },
    {
      name: 'first: 100000',
      kind: 'hostile',
      body: json('{ authorities(first: 100000) { nodes { code boundary } } }'),
    },
    {
      name: 'over the cost limit',
      kind: 'hostile',
      body: json('{ authorities(first: 500) { nodes { boundary neighbours(depth: 3) { authority { boundary } } } } }'),
    },
    {
      name: 'selections nested 10,000 deep',
      kind: 'hostile',
      body: json(`${'{ a '.repeat(10000)}${'}'.repeat(10000)}`),
    },
    { name: 'broken JSON', kind: 'hostile', body: '{"query": "{ authorities { totalCount } "' },
    {
      name: 'all 326 full boundaries',
      kind: 'heavy',
      body: json('{ authorities(first: 326) { nodes { code boundary } } }'),
    },
    {
      name: 'coldspots, neighbours, their nearest hotspot',
      kind: 'heavy',
      body: json(
        '{ authorities(first: 100, filter: { band: COLDSPOT }) { nodes { code neighbours { authority { code nearestHotspot { distanceKm authority { code } } } } } } }',
      ),
    },
    {
      name: 'every district within 200 km of Birmingham, simplified',
      kind: 'heavy',
      body: json(
        '{ authorities(first: 500, filter: { withinKm: { km: 200, lon: -1.8904, lat: 52.4862 } }) { nodes { code boundary(simplifyMetres: 500) } } }',
      ),
    },
  ];
}
