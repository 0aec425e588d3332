/** The OpenAPI 3.0 definition of the OGC API – Features endpoints (Part 1's /req/oas30). */
import { COLLECTION_ID, CRS_LIST, DEFAULT_LIMIT, MAX_LIMIT } from './ogc.constants';

const text = (description: string, extra: object = {}) => ({ in: 'query', required: false, style: 'form', explode: false, description, schema: { type: 'string', ...extra } });
const flag = (name: string, description: string) => ({ name, in: 'query', required: false, description, schema: { type: 'boolean' } });

export function openApiDocument(base: string): object {
  const json = { 'application/json': { schema: { type: 'object' } }, 'text/html': { schema: { type: 'string' } } };
  const geojson = { 'application/geo+json': { schema: { type: 'object' } }, 'text/html': { schema: { type: 'string' } } };
  const ok = (content: object, description: string) => ({ 200: { description, content }, 400: { description: 'A query parameter is wrong; the body names it.' } });
  const f = { name: 'f', ...text('Response format: json (the default) or html.', { enum: ['json', 'html'] }) };
  const collectionId = { name: 'collectionId', in: 'path', required: true, schema: { type: 'string', enum: [COLLECTION_ID] } };
  return {
    openapi: '3.0.3',
    info: { title: 'Mobility Atlas: OGC API – Features', version: '1.0.0', description: "England's local authority districts with the Social Mobility Index.", license: { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' } },
    servers: [{ url: base }],
    paths: {
      '/': { get: { operationId: 'getLandingPage', summary: 'Landing page', parameters: [f], responses: ok(json, 'The landing page') } },
      '/conformance': { get: { operationId: 'getConformance', summary: 'Conformance classes', parameters: [f], responses: ok(json, 'The conformance classes') } },
      '/collections': { get: { operationId: 'getCollections', summary: 'Collections', parameters: [f], responses: ok(json, 'The collections') } },
      '/collections/{collectionId}': { get: { operationId: 'describeCollection', summary: 'A collection', parameters: [collectionId, f], responses: ok(json, 'The collection') } },
      '/collections/{collectionId}/items': {
        get: {
          operationId: 'getFeatures',
          summary: 'Districts, a page at a time, in code order',
          parameters: [
            collectionId,
            f,
            { name: 'limit', in: 'query', required: false, style: 'form', explode: false, schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
            { name: 'offset', in: 'query', required: false, schema: { type: 'integer', minimum: 0, default: 0 } },
            { name: 'bbox', in: 'query', required: false, style: 'form', explode: false, schema: { type: 'array', minItems: 4, maxItems: 4, items: { type: 'number' } } },
            { name: 'bbox-crs', ...text('CRS of bbox.', { enum: CRS_LIST, default: CRS_LIST[0] }) },
            { name: 'crs', ...text('CRS of the returned geometry.', { enum: CRS_LIST, default: CRS_LIST[0] }) },
            { name: 'band', ...text('HOTSPOT, COLDSPOT or NEITHER in the edition.', { enum: ['HOTSPOT', 'COLDSPOT', 'NEITHER'] }) },
            { name: 'region', ...text('Region name or E12 code.') },
            flag('rural', 'DEFRA 2011 Predominantly Rural.'),
            flag('coastal', 'At least 0.5 km of the boundary faces open water at least 2 km wide.'),
            flag('industrial', 'ONS 2011 area classification: Services and Industrial Legacy, or Manufacturing Traits.'),
            { name: 'edition', in: 'query', required: false, description: 'Edition of the index (default the latest).', schema: { type: 'integer' } },
          ],
          responses: ok(geojson, 'A FeatureCollection'),
        },
      },
      '/collections/{collectionId}/items/{featureId}': {
        get: {
          operationId: 'getFeature',
          summary: 'One district by its ONS code',
          parameters: [
            collectionId,
            { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } },
            f,
            { name: 'crs', ...text('CRS of the returned geometry.', { enum: CRS_LIST, default: CRS_LIST[0] }) },
            { name: 'edition', in: 'query', required: false, schema: { type: 'integer' } },
          ],
          responses: { ...ok(geojson, 'A Feature'), 404: { description: 'No district has this code.' } },
        },
      },
    },
  };
}
