/**
 * OGC API – Features, Part 1 (Core, GeoJSON, HTML, OpenAPI 3.0) and Part 2 (CRS by reference:
 * EPSG:27700 beside CRS84) under /ogc, with the collections of ogc.collections.ts: `authorities`
 * (the districts) and `areas` (the areas people name). Items are read in one statement per page,
 * numberMatched included. Each page is JSON, or HTML for a browser (its Accept header or f=html).
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import rangeParser from 'range-parser';
import { BadUserInputError, ByteCache, type RequestContext, type RouteDeps } from '../common';
import { intParameter, notModified, sendError } from './http';
import { FILTER_LANGS, parseFilter, type FilterLang } from './cql2/cql2';
import { CSV_MAX_LIMIT, csvOfItems, readInChunks } from './ogc.csv';
import { flatGeobuf } from './fgb.queries';
import {
  COLLECTIONS,
  stringParameter,
  type Feature,
  type ItemsRequest,
  type OgcCollection,
  type Query,
} from './ogc.collections';
import { htmlPage, type HtmlView } from './ogc.html';
import { CRS84, CRS_LIST, DEFAULT_LIMIT, EPSG_27700, MAX_LIMIT } from './ogc.constants';
import { openApiDocument } from './ogc.openapi';

const SUPPORTED_CRS = CRS_LIST;

export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
  // Part 3: queryables and filters, in CQL2 text and JSON (src/maps/cql2).
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter',
  'http://www.opengis.net/spec/cql2/1.0/conf/cql2-text',
  'http://www.opengis.net/spec/cql2/1.0/conf/cql2-json',
  'http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2',
  'http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators',
  'http://www.opengis.net/spec/cql2/1.0/conf/property-property',
  'http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions',
  'http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus',
  'http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions',
];

/** What a filter adds to a page's admission cost: its predicates run on every district. */
const FILTER_COST = 20;

/** The items' filter parameters (Part 3), for the collections with queryables. */
export const FILTER_PARAMETERS = ['filter', 'filter-lang', 'filter-crs'] as const;

/** Link relation of a collection's queryables (Part 3). */
const QUERYABLES_REL = 'http://www.opengis.net/def/rel/ogc/1.0/queryables';

/** The items request's CQL2 filter, parsed (or undefined without one). */
function filterParameter(query: Query): ItemsRequest['filter'] {
  const raw = query.filter;
  const given = stringParameter(query, 'filter-lang') ?? 'cql2-text';
  // "cql-text" is the draft's name, which GDAL's OAPIF driver (to 3.8 at least) sends: read as CQL2 text.
  const langRaw = given === 'cql-text' ? 'cql2-text' : given;
  if (!(FILTER_LANGS as readonly string[]).includes(langRaw))
    throw new BadUserInputError(
      'filter-lang',
      `filter-lang must be one of ${FILTER_LANGS.join(', ')} (got ${JSON.stringify(given.slice(0, 40))})`,
    );
  const crs = crsParameter(query, 'filter-crs');
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new BadUserInputError('filter', 'filter must be given once');
  return { parsed: parseFilter(raw, langRaw as FilterLang), srid: crs === EPSG_27700 ? 27700 : 4326 };
}

/** The query parameters every items request takes; each collection adds its own. */
export const COMMON_ITEMS_PARAMETERS = ['f', 'limit', 'offset', 'bbox', 'bbox-crs', 'crs'] as const;

/** The formats of a collection's items besides JSON and HTML (f=csv: ogc.csv.ts; f=fgb: fgb.queries.ts). */
const ITEM_FORMATS = ['csv', 'fgb'] as const;

function wantsHtml(request: FastifyRequest): boolean {
  const f = (request.query as Query).f;
  if (f === 'html') return true;
  if (f === 'json') return false;
  const items = /\/items(\?|$)/.test(request.url);
  if (items && (ITEM_FORMATS as readonly unknown[]).includes(f)) return false;
  if (f !== undefined)
    throw new BadUserInputError(
      'f',
      `f must be json, html${items ? `, ${ITEM_FORMATS.join(', ')}` : ''} (got ${JSON.stringify(String(f).slice(0, 20))})`,
    );
  const accept = request.headers.accept ?? '';
  return /text\/html/.test(accept) && !/application\/(geo\+)?json/.test(accept);
}

function crsParameter(query: Query, name: 'crs' | 'bbox-crs' | 'filter-crs'): string {
  const raw = stringParameter(query, name) ?? CRS84;
  const crs = raw.replace(/^\[|\]$/g, '');
  if (!SUPPORTED_CRS.includes(crs))
    throw new BadUserInputError(
      name,
      `${name} must be one of ${SUPPORTED_CRS.join(', ')} (got ${JSON.stringify(raw.slice(0, 80))})`,
    );
  return crs;
}

