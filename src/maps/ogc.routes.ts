/**
 * OGC API – Features, Part 1 (Core, GeoJSON, HTML, OpenAPI 3.0) and Part 2 (CRS by reference:
 * EPSG:27700 beside CRS84) under /ogc, with one collection, `authorities`. Items are read with
 * the same criteria and SQL as GraphQL's featureCollection (filter/features.queries.ts): one
 * statement per page, numberMatched included. Each page is JSON, or HTML for a browser (its
 * Accept header or f=html).
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BadUserInputError, DEFAULT_PRECISION, Crs, type RequestContext, type RouteDeps } from '../common';
import { AuthorityOrder, countAuthorities, criteriaFromFilter, FEATURE_PROPERTIES, featureCollection, type AuthorityCriteria, type AuthorityFilter } from '../filter';
import { MobilityLoaders, pickEdition, type Band } from '../mobility';
import { MapLoaders } from './maps.loaders';
import { boolParameter, intParameter, notModified, sendError } from './http';
import { htmlPage, type HtmlView } from './ogc.html';
import { COLLECTION_ID, CRS84, CRS_LIST, DEFAULT_LIMIT, EPSG_27700, MAX_LIMIT } from './ogc.constants';
import { openApiDocument } from './ogc.openapi';

const SUPPORTED_CRS = CRS_LIST;
const COLLECTION = COLLECTION_ID;

export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
];

/** The query parameters of the items request; any other is refused (Part 1, /req/core/query-param-unknown). */
export const ITEMS_PARAMETERS = ['f', 'limit', 'offset', 'bbox', 'bbox-crs', 'crs', 'band', 'region', 'rural', 'coastal', 'industrial', 'edition'] as const;
const BANDS: Band[] = ['HOTSPOT', 'COLDSPOT', 'NEITHER'];

type Query = Record<string, unknown>;

function wantsHtml(request: FastifyRequest): boolean {
  const f = (request.query as Query).f;
  if (f === 'html') return true;
  if (f === 'json') return false;
  if (f !== undefined) throw new BadUserInputError('f', `f must be json or html (got ${JSON.stringify(String(f).slice(0, 20))})`);
  const accept = request.headers.accept ?? '';
  return /text\/html/.test(accept) && !/application\/(geo\+)?json/.test(accept);
}

function stringParameter(query: Query, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new BadUserInputError(name, `${name} must be given once`);
  if (raw.length > 200) throw new BadUserInputError(name, `${name} must be at most 200 characters long (got ${raw.length})`);
  return raw;
}

function crsParameter(query: Query, name: 'crs' | 'bbox-crs'): string {
  const raw = stringParameter(query, name) ?? CRS84;
  const crs = raw.replace(/^\[|\]$/g, '');
  if (!SUPPORTED_CRS.includes(crs)) throw new BadUserInputError(name, `${name} must be one of ${SUPPORTED_CRS.join(', ')} (got ${JSON.stringify(raw.slice(0, 80))})`);
  return crs;
}

function bboxParameter(query: Query, bboxCrs: string): Pick<AuthorityCriteria, 'bbox' | 'bboxBng'> {
  const raw = stringParameter(query, 'bbox');
  if (raw === undefined) return {};
  const values = raw.split(',').map((v) => (/^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(v) ? Number(v) : NaN));
  const [minX, minY, maxX, maxY] = values as [number, number, number, number];
  const shape = bboxCrs === CRS84 ? 'minLon,minLat,maxLon,maxLat in degrees' : 'minEasting,minNorthing,maxEasting,maxNorthing in metres (EPSG:27700)';
  if (values.length !== 4 || values.some((v) => !Number.isFinite(v)) || minX >= maxX || minY >= maxY) {
    throw new BadUserInputError('bbox', `bbox must be four numbers, ${shape}, each minimum below its maximum (got ${JSON.stringify(raw.slice(0, 80))})`);
  }
  if (bboxCrs === EPSG_27700) return { bboxBng: [minX, minY, maxX, maxY] };
  if (minX < -180 || maxX > 180 || minY < -90 || maxY > 90) {
    throw new BadUserInputError('bbox', `bbox longitudes must be within -180..180 and latitudes within -90..90 (got ${JSON.stringify(raw.slice(0, 80))})`);
  }
  return { bbox: [minX, minY, maxX, maxY] };
}

