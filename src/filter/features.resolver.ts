/** `AuthorityConnection.featureCollection`: the connection's page as one GeoJSON FeatureCollection. */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { boundaryCost, DEFAULT_PRECISION, GeoJSONScalar, SRID } from '../common';
import type { Context } from '../server/context';
import { AuthorityConnection } from './connection.type';
import { FeatureCollectionArgs } from './features.args';
import { FEATURE_PROPERTIES, featureCollection } from './features.queries';

@Resolver(() => AuthorityConnection)
export class FeatureCollectionResolver {
  @FieldResolver(() => GeoJSONScalar, {
    complexity: boundaryCost,
    description:
      "This page's districts as one GeoJSON FeatureCollection, built by the database: the same filter, order and paging, each feature's id its ONS code, its geometry the boundary as the arguments ask and its properties those listed (of the filter's edition). It drops into MapLibre, Leaflet or QGIS as it is; in BNG it names EPSG:27700 in a top-level crs member.",
  })
  async featureCollection(@Root() connection: AuthorityConnection, @Args() args: FeatureCollectionArgs, @Ctx() ctx: Context): Promise<object> {
    const { collection } = await featureCollection(ctx.db, connection.criteria, connection.page, {
      simplifyMetres: args.simplifyMetres,
      precision: args.precision ?? DEFAULT_PRECISION[args.crs],
      srid: SRID[args.crs] as 4326 | 27700,
      properties: args.properties ?? FEATURE_PROPERTIES,
      edition: connection.criteria.edition,
    });
    return collection;
  }
}