function bboxParameter(
  query: Query,
  bboxCrs: string,
): { bbox?: [number, number, number, number]; bboxBng?: [number, number, number, number] } {
  const raw = stringParameter(query, 'bbox');
  if (raw === undefined) return {};
  const values = raw.split(',').map((v) => (/^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(v) ? Number(v) : NaN));
  const [minX, minY, maxX, maxY] = values as [number, number, number, number];
  const shape =
    bboxCrs === CRS84
      ? 'minLon,minLat,maxLon,maxLat in degrees'
      : 'minEasting,minNorthing,maxEasting,maxNorthing in metres (EPSG:27700)';
  if (values.length !== 4 || values.some((v) => !Number.isFinite(v)) || minX >= maxX || minY >= maxY) {
    throw new BadUserInputError(
      'bbox',
      `bbox must be four numbers, ${shape}, each minimum below its maximum (got ${JSON.stringify(raw.slice(0, 80))})`,
    );
  }
  if (bboxCrs === EPSG_27700) return { bboxBng: [minX, minY, maxX, maxY] };
  if (minX < -180 || maxX > 180 || minY < -90 || maxY > 90) {
    throw new BadUserInputError(
      'bbox',
      `bbox longitudes must be within -180..180 and latitudes within -90..90 (got ${JSON.stringify(raw.slice(0, 80))})`,
    );
  }
  return { bbox: [minX, minY, maxX, maxY] };
}

interface Link {
  href: string;
  rel: string;
  type: string;
  title?: string;
}

/** What a route answers: the body (or its HTML view), with its media type, headers and status. */
interface Answer {
  body: object;
  view: HtmlView;
  type?: string;
  headers?: Record<string, string>;
  status?: number;
}