/** The items request's filter, as the GraphQL filter it stands for (criteriaFromFilter checks it). */
function filterOf(query: Query): AuthorityFilter {
  const filter: Record<string, unknown> = {};
  const band = stringParameter(query, 'band');
  if (band !== undefined) {
    const upper = band.toUpperCase() as Band;
    if (!BANDS.includes(upper)) throw new BadUserInputError('band', `band must be one of ${BANDS.join(', ')} (got ${JSON.stringify(band.slice(0, 40))})`);
    filter.band = upper;
  }
  const region = stringParameter(query, 'region');
  if (region !== undefined) filter.region = region;
  for (const name of ['rural', 'coastal', 'industrial'] as const) {
    const value = boolParameter(query, name);
    if (value !== undefined) filter[name] = value;
  }
  const edition = intParameter(query, 'edition', 0, 9999);
  if (edition !== undefined) filter.edition = edition;
  return filter as AuthorityFilter;
}

interface Link {
  href: string;
  rel: string;
  type: string;
  title?: string;
}

export function mountOgc(app: FastifyInstance, o: RouteDeps): void {
  const base = (request: FastifyRequest): string => `${request.protocol}://${request.host}/ogc`;
  const json = 'application/json';
  const geojson = 'application/geo+json';
  const html = 'text/html';

  /** Answers with the document, or its HTML view; errors as JSON with their code. */
  const answer = (handler: (request: FastifyRequest, ctx: RequestContext) => Promise<{ body: object; view: HtmlView; type?: string; headers?: Record<string, string> }>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      try {
        const asHtml = wantsHtml(request);
        const version = o.dataVersion();
        // Weak: the content changes only with the data, but a page's timeStamp does each time.
        const etag = `W/"ogc-${version}-${asHtml ? 'h' : 'j'}-${createHash('sha256').update(request.url).digest('base64url').slice(0, 22)}"`;
        reply.header('cache-control', `public, max-age=${o.config.cacheMaxAgeSeconds}`).header('etag', etag).header('vary', 'accept');
        if (notModified(request, reply, etag)) return reply;
        const ctx = o.context(request, version);
        const result = await handler(request, ctx);
        for (const [k, v] of Object.entries(result.headers ?? {})) reply.header(k, v);
        reply.header('x-sql-statements', String(ctx.statements.count));
        if (asHtml) return reply.type('text/html; charset=utf-8').send(htmlPage(result.view));
        return reply.type(result.type ?? json).send(result.body);
      } catch (err) {
        return sendError(reply, o.log, err);
      }
    };

  const collectionDocument = async (request: FastifyRequest, ctx: RequestContext) => {
    const b = base(request);
    return {
      id: COLLECTION,
      title: "England's local authority districts",
      description: "The 326 districts of England (ONS LAD 2016, clipped to the coastline, generalised to about 200 m) with the Social Mobility Index's rank, score, band and quintile, and their rural, coastal and industrial classification.",
      extent: { spatial: { bbox: [await ctx.use(MapLoaders).extent()], crs: CRS84 } },
      itemType: 'feature',
      crs: SUPPORTED_CRS,
      storageCrs: EPSG_27700,
      links: [
        { href: `${b}/collections/${COLLECTION}`, rel: 'self', type: json, title: 'This collection' },
        { href: `${b}/collections/${COLLECTION}?f=html`, rel: 'alternate', type: html, title: 'This collection as HTML' },
        { href: `${b}/collections/${COLLECTION}/items`, rel: 'items', type: geojson, title: 'The districts' },
        { href: `${b}/collections/${COLLECTION}/items?f=html`, rel: 'items', type: html, title: 'The districts as HTML' },
      ] as Link[],
    };
  };

  app.get(
    '/ogc',
    answer(async (request) => {
      const b = base(request);
      const body = {
        title: 'Mobility Atlas',
        description: "The UK Social Mobility Index for England's local authority districts, with their boundaries: OGC API – Features.",
        links: [
          { href: b, rel: 'self', type: json, title: 'This document' },
          { href: `${b}?f=html`, rel: 'alternate', type: html, title: 'This document as HTML' },
          { href: `${b}/api`, rel: 'service-desc', type: 'application/vnd.oai.openapi+json;version=3.0', title: 'The API definition' },
          { href: `${b}/conformance`, rel: 'conformance', type: json, title: 'Conformance classes' },
          { href: `${b}/collections`, rel: 'data', type: json, title: 'Collections' },
        ] as Link[],
      };
      return { body, view: { title: body.title, intro: body.description, links: body.links } };
    }),
  );

  app.get(
    '/ogc/conformance',
    answer(async () => ({ body: { conformsTo: CONFORMANCE }, view: { title: 'Conformance', list: CONFORMANCE, links: [] } })),
  );

  app.get('/ogc/api', async (request, reply) => {
    reply.header('cache-control', `public, max-age=${o.config.cacheMaxAgeSeconds}`);
    return reply.header('content-type', 'application/vnd.oai.openapi+json;version=3.0').send(JSON.stringify(openApiDocument(base(request))));
  });

  app.get(
    '/ogc/collections',
    answer(async (request, ctx) => {
      const b = base(request);
      const collection = await collectionDocument(request, ctx);
      const body = { links: [{ href: `${b}/collections`, rel: 'self', type: json }, { href: `${b}/collections?f=html`, rel: 'alternate', type: html }], collections: [collection] };
      return { body, view: { title: 'Collections', links: collection.links.filter((l) => l.type === html), intro: collection.description } };
    }),
  );

  app.get(
    `/ogc/collections/:collection`,
    answer(async (request, ctx) => {
      checkCollection(request);
      const body = await collectionDocument(request, ctx);
      return { body, view: { title: body.title, intro: body.description, links: body.links.filter((l) => l.type === html), list: body.crs } };
    }),
  );

  app.get(
    `/ogc/collections/:collection/items`,
    answer(async (request, ctx) => {
      checkCollection(request);
      const query = request.query as Query;
      refuseUnknown(query, ITEMS_PARAMETERS, 'the items accept');
      const limit = intParameter(query, 'limit', 1, MAX_LIMIT, DEFAULT_LIMIT)!;
      const offset = intParameter(query, 'offset', 0, 100000, 0)!;
      const crs = crsParameter(query, 'crs');
      const spatial = bboxParameter(query, crsParameter(query, 'bbox-crs'));
      const criteria = { ...(await criteriaFromFilter(ctx, filterOf(query), 'query')), ...spatial };
      const srid = crs === EPSG_27700 ? 27700 : 4326;
      const { collection, matched } = await admitted(o, 5 + limit, () => itemsPage(ctx, criteria, srid, limit, offset));
      // An empty page says nothing of how many match: past the end they are counted apart.
      const numberMatched = matched ?? (offset > 0 ? await countAuthorities(ctx.db, criteria) : 0);
      const self = new URL(request.url, `${request.protocol}://${request.host}`);
      const at = (params: Record<string, string | undefined>, type?: string): string => {
        const url = new URL(self);
        for (const [k, v] of Object.entries(params)) {
          if (v === undefined) url.searchParams.delete(k);
          else url.searchParams.set(k, v);
        }
        if (type) url.searchParams.set('f', type);
        return url.toString();
      };
      const links: Link[] = [
        { href: at({ f: undefined }, 'json'), rel: 'self', type: geojson, title: 'This page' },
        { href: at({}, 'html'), rel: 'alternate', type: html, title: 'This page as HTML' },
        { href: `${base(request)}/collections/${COLLECTION}`, rel: 'collection', type: json, title: 'The collection' },
      ];
      if (offset + collection.features.length < numberMatched) links.push({ href: at({ offset: String(offset + limit) }, 'json'), rel: 'next', type: geojson, title: 'Next page' });
      if (offset > 0) links.push({ href: at({ offset: String(Math.max(0, offset - limit)) }, 'json'), rel: 'prev', type: geojson, title: 'Previous page' });
      const body = { ...collection, numberMatched, numberReturned: collection.features.length, timeStamp: new Date().toISOString(), links };
      return {
        body,
        type: geojson,
        headers: { 'content-crs': `<${crs}>` },
        view: { title: `Districts ${offset + 1}–${offset + collection.features.length} of ${numberMatched}`, links: links.filter((l) => l.rel !== 'self'), features: collection.features },
      };
    }),
  );

  app.get(
    `/ogc/collections/:collection/items/:featureId`,
    answer(async (request, ctx) => {
      checkCollection(request);
      const query = request.query as Query;
      refuseUnknown(query, ['f', 'crs', 'edition'], 'an item accepts');
      const code = (request.params as { featureId: string }).featureId.toUpperCase();
      const crs = crsParameter(query, 'crs');
      const edition = pickEdition(await ctx.use(MobilityLoaders).editions(), intParameter(query, 'edition', 0, 9999), 'edition').edition;
      const srid = crs === EPSG_27700 ? 27700 : 4326;
      const { collection } = await admitted(o, 5, () => itemsPage(ctx, { codes: [code], edition }, srid, 1, 0));
      const feature = collection.features[0];
      if (!feature) throw new NotFound(`no district has the code ${JSON.stringify(code.slice(0, 20))} (ONS LAD16 codes such as E09000033)`);
      const b = base(request);
      const links: Link[] = [
        { href: `${b}/collections/${COLLECTION}/items/${feature.id}`, rel: 'self', type: geojson, title: 'This district' },
        { href: `${b}/collections/${COLLECTION}/items/${feature.id}?f=html`, rel: 'alternate', type: html, title: 'This district as HTML' },
        { href: `${b}/collections/${COLLECTION}`, rel: 'collection', type: json, title: 'The collection' },
      ];
      return { body: { ...feature, links }, type: geojson, headers: { 'content-crs': `<${crs}>` }, view: { title: String(feature.properties.name), links, features: [feature] } };
    }),
  );
}

