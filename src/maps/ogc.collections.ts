/**
 * The collections of the OGC API: what each is, the query parameters of its items, and how it
 * reads a page of features or one feature (each in one statement, built by PostgreSQL).
 * - `authorities`: the 326 districts of 2016 with their index figures (filter/features.queries.ts,
 *   the SQL GraphQL's featureCollection uses, its filter compiled by the same criteria);
 * - `areas`: the areas people name, 2014–2025 (councils, counties, metropolitan counties, combined
 *   authorities, regions, England) with a summary of their 2016 districts (areas/areas.queries.ts).
 */
import {
  AREA_KINDS,
  AREA_YEARS,
  AreaLoaders,
  areaFeatures,
  countAreaFeatures,
  searchForm,
  type AreaFeatureFilter,
} from '../areas';
import { BadUserInputError, Crs, DEFAULT_PRECISION, type RequestContext } from '../common';
import { compileFilter, type ParsedFilter } from './cql2/cql2';
import {
  AuthorityOrder,
  COMPARABLE_PROPERTIES,
  countAuthorities,
  criteriaFromFilter,
  FEATURE_PROPERTIES,
  featureCollection,
  type AuthorityCriteria,
  type AuthorityFilter,
  type ComparableProperty,
  type FeaturePropertyName,
  type SortKey,
} from '../filter';
import { MobilityLoaders, pickEdition, type Band } from '../mobility';
import { nearestHotspotFeatures, neighbourFeatures } from '../spatial';
import { boolParameter, intParameter } from './http';
import { MapLoaders } from './maps.loaders';

export type Query = Record<string, unknown>;

export interface Feature {
  id: string;
  properties: Record<string, unknown>;
}

export interface Page {
  collection: { type: 'FeatureCollection'; features: Feature[] };
  numberMatched: number;
}

/** What an items request asks for besides the collection's own parameters. */
export interface ItemsRequest {
  query: Query;
  limit: number;
  offset: number;
  srid: 4326 | 27700;
  spatial: { bbox?: [number, number, number, number]; bboxBng?: [number, number, number, number] };
  /** A CQL2 filter (Part 3), parsed, and the CRS of its geometries (filter-crs). */
  filter?: { parsed: ParsedFilter; srid: 4326 | 27700 };
}

export interface OgcCollection {
  id: string;
  title: string;
  description: string;
  /** What one item is, for titles and messages ("district"). */
  itemName: string;
  /** What the code of an item looks like, for the not-found message. */
  idExample: string;
  /** The items' query parameters besides f, limit, offset, bbox, bbox-crs and crs. */
  parameters: readonly string[];
  /** Their OpenAPI descriptions. */
  openApiParameters: object[];
  /**
   * The queryables (Part 3): each property a CQL2 filter may name, as JSON Schema. A collection
   * without them takes no filter.
   */
  queryables?: Record<string, Record<string, unknown>>;
  extent(ctx: RequestContext): Promise<number[]>;
  /** The admission cost of a page of `limit` items. */
  cost(limit: number): number;
  items(ctx: RequestContext, request: ItemsRequest): Promise<Page>;
  item(ctx: RequestContext, id: string, query: Query, srid: 4326 | 27700): Promise<Feature | null>;
}

export function stringParameter(query: Query, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new BadUserInputError(name, `${name} must be given once`);
  if (raw.length > 200)
    throw new BadUserInputError(name, `${name} must be at most 200 characters long (got ${raw.length})`);
  return raw;
}

const text = (description: string, extra: object = {}) => ({
  in: 'query',
  required: false,
  style: 'form',
  explode: false,
  description,
  schema: { type: 'string', ...extra },
});
const flag = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'boolean' },
});
const editionParameter = {
  name: 'edition',
  in: 'query',
  required: false,
  description: 'Edition of the index (default the latest).',
  schema: { type: 'integer' },
};
const precisionOf = (srid: 4326 | 27700): number => DEFAULT_PRECISION[srid === 27700 ? Crs.BNG : Crs.WGS84];

// The districts.

const BANDS: Band[] = ['HOTSPOT', 'COLDSPOT', 'NEITHER'];