export function mountOgc(app: FastifyInstance, o: RouteDeps): void {
  /** FlatGeobuf files by data version and URL, for readers that ask a range at a time (32 MB). */
  const fgbFiles = new ByteCache<{ bytes: Buffer; matched: number }>(32 * 2 ** 20, (f) => f.bytes.length);
  /** Answers by data version, Accept and URL (RESPONSE_CACHE_BYTES, as GraphQL's; 0 turns it off). */
  const responses = new ByteCache<{ body: Buffer; type: string; headers: Record<string, string> }>(
    o.config.responseCacheBytes,
    (r) => r.body.length,
  );
  const base = (request: FastifyRequest): string => `${request.protocol}://${request.host}/ogc`;
  const json = 'application/json';
  const geojson = 'application/geo+json';
  const html = 'text/html';

  /** Answers with the document, or its HTML view; errors as JSON with their code. */
  const answer =
    (handler: (request: FastifyRequest, ctx: RequestContext) => Promise<Answer>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      try {
        const asHtml = wantsHtml(request);
        const version = o.dataVersion();
        // Weak: the content changes only with the data, but a page's timeStamp does each time.
        const etag = `W/"ogc-${version}-${asHtml ? 'h' : 'j'}-${createHash('sha256').update(request.url).digest('base64url').slice(0, 22)}"`;
        reply
          .header('cache-control', `public, max-age=${o.config.cacheMaxAgeSeconds}`)
          .header('etag', etag)
          .header('vary', 'accept');
        if (notModified(request, reply, etag)) return reply;
        // The response cache: what a URL answers (for this Accept) changes only with the data.
        const key = `${version}|${request.headers.accept ?? ''}|${request.url}`;
        const cached = responses.get(key);
        if (cached) {
          for (const [k, v] of Object.entries(cached.headers)) reply.header(k, v);
          return reply.header('x-sql-statements', '0').header('x-cache', 'HIT').type(cached.type).send(cached.body);
        }
        const ctx = o.context(request, version);
        const result = await handler(request, ctx);
        for (const [k, v] of Object.entries(result.headers ?? {})) reply.header(k, v);
        reply.header('x-sql-statements', String(ctx.statements.count));
        // Documents and their HTML are kept; streams (CSV) and files (FlatGeobuf) are not.
        const document = !result.status && !Buffer.isBuffer(result.body) && !(result.body instanceof Readable);
        if (asHtml || document) {
          const type = asHtml ? 'text/html; charset=utf-8' : (result.type ?? json);
          const body = Buffer.from(asHtml ? htmlPage(result.view) : JSON.stringify(result.body));
          responses.set(key, { body, type, headers: result.headers ?? {} });
          return reply.header('x-cache', 'MISS').type(type).send(body);
        }
        if (result.status) reply.code(result.status);
        return reply.type(result.type ?? json).send(result.body);
      } catch (err) {
        return sendError(reply, o.log, err);
      }
    };

  const collectionDocument = async (request: FastifyRequest, ctx: RequestContext, c: OgcCollection) => {
    const b = base(request);
    return {
      id: c.id,
      title: c.title,
      description: c.description,
      extent: { spatial: { bbox: [await c.extent(ctx)], crs: CRS84 } },
      itemType: 'feature',
      crs: SUPPORTED_CRS,
      storageCrs: EPSG_27700,
      links: [
        { href: `${b}/collections/${c.id}`, rel: 'self', type: json, title: 'This collection' },
        { href: `${b}/collections/${c.id}?f=html`, rel: 'alternate', type: html, title: 'This collection as HTML' },
        { href: `${b}/collections/${c.id}/items`, rel: 'items', type: geojson, title: `The ${c.itemName}s` },
        {
          href: `${b}/collections/${c.id}/items?f=html`,
          rel: 'items',
          type: html,
          title: `The ${c.itemName}s as HTML`,
        },
        // The queryables under Part 3's relation, and under the draft's short one, which GDAL's
        // OAPIF driver (3.6) looks for before it sends every queryable's condition to the server.
        ...(c.queryables
          ? [QUERYABLES_REL, 'queryables'].map((rel) => ({
              href: `${b}/collections/${c.id}/queryables`,
              rel,
              type: 'application/schema+json',
              title: 'The properties a filter may name',
            }))
          : []),
      ] as Link[],
    };
  };

  app.get(
    '/ogc',
    answer(async (request) => {
      const b = base(request);
      const body = {
        title: 'Mobility Atlas',
        description:
          "The UK Social Mobility Index for England's local authority districts, with their boundaries: OGC API – Features.",
        links: [
          { href: b, rel: 'self', type: json, title: 'This document' },
          { href: `${b}?f=html`, rel: 'alternate', type: html, title: 'This document as HTML' },
          {
            href: `${b}/api`,
            rel: 'service-desc',
            type: 'application/vnd.oai.openapi+json;version=3.0',
            title: 'The API definition',
          },
          { href: `${b}/conformance`, rel: 'conformance', type: json, title: 'Conformance classes' },
          { href: `${b}/collections`, rel: 'data', type: json, title: 'Collections' },
        ] as Link[],
      };
      return { body, view: { title: body.title, intro: body.description, links: body.links } };
    }),
  );

  app.get(
    '/ogc/conformance',
    answer(async () => ({
      body: { conformsTo: CONFORMANCE },
      view: { title: 'Conformance', list: CONFORMANCE, links: [] },
    })),
  );

  app.get('/ogc/api', async (request, reply) => {
    reply.header('cache-control', `public, max-age=${o.config.cacheMaxAgeSeconds}`);
    // Sent as bytes, so the media type goes out exactly as OpenAPI names it: with a string body
    // Fastify rewrites it to `; version="3.0"; charset=utf-8`, which GDAL's OAPIF driver refuses.
    return reply
      .header('content-type', 'application/vnd.oai.openapi+json;version=3.0')
      .send(Buffer.from(JSON.stringify(openApiDocument(base(request), COLLECTIONS))));
  });

  app.get(
    '/ogc/collections',
    answer(async (request, ctx) => {
      const b = base(request);
      const collections = await Promise.all(COLLECTIONS.map((c) => collectionDocument(request, ctx, c)));
      const body = {
        links: [
          { href: `${b}/collections`, rel: 'self', type: json },
          { href: `${b}/collections?f=html`, rel: 'alternate', type: html },
        ],
        collections,
      };
      return {
        body,
        view: {
          title: 'Collections',
          links: collections.flatMap((c) => c.links.filter((l) => l.type === html)),
          intro: collections.map((c) => `${c.title}: ${c.description}`).join(' '),
        },
      };
    }),
  );

  app.get(
    `/ogc/collections/:collection`,
    answer(async (request, ctx) => {
      const body = await collectionDocument(request, ctx, collectionOf(request));
      return {
        body,
        view: {
          title: body.title,
          intro: body.description,
          links: body.links.filter((l) => l.type === html),
          list: body.crs,
        },
      };
    }),
  );

  app.get(
    `/ogc/collections/:collection/queryables`,
    answer(async (request) => {
      const c = collectionOf(request);
      refuseUnknown(request.query as Query, ['f'], 'the queryables accept');
      if (!c.queryables)
        throw new NotFound(
          `the collection ${c.id} takes no filter; the collections with queryables are ${COLLECTIONS.filter(
            (x) => x.queryables,
          )
            .map((x) => x.id)
            .join(', ')}`,
        );
      const url = `${base(request)}/collections/${c.id}/queryables`;
      const body = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: url,
        type: 'object',
        title: `${c.title}: queryables`,
        description: `The properties a CQL2 filter (filter, filter-lang cql2-text or cql2-json) on ${c.id} may name.`,
        properties: c.queryables,
        additionalProperties: false,
      };
      // JSON Schema's own media type, unless the client asks for plain JSON and not it (GDAL's OAPIF driver does).
      const accept = request.headers.accept ?? '';
      const plain = /application\/json/.test(accept) && !/application\/schema\+json/.test(accept);
      return {
        body,
        type: plain ? json : 'application/schema+json',
        view: {
          title: body.title,
          intro: body.description,
          links: [],
          list: Object.entries(c.queryables).map(
            ([k, v]) => `${k} (${String(v.type ?? v.format)}): ${String(v.description)}`,
          ),
        },
      };
    }),
  );

  app.get(
    `/ogc/collections/:collection/items`,
    answer(async (request, ctx): Promise<Answer> => {
      const c = collectionOf(request);
      const query = request.query as Query;
      refuseUnknown(
        query,
        [...COMMON_ITEMS_PARAMETERS, 'geometry', ...(c.queryables ? FILTER_PARAMETERS : []), ...c.parameters],
        'the items accept',
      );
      const csv = query.f === 'csv';
      const fgb = query.f === 'fgb';
      const limit = intParameter(query, 'limit', 1, csv || fgb ? CSV_MAX_LIMIT : MAX_LIMIT, DEFAULT_LIMIT)!;
      const offset = intParameter(query, 'offset', 0, 100000, 0)!;
      const crs = crsParameter(query, 'crs');
      const spatial = bboxParameter(query, crsParameter(query, 'bbox-crs'));
      const srid = crs === EPSG_27700 ? 27700 : 4326;
      const filter = c.queryables ? filterParameter(query) : undefined;
      const geometry = stringParameter(query, 'geometry');
      if (geometry !== undefined && !(csv && geometry === 'none'))
        throw new BadUserInputError(
          'geometry',
          `geometry=none (a CSV without the WKT column) is the one value, with f=csv`,
        );
      const read = (at: number, size: number) =>
        admitted(o, c.cost(size) + (filter ? FILTER_COST : 0), () =>
          c.items(ctx, { query, limit: size, offset: at, srid, spatial, filter }),
        );
      if (csv) {
        const { stream, numberMatched } = await csvOfItems(read, offset, limit, geometry !== 'none');
        return {
          body: stream,
          type: 'text/csv; charset=utf-8',
          headers: {
            'content-crs': `<${crs}>`,
            'content-disposition': `inline; filename="${c.id}.csv"`,
            'x-number-matched': String(numberMatched),
          } as Record<string, string>,
          view: { title: c.title, links: [] },
        };
      }
      if (fgb) {
        // Built once per data version and URL (a reader over HTTP asks for it a range at a time).
        const key = `${o.dataVersion()}|${request.url}`;
        let file = fgbFiles.get(key);
        if (!file) {
          // Read in chunks as for CSV, then built whole by PostGIS with its spatial index.
          const features: Feature[] = [];
          let matched = 0;
          for await (const chunk of readInChunks(read, offset, limit)) {
            matched = chunk.numberMatched;
            features.push(...chunk.collection.features);
          }
          if (features.length === 0)
            throw new NotFound(
              `no ${c.itemName} matches on this page, and a FlatGeobuf file here has at least one feature; f=json answers with an empty FeatureCollection`,
            );
          file = { bytes: await flatGeobuf(ctx.db, features as never, srid), matched };
          fgbFiles.set(key, file);
        }
        const headers: Record<string, string> = {
          'content-crs': `<${crs}>`,
          'content-disposition': `inline; filename="${c.id}.fgb"`,
          'x-number-matched': String(file.matched),
          'accept-ranges': 'bytes',
        };
        const view = { title: c.title, links: [] };
        const range = request.headers.range;
        const ranges = range ? rangeParser(file.bytes.length, range, { combine: true }) : -2;
        if (ranges === -1)
          return {
            body: Buffer.alloc(0),
            status: 416,
            type: 'application/flatgeobuf',
            headers: { ...headers, 'content-range': `bytes */${file.bytes.length}` },
            view,
          };
        // One byte range: 206 with that slice (GDAL's /vsicurl/ reads the header, the index, then the features it needs).
        if (ranges !== -2 && ranges.type === 'bytes' && ranges.length === 1) {
          const { start, end } = ranges[0]!;
          return {
            body: file.bytes.subarray(start, end + 1),
            status: 206,
            type: 'application/flatgeobuf',
            headers: { ...headers, 'content-range': `bytes ${start}-${end}/${file.bytes.length}` },
            view,
          };
        }
        return { body: file.bytes, type: 'application/flatgeobuf', headers, view };
      }
      const { collection, numberMatched } = await read(offset, limit);
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
        { href: at({}, 'csv'), rel: 'alternate', type: 'text/csv', title: 'This page as CSV (WKT geometry)' },
        {
          href: at({}, 'fgb'),
          rel: 'alternate',
          type: 'application/flatgeobuf',
          title: 'This page as FlatGeobuf (with its spatial index)',
        },
        { href: `${base(request)}/collections/${c.id}`, rel: 'collection', type: json, title: 'The collection' },
      ];
      if (offset + collection.features.length < numberMatched)
        links.push({
          href: at({ offset: String(offset + limit) }, 'json'),
          rel: 'next',
          type: geojson,
          title: 'Next page',
        });
      if (offset > 0)
        links.push({
          href: at({ offset: String(Math.max(0, offset - limit)) }, 'json'),
          rel: 'prev',
          type: geojson,
          title: 'Previous page',
        });
      const body = {
        ...collection,
        numberMatched,
        numberReturned: collection.features.length,
        timeStamp: new Date().toISOString(),
        links,
      };
      return {
        body,
        type: geojson,
        headers: { 'content-crs': `<${crs}>` },
        view: {
          title: `${c.itemName[0]!.toUpperCase()}${c.itemName.slice(1)}s ${offset + 1}–${offset + collection.features.length} of ${numberMatched}`,
          links: links.filter((l) => l.rel !== 'self'),
          features: collection.features as never,
        },
      };
    }),
  );

  app.get(
    `/ogc/collections/:collection/items/:featureId`,
    answer(async (request, ctx) => {
      const c = collectionOf(request);
      const query = request.query as Query;
      refuseUnknown(query, ['f', 'crs', 'edition'], 'an item accepts');
      const code = (request.params as { featureId: string }).featureId.toUpperCase();
      const crs = crsParameter(query, 'crs');
      const srid = crs === EPSG_27700 ? 27700 : 4326;
      const feature = await admitted(o, c.cost(1), () => c.item(ctx, code, query, srid));
      if (!feature)
        throw new NotFound(`no ${c.itemName} has the code ${JSON.stringify(code.slice(0, 20))} (${c.idExample})`);
      const b = base(request);
      const links: Link[] = [
        {
          href: `${b}/collections/${c.id}/items/${feature.id}`,
          rel: 'self',
          type: geojson,
          title: `This ${c.itemName}`,
        },
        {
          href: `${b}/collections/${c.id}/items/${feature.id}?f=html`,
          rel: 'alternate',
          type: html,
          title: `This ${c.itemName} as HTML`,
        },
        { href: `${b}/collections/${c.id}`, rel: 'collection', type: json, title: 'The collection' },
      ];
      return {
        body: { ...feature, links },
        type: geojson,
        headers: { 'content-crs': `<${crs}>` },
        view: { title: String(feature.properties.name), links, features: [feature as never] },
      };
    }),
  );
}

/** Refuses a query parameter the request does not define (Part 1, /req/core/query-param-unknown). */
function refuseUnknown(query: Query, allowed: readonly string[], what: string): void {
  const unknown = Object.keys(query).find((k) => !allowed.includes(k));
  if (unknown !== undefined)
    throw new BadUserInputError(
      unknown,
      `unknown query parameter ${JSON.stringify(unknown.slice(0, 40))}; ${what} ${allowed.join(', ')}`,
    );
}

class NotFound extends BadUserInputError {
  constructor(message: string) {
    super('featureId', message);
    this.extensions.code = 'NOT_FOUND';
  }
}

function collectionOf(request: FastifyRequest): OgcCollection {
  const { collection } = request.params as { collection: string };
  const found = COLLECTIONS.find((c) => c.id === collection);
  if (!found)
    throw new NotFound(
      `there is no collection ${JSON.stringify(collection.slice(0, 40))}; the collections are ${COLLECTIONS.map((c) => c.id).join(', ')}`,
    );
  return found;
}

async function admitted<T>(o: RouteDeps, cost: number, fn: () => Promise<T>): Promise<T> {
  const release = await o.admit(cost);
  try {
    return await fn();
  } finally {
    release();
  }
}