/** Refuses a query parameter the request does not define (Part 1, /req/core/query-param-unknown). */
function refuseUnknown(query: Query, allowed: readonly string[], what: string): void {
  const unknown = Object.keys(query).find((k) => !allowed.includes(k));
  if (unknown !== undefined) throw new BadUserInputError(unknown, `unknown query parameter ${JSON.stringify(unknown.slice(0, 40))}; ${what} ${allowed.join(', ')}`);
}

/** A page of items in code order: stored boundaries, every property, the geometry in the CRS asked for. */
function itemsPage(ctx: RequestContext, criteria: AuthorityCriteria, srid: 4326 | 27700, limit: number, offset: number) {
  const precision = DEFAULT_PRECISION[srid === 27700 ? Crs.BNG : Crs.WGS84];
  const page = { order: AuthorityOrder.CODE_ASC, orderEdition: criteria.edition, limit, offset };
  return featureCollection(ctx.db, criteria, page, { simplifyMetres: 0, precision, srid, properties: FEATURE_PROPERTIES, edition: criteria.edition }, false);
}

class NotFound extends BadUserInputError {
  constructor(message: string) {
    super('featureId', message);
    this.extensions.code = 'NOT_FOUND';
  }
}

function checkCollection(request: FastifyRequest): void {
  const { collection } = request.params as { collection: string };
  if (collection !== COLLECTION) throw new NotFound(`there is no collection ${JSON.stringify(collection.slice(0, 40))}; the one collection is ${COLLECTION}`);
}

async function admitted<T>(o: RouteDeps, cost: number, fn: () => Promise<T>): Promise<T> {
  const release = await o.admit(cost);
  try {
    return await fn();
  } finally {
    release();
  }
}