/** The items request's filter, as the GraphQL filter it stands for (criteriaFromFilter checks it). */
function authorityFilter(query: Query): AuthorityFilter {
  const filter: Record<string, unknown> = {};
  const band = stringParameter(query, 'band');
  if (band !== undefined) {
    const upper = band.toUpperCase() as Band;
    if (!BANDS.includes(upper))
      throw new BadUserInputError(
        'band',
        `band must be one of ${BANDS.join(', ')} (got ${JSON.stringify(band.slice(0, 40))})`,
      );
    filter.band = upper;
  }
  for (const name of ['region', 'area'] as const) {
    const value = stringParameter(query, name);
    if (value !== undefined) filter[name] = value;
  }
  for (const name of ['rural', 'coastal', 'industrial'] as const) {
    const value = boolParameter(query, name);
    if (value !== undefined) filter[name] = value;
  }
  const edition = intParameter(query, 'edition', 0, 9999);
  if (edition !== undefined) filter.edition = edition;
  return filter as AuthorityFilter;
}

/** `sortby=-rank,name`: queryables (not the geometry), each descending with "-", ascending with "+" or nothing. */
function sortByParameter(query: Query): SortKey[] | undefined {
  const raw = stringParameter(query, 'sortby');
  if (raw === undefined) return undefined;
  const names = Object.keys(COMPARABLE_PROPERTIES);
  const keys = raw.split(',').map((part) => {
    // A "+" in a query string arrives as a space.
    const key = part.trim();
    const descending = key.startsWith('-');
    const name = key.replace(/^[-+]/, '');
    if (!names.includes(name))
      throw new BadUserInputError(
        'sortby',
        `sortby names queryables, each with - for descending: ${names.join(', ')} (got ${JSON.stringify(name.slice(0, 40))})`,
      );
    return { property: name as ComparableProperty, descending };
  });
  if (new Set(keys.map((k) => k.property)).size !== keys.length)
    throw new BadUserInputError('sortby', `sortby names each property at most once (got ${JSON.stringify(raw)})`);
  return keys;
}

/** `properties=code,name,band`: the properties each feature carries, in that order (default all). */
function propertiesParameter(query: Query): readonly FeaturePropertyName[] {
  const raw = stringParameter(query, 'properties');
  if (raw === undefined) return FEATURE_PROPERTIES;
  const names = raw.split(',').map((p) => p.trim());
  for (const name of names)
    if (!(FEATURE_PROPERTIES as readonly string[]).includes(name))
      throw new BadUserInputError(
        'properties',
        `properties must be a comma-separated list of ${FEATURE_PROPERTIES.join(', ')} (got ${JSON.stringify(name.slice(0, 40))})`,
      );
  return [...new Set(names)] as FeaturePropertyName[];
}

/** A page of districts (in code order unless sorted): stored boundaries, the properties asked for, the geometry in the CRS asked for. */
function authorityPage(
  ctx: RequestContext,
  criteria: AuthorityCriteria,
  srid: 4326 | 27700,
  limit: number,
  offset: number,
  sortBy?: SortKey[],
  properties: readonly FeaturePropertyName[] = FEATURE_PROPERTIES,
) {
  const page = { order: AuthorityOrder.CODE_ASC, orderEdition: criteria.edition, limit, offset, sortBy };
  return featureCollection(
    ctx.db,
    criteria,
    page,
    {
      simplifyMetres: 0,
      precision: precisionOf(srid),
      srid,
      properties,
      edition: criteria.edition,
    },
    false,
  );
}

/** What each property of a district is, for the queryables (its type comes from COMPARABLE_PROPERTIES). */
const AUTHORITY_PROPERTY_DOCS: Record<
  keyof typeof COMPARABLE_PROPERTIES,
  [title: string, description: string, extra?: object]
> = {
  code: ['ONS code', 'ONS LAD 2016 code, e.g. E09000033.'],
  name: ['Name', 'District name, e.g. Westminster.'],
  region: ['Region', 'Name of the region the district is in, e.g. North East.'],
  rank: [
    'Rank',
    'Social Mobility Index rank in the edition, 1 = best; null for districts the edition does not rank.',
    { minimum: 1 },
  ],
  score: ['Score', 'Social Mobility Index overall score in the edition (higher is better).'],
  band: ['Band', 'HOTSPOT (top fifth), COLDSPOT (bottom fifth) or NEITHER in the edition.', { enum: BANDS }],
  quintile: ['Quintile', 'Quintile of the rank, 1 (best) to 5.', { minimum: 1, maximum: 5 }],
  coastal: ['Coastal', 'At least 0.5 km of the boundary faces open water at least 2 km wide.'],
  rural: ['Rural', 'DEFRA 2011 Predominantly Rural.'],
  industrial: ['Industrial', 'ONS 2011 area classification: Services and Industrial Legacy, or Manufacturing Traits.'],
  population: ['Population', 'ONS mid-2016 population estimate.', { minimum: 0 }],
};

