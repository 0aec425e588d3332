/**
 * Vector tiles: GET /tiles/{z}/{x}/{y}.mvt (layer `authorities`, zoom 0..14, query parameter
 * `edition`, default the latest) and the TileJSON 3.0 document at /tiles.json. A tile changes
 * only when the data does, so each carries an ETag of the data version, edition and address
 * (If-None-Match gets 304) and is kept in memory, keyed the same way, once made.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ByteCache, type RouteDeps } from '../common';
import { MobilityLoaders, pickEdition } from '../mobility';
import { MapLoaders } from './maps.loaders';
import { intParameter, notModified, sendError } from './http';
import { hasNativeMvt, MAX_ZOOM, MIN_ZOOM, TILE_LAYER, TILE_PROPERTIES, vectorTile } from './tiles.queries';

export const MVT_TYPE = 'application/vnd.mapbox-vector-tile';

export function mountTiles(app: FastifyInstance, o: RouteDeps): void {
  const tiles = new ByteCache<Buffer>(o.config.tileCacheBytes, (b) => b.length);
  // Whether PostGIS encodes tiles itself is asked once (PGlite's PostGIS has no protobuf-c).
  let native: Promise<boolean> | undefined;

  app.get<{ Params: { z: string; x: string; y: string } }>('/tiles/:z/:x/:y.mvt', async (request, reply) => {
    try {
      const z = intParameter(request.params, 'z', MIN_ZOOM, MAX_ZOOM)!;
      const n = 2 ** z;
      const x = intParameter(request.params, 'x', 0, n - 1)!;
      const y = intParameter(request.params, 'y', 0, n - 1)!;
      const version = o.dataVersion();
      const ctx = o.context(request, version);
      const edition = pickEdition(
        await ctx.use(MobilityLoaders).editions(),
        editionParameter(request),
        'edition',
      ).edition;
      const etag = `"tile-${version}-${edition}-${z}-${x}-${y}"`;
      reply
        .header('cache-control', `public, max-age=${o.config.cacheMaxAgeSeconds}`)
        .header('etag', etag)
        .header('vary', 'accept-encoding');
      if (notModified(request, reply, etag)) return reply;
      let tile = tiles.get(etag);
      if (!tile) {
        const release = await o.admit(10);
        try {
          native ??= hasNativeMvt(ctx.db);
          tile = await vectorTile(ctx.db, z, x, y, edition, await native);
        } finally {
          release();
        }
        tiles.set(etag, tile);
      }
      return reply.type(MVT_TYPE).header('x-sql-statements', String(ctx.statements.count)).send(tile);
    } catch (err) {
      return sendError(reply, o.log, err);
    }
  });

  app.get('/tiles.json', async (request, reply) => {
    try {
      const version = o.dataVersion();
      const ctx = o.context(request, version);
      const editions = await ctx.use(MobilityLoaders).editions();
      const edition = pickEdition(editions, editionParameter(request), 'edition').edition;
      const base = `${request.protocol}://${request.host}`;
      reply.header('cache-control', `public, max-age=${o.config.cacheMaxAgeSeconds}`);
      return {
        tilejson: '3.0.0',
        name: 'Mobility Atlas: English local authority districts',
        description: `Social Mobility Index ${edition} for England's 326 districts (2016 boundaries), with band, quintile and classification.`,
        attribution:
          'Social Mobility Index: Social Mobility Commission (OGL v3.0). Boundaries: Office for National Statistics (OGL v3.0); contains OS data © Crown copyright and database right 2016/2017',
        version: `${version}.${edition}`,
        scheme: 'xyz',
        tiles: [`${base}/tiles/{z}/{x}/{y}.mvt?edition=${edition}`],
        minzoom: MIN_ZOOM,
        maxzoom: MAX_ZOOM,
        bounds: await ctx.use(MapLoaders).extent(),
        center: [-1.5, 52.8, 6],
        vector_layers: [
          {
            id: TILE_LAYER,
            description: 'One polygon per district.',
            minzoom: MIN_ZOOM,
            maxzoom: MAX_ZOOM,
            fields: Object.fromEntries(TILE_PROPERTIES.map((p) => [p, TILE_FIELD_TYPES[p] ?? 'String'])),
          },
        ],
        editions: editions.map((e) => e.edition),
      };
    } catch (err) {
      return sendError(reply, o.log, err);
    }
  });
}

const TILE_FIELD_TYPES: Record<string, string> = {
  rank: 'Number',
  score: 'Number',
  quintile: 'Number',
  coastal: 'Boolean',
  rural: 'Boolean',
  industrial: 'Boolean',
};

function editionParameter(request: FastifyRequest): number | undefined {
  return intParameter(request.query as Record<string, unknown>, 'edition', 0, 9999);
}
