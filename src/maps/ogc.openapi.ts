/** The OpenAPI 3.0 definition of the OGC API – Features endpoints (Part 1's /req/oas30), one items path per collection. */
import type { OgcCollection } from './ogc.collections';
import { CRS_LIST, DEFAULT_LIMIT, MAX_LIMIT } from './ogc.constants';
import { CSV_MAX_LIMIT } from './ogc.csv';

const text = (description: string, extra: object = {}) => ({
  in: 'query',
  required: false,
  style: 'form',
  explode: false,
  description,
  schema: { type: 'string', ...extra },
});

export function openApiDocument(base: string, collections: readonly OgcCollection[]): object {
  const json = { 'application/json': { schema: { type: 'object' } }, 'text/html': { schema: { type: 'string' } } };
  const geojson = {
    'application/geo+json': { schema: { type: 'object' } },
    'text/html': { schema: { type: 'string' } },
  };
  const ok = (content: object, description: string) => ({
    200: { description, content },
    400: { description: 'A query parameter is wrong; the body names it.' },
  });
  const f = { name: 'f', ...text('Response format: json (the default) or html.', { enum: ['json', 'html'] }) };
  const crs = { name: 'crs', ...text('CRS of the returned geometry.', { enum: CRS_LIST, default: CRS_LIST[0] }) };
  const filterParameters = [
    {
      name: 'filter',
      ...text(
        "A CQL2 filter on the queryables (OGC API – Features Part 3), e.g. band = 'COLDSPOT' AND coastal = true, or S_DWITHIN(geometry, POINT(-1.55 53.8), 10000) (metres).",
      ),
    },
    {
      name: 'filter-lang',
      ...text(
        "The filter's encoding; cql-text, the draft's name that GDAL's OAPIF driver sends, is read as cql2-text.",
        {
          enum: ['cql2-text', 'cql2-json', 'cql-text'],
          default: 'cql2-text',
        },
      ),
    },
    { name: 'filter-crs', ...text("CRS of the filter's geometries.", { enum: CRS_LIST, default: CRS_LIST[0] }) },
  ];
  const perCollection = collections.flatMap((c) => [
    [
      `/collections/${c.id}`,
      {
        get: {
          operationId: `describe-${c.id}`,
          summary: c.title,
          parameters: [f],
          responses: ok(json, 'The collection'),
        },
      },
    ],
    [
      `/collections/${c.id}/items`,
      {
        get: {
          operationId: `get-${c.id}`,
          summary: `${c.title}: ${c.itemName}s, a page at a time, in code order`,
          parameters: [
            {
              name: 'f',
              ...text(
                'Response format: json (GeoJSON, the default), html, or csv (properties and WKT geometry, streamed).',
                {
                  enum: ['json', 'html', 'csv'],
                },
              ),
            },
            { name: 'geometry', ...text('With f=csv, none leaves out the WKT column.', { enum: ['none'] }) },
            {
              name: 'limit',
              in: 'query',
              required: false,
              style: 'form',
              explode: false,
              description: `Features per page: 1..${MAX_LIMIT}, or 1..${CSV_MAX_LIMIT} with f=csv or f=fgb.`,
              schema: { type: 'integer', minimum: 1, maximum: CSV_MAX_LIMIT, default: DEFAULT_LIMIT },
            },
            { name: 'offset', in: 'query', required: false, schema: { type: 'integer', minimum: 0, default: 0 } },
            {
              name: 'bbox',
              in: 'query',
              required: false,
              style: 'form',
              explode: false,
              schema: { type: 'array', minItems: 4, maxItems: 4, items: { type: 'number' } },
            },
            { name: 'bbox-crs', ...text('CRS of bbox.', { enum: CRS_LIST, default: CRS_LIST[0] }) },
            crs,
            ...(c.queryables ? filterParameters : []),
            ...c.openApiParameters,
          ],
          responses: ok(geojson, 'A FeatureCollection'),
        },
      },
    ],
    ...(c.queryables
      ? [
          [
            `/collections/${c.id}/queryables`,
            {
              get: {
                operationId: `queryables-${c.id}`,
                summary: `The properties a filter on ${c.id} may name (JSON Schema)`,
                parameters: [f],
                responses: ok({ 'application/schema+json': {} }, 'The queryables'),
              },
            },
          ],
        ]
      : []),
    [
      `/collections/${c.id}/items/{featureId}`,
      {
        get: {
          operationId: `get-${c.id}-item`,
          summary: `One ${c.itemName} by its ONS code`,
          parameters: [
            { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } },
            f,
            crs,
            { name: 'edition', in: 'query', required: false, schema: { type: 'integer' } },
          ],
          responses: { ...ok(geojson, 'A Feature'), 404: { description: `No ${c.itemName} has this code.` } },
        },
      },
    ],
  ]);
  return {
    openapi: '3.0.3',
    info: {
      title: 'Mobility Atlas: OGC API – Features',
      version: '1.0.0',
      description: "England's local authority districts and the areas people name, with the Social Mobility Index.",
      license: {
        name: 'Open Government Licence v3.0',
        url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      },
    },
    servers: [{ url: base }],
    paths: {
      '/': {
        get: {
          operationId: 'getLandingPage',
          summary: 'Landing page',
          parameters: [f],
          responses: ok(json, 'The landing page'),
        },
      },
      '/conformance': {
        get: {
          operationId: 'getConformance',
          summary: 'Conformance classes',
          parameters: [f],
          responses: ok(json, 'The conformance classes'),
        },
      },
      '/collections': {
        get: {
          operationId: 'getCollections',
          summary: 'Collections',
          parameters: [f],
          responses: ok(json, 'The collections'),
        },
      },
      ...Object.fromEntries(perCollection),
    },
  };
}