const AUTHORITY_QUERYABLES: Record<string, Record<string, unknown>> = {
  geometry: {
    title: 'Boundary',
    description: 'The district boundary (ONS LAD 2016, clipped to the coastline, generalised to about 200 m).',
    format: 'geometry-multipolygon',
    'x-ogc-role': 'primary-geometry',
  },
  ...Object.fromEntries(
    Object.entries(AUTHORITY_PROPERTY_DOCS).map(([name, [title, description, extra]]) => [
      name,
      { title, description, type: COMPARABLE_PROPERTIES[name as keyof typeof COMPARABLE_PROPERTIES], ...extra },
    ]),
  ),
};

export const AUTHORITIES: OgcCollection = {
  id: 'authorities',
  title: "England's local authority districts",
  description:
    "The 326 districts of England (ONS LAD 2016, clipped to the coastline, generalised to about 200 m) with the Social Mobility Index's rank, score, band and quintile, and their rural, coastal and industrial classification.",
  itemName: 'district',
  idExample: 'ONS LAD16 codes such as E09000033',
  parameters: ['band', 'region', 'area', 'rural', 'coastal', 'industrial', 'edition', 'sortby', 'properties'],
  openApiParameters: [
    { name: 'band', ...text('HOTSPOT, COLDSPOT or NEITHER in the edition.', { enum: BANDS }) },
    { name: 'region', ...text('Region name or E12 code.') },
    {
      name: 'area',
      ...text(
        'The districts of an area: its ONS code (a county, council, combined authority, …; see the areas collection).',
      ),
    },
    flag('rural', 'DEFRA 2011 Predominantly Rural.'),
    flag('coastal', 'At least 0.5 km of the boundary faces open water at least 2 km wide.'),
    flag('industrial', 'ONS 2011 area classification: Services and Industrial Legacy, or Manufacturing Traits.'),
    editionParameter,
    {
      name: 'sortby',
      ...text(
        'Order of the districts: queryables separated by commas, each with - for descending (+ or nothing: ascending), e.g. -score,name; nulls last, then by code. Default: by code.',
      ),
    },
    {
      name: 'properties',
      ...text(
        `The properties each feature carries, comma-separated, in that order: ${FEATURE_PROPERTIES.join(', ')}. Default: all.`,
      ),
    },
  ],
  queryables: AUTHORITY_QUERYABLES,
  extent: (ctx) => ctx.use(MapLoaders).extent(),
  cost: (limit) => 5 + limit,
  async items(ctx, r) {
    let criteria = { ...(await criteriaFromFilter(ctx, authorityFilter(r.query), 'query')), ...r.spatial };
    if (r.filter) {
      const cql = await compileFilter(ctx, r.filter.parsed, criteria.edition, r.filter.srid);
      criteria = { ...criteria, and: [...(criteria.and ?? []), cql] };
    }
    const { collection, matched } = await authorityPage(
      ctx,
      criteria,
      r.srid,
      r.limit,
      r.offset,
      sortByParameter(r.query),
      propertiesParameter(r.query),
    );
    // An empty page says nothing of how many match: past the end they are counted apart.
    return {
      collection: collection as Page['collection'],
      numberMatched: matched ?? (r.offset > 0 ? await countAuthorities(ctx.db, criteria) : 0),
    };
  },
  async item(ctx, id, query, srid) {
    const edition = pickEdition(
      await ctx.use(MobilityLoaders).editions(),
      intParameter(query, 'edition', 0, 9999),
      'edition',
    ).edition;
    const { collection } = await authorityPage(ctx, { codes: [id], edition }, srid, 1, 0);
    return (collection.features[0] as Feature | undefined) ?? null;
  },
};

// The areas people name.

function areaFilter(query: Query): AreaFeatureFilter {
  const kind = stringParameter(query, 'kind')?.toUpperCase();
  if (kind !== undefined && !(AREA_KINDS as readonly string[]).includes(kind)) {
    throw new BadUserInputError(
      'kind',
      `kind must be one of ${AREA_KINDS.join(', ')} (got ${JSON.stringify(kind.slice(0, 40))})`,
    );
  }
  const name = stringParameter(query, 'name');
  return {
    text: name === undefined ? null : searchForm(name) || null,
    kind: (kind as AreaFeatureFilter['kind']) ?? null,
    year: intParameter(query, 'asOf', AREA_YEARS.first, AREA_YEARS.last) ?? null,
  };
}

async function areaEdition(ctx: RequestContext, query: Query): Promise<number> {
  return pickEdition(await ctx.use(MobilityLoaders).editions(), intParameter(query, 'edition', 0, 9999), 'edition')
    .edition;
}

export const AREAS: OgcCollection = {
  id: 'areas',
  title: 'Areas people name, 2014–2025',
  description:
    "England's councils of 2016 to 2025 (the 2016 districts and the councils made since), two-tier counties, metropolitan counties, combined authorities, regions and England (ONS), each as the union of its 2016 districts, with years in force and a summary of its districts' Social Mobility Index figures in an edition. The summary is derived by this API, not published by the Commission.",
  itemName: 'area',
  idExample: 'ONS codes such as E10000020 (Norfolk) or E06000066 (Somerset Council)',
  parameters: ['kind', 'asOf', 'name', 'edition'],
  openApiParameters: [
    {
      name: 'kind',
      ...text('DISTRICT (a council), COUNTY, METROPOLITAN_COUNTY, COMBINED_AUTHORITY, REGION or COUNTRY.', {
        enum: AREA_KINDS,
      }),
    },
    {
      name: 'asOf',
      in: 'query',
      required: false,
      description: `Only areas in force in this year, ${AREA_YEARS.first}..${AREA_YEARS.last}.`,
      schema: { type: 'integer', minimum: AREA_YEARS.first, maximum: AREA_YEARS.last },
    },
    { name: 'name', ...text('Part of the name; case, accents and punctuation are ignored.') },
    editionParameter,
  ],
  extent: (ctx) => ctx.use(MapLoaders).extent(),
  cost: (limit) => 5 + 10 * limit,
  async items(ctx, r) {
    const edition = await areaEdition(ctx, r.query);
    const filter = { ...areaFilter(r.query), ...r.spatial };
    const { collection, matched } = await areaFeatures(ctx.db, filter, r, {
      simplifyMetres: 0,
      precision: precisionOf(r.srid),
      srid: r.srid,
      edition,
    });
    return {
      collection: collection as Page['collection'],
      numberMatched: matched ?? (r.offset > 0 ? await countAreaFeatures(ctx.db, filter) : 0),
    };
  },
  async item(ctx, id, query, srid) {
    if (!(await ctx.use(AreaLoaders).byCode.load(id))) return null;
    const { collection } = await areaFeatures(
      ctx.db,
      { text: null, kind: null, year: null, codes: [id] },
      { limit: 1, offset: 0 },
      { simplifyMetres: 0, precision: precisionOf(srid), srid, edition: await areaEdition(ctx, query) },
    );
    return (collection.features[0] as Feature | undefined) ?? null;
  },
};

// The spatial answers as layers.

/**
 * How many features match on all pages: the page's own count, or past the end (an empty page
 * counts nothing) the count of a first page of one feature.
 */
async function matchedOf(
  matched: number | null,
  offset: number,
  firstOfOne: () => Promise<{ matched: number | null }>,
): Promise<number> {
  return matched ?? (offset > 0 ? ((await firstOfOne()).matched ?? 0) : 0);
}

const KINDS = ['LAND_BORDER', 'ACROSS_WATER'] as const;

/** `code=E06000057,E06000047`: ONS district codes, at most 50. */
function codesParameter(query: Query): string[] | undefined {
  const raw = stringParameter(query, 'code');
  if (raw === undefined) return undefined;
  const codes = raw.split(',').map((c) => c.trim().toUpperCase());
  if (codes.length > 50 || codes.some((c) => !/^[EWS]\d{8}$/.test(c)))
    throw new BadUserInputError(
      'code',
      `code must be up to 50 ONS district codes separated by commas, such as E06000057 (got ${JSON.stringify(raw.slice(0, 40))})`,
    );
  return codes;
}

function kindsParameter(query: Query): (typeof KINDS)[number][] | undefined {
  const raw = stringParameter(query, 'kind');
  if (raw === undefined) return undefined;
  const kinds = raw.split(',').map((k) => k.trim().toUpperCase());
  for (const k of kinds)
    if (!(KINDS as readonly string[]).includes(k))
      throw new BadUserInputError(
        'kind',
        `kind must be LAND_BORDER, ACROSS_WATER or both, comma-separated (got ${JSON.stringify(k.slice(0, 40))})`,
      );
  return kinds as (typeof KINDS)[number][];
}

export const NEIGHBOURS: OgcCollection = {
  id: 'neighbours',
  title: 'Neighbouring districts, as lines',
  description:
    "Each pair of neighbouring English districts once: LAND_BORDER, the border they share (a line, with its length in km), or ACROSS_WATER, the shortest line between them across a river or estuary (with the gap in km), as GraphQL's neighbours gives them. Computed in EPSG:27700 from the districts' boundaries (ONS LAD 2016, generalised to about 200 m).",
  itemName: 'neighbour pair',
  idExample: 'two ONS codes joined by a hyphen, the smaller first, such as E06000047-E06000057',
  parameters: ['code', 'kind'],
  openApiParameters: [
    { name: 'code', ...text('Only pairs with one of these districts (ONS codes, comma-separated) at either end.') },
    { name: 'kind', ...text('LAND_BORDER, ACROSS_WATER, or both comma-separated (default both).') },
  ],
  extent: (ctx) => ctx.use(MapLoaders).extent(),
  cost: (limit) => 5 + limit,
  async items(ctx, r) {
    const filter = { codes: codesParameter(r.query), kinds: kindsParameter(r.query), ...r.spatial };
    const page = { limit: r.limit, offset: r.offset, srid: r.srid, precision: precisionOf(r.srid) };
    const { collection, matched } = await neighbourFeatures(ctx.db, filter, page);
    return {
      collection: collection as Page['collection'],
      numberMatched: await matchedOf(matched, r.offset, () =>
        neighbourFeatures(ctx.db, filter, { ...page, limit: 1, offset: 0 }),
      ),
    };
  },
  async item(ctx, id, _query, srid) {
    const [code, neighbour] = id.split('-');
    if (!code || !neighbour || code >= neighbour) return null;
    const { collection } = await neighbourFeatures(
      ctx.db,
      { codes: [code] },
      { limit: 100, offset: 0, srid, precision: precisionOf(srid) },
    );
    return (collection.features.find((f) => f.id === id) as Feature | undefined) ?? null;
  },
};

export const NEAREST_HOTSPOTS: OgcCollection = {
  id: 'nearest-hotspots',
  title: 'Each district to its nearest hotspot, as lines',
  description:
    "For each English district, the line from its centroid to the centroid of the nearest hotspot of the edition (other than itself), with the distance in km, as GraphQL's nearestHotspot (CENTROID measure) gives it. Filtered by the district's band, region, area, rural, coastal, industrial and the edition, as the authorities collection is.",
  itemName: 'district',
  idExample: 'ONS LAD16 codes such as E09000033',
  parameters: ['band', 'region', 'area', 'rural', 'coastal', 'industrial', 'edition'],
  openApiParameters: AUTHORITIES.openApiParameters.filter(
    (p) => !['sortby', 'properties'].includes((p as { name: string }).name),
  ),
  extent: (ctx) => ctx.use(MapLoaders).extent(),
  cost: (limit) => 10 + limit,
  async items(ctx, r) {
    const criteria = await criteriaFromFilter(ctx, authorityFilter(r.query), 'query');
    const page = { limit: r.limit, offset: r.offset, srid: r.srid, precision: precisionOf(r.srid) };
    const { collection, matched } = await nearestHotspotFeatures(ctx.db, criteria, r.spatial, page, criteria.edition);
    return {
      collection: collection as Page['collection'],
      numberMatched: await matchedOf(matched, r.offset, () =>
        nearestHotspotFeatures(ctx.db, criteria, r.spatial, { ...page, limit: 1, offset: 0 }, criteria.edition),
      ),
    };
  },
  async item(ctx, id, query, srid) {
    const criteria = await criteriaFromFilter(
      ctx,
      { codes: [id], edition: intParameter(query, 'edition', 0, 9999) } as AuthorityFilter,
      'query',
    );
    const { collection } = await nearestHotspotFeatures(
      ctx.db,
      criteria,
      {},
      { limit: 1, offset: 0, srid, precision: precisionOf(srid) },
      criteria.edition,
    );
    return (collection.features[0] as Feature | undefined) ?? null;
  },
};

export const COLLECTIONS: readonly OgcCollection[] = [AUTHORITIES, AREAS, NEIGHBOURS, NEAREST_HOTSPOTS];
