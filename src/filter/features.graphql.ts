/**
 * `AuthorityConnection.featureCollection` in GraphQL: its arguments (the geometry's options and
 * the properties) and its resolver, the connection's page as one GeoJSON FeatureCollection built
 * by PostgreSQL (features.queries.ts).
 */
import { ArrayMaxSize, ArrayUnique } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, registerEnumType, Resolver, Root } from 'type-graphql';
import { BoundaryArgs, boundaryOptions } from '../authorities';
import { boundaryCost, GeoJSONScalar, type RequestContext } from '../common';
import { AuthorityConnection } from './authorities.graphql';
import { FEATURE_PROPERTIES, featureCollection, type FeaturePropertyName } from './features.queries';

// Arguments of `AuthorityConnection.featureCollection`: the geometry's options and the properties.

/** The GraphQL names of the properties (CODE, NAME, ...), each standing for its lower-case key. */
export const FeatureProperty = Object.fromEntries(FEATURE_PROPERTIES.map((name) => [name.toUpperCase(), name])) as {
  [K in FeaturePropertyName as Uppercase<K>]: K;
};

registerEnumType(FeatureProperty, {
  name: 'FeatureProperty',
  description:
    "A property of each feature in a featureCollection; the key in the feature's properties is the lower-case name.",
  valuesConfig: {
    CODE: { description: 'ONS LAD16 code (also the feature id).' },
    NAME: { description: 'District name.' },
    REGION: { description: 'Region name.' },
    RANK: { description: 'Social Mobility Index rank in the edition (1 = best); null when unranked.' },
    SCORE: { description: 'Social Mobility Index score in the edition; null when unranked.' },
    BAND: { description: 'HOTSPOT, COLDSPOT or NEITHER in the edition; null when unranked.' },
    QUINTILE: { description: 'Quintile 1..5 of the rank in the edition (1 = hotspots); null when unranked.' },
    COASTAL: {
      description:
        'True when at least 0.5 km of the boundary faces open water at least 2 km wide (Classification.coastal).',
    },
    RURAL: { description: 'DEFRA 2011 Predominantly Rural.' },
    INDUSTRIAL: {
      description: 'ONS 2011 area classification: Services and Industrial Legacy, or Manufacturing Traits.',
    },
    POPULATION: { description: 'ONS mid-2016 population estimate.' },
  },
});

@ArgsType()
export class FeatureCollectionArgs extends BoundaryArgs {
  @Field(() => [FeatureProperty], {
    nullable: true,
    description: 'Properties each feature carries, in this order (each at most once); default all of them.',
  })
  @ArrayMaxSize(FEATURE_PROPERTIES.length, {
    message: `must list at most the ${FEATURE_PROPERTIES.length} properties there are`,
  })
  @ArrayUnique({ message: 'must name each property at most once' })
  properties?: FeaturePropertyName[];
}

// `AuthorityConnection.featureCollection`: the connection's page as one GeoJSON FeatureCollection.

@Resolver(() => AuthorityConnection)
export class FeatureCollectionResolver {
  @FieldResolver(() => GeoJSONScalar, {
    complexity: boundaryCost,
    description:
      "This page's districts as one GeoJSON FeatureCollection, built by the database: the same filter, order and paging, each feature's id its ONS code, its geometry the boundary as the arguments ask and its properties those listed (of the filter's edition). It drops into MapLibre, Leaflet or QGIS as it is; in BNG it names EPSG:27700 in a top-level crs member.",
  })
  async featureCollection(
    @Root() connection: AuthorityConnection,
    @Args() args: FeatureCollectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<object> {
    const { collection } = await featureCollection(ctx.db, connection.criteria, connection.page, {
      ...boundaryOptions(args),
      properties: args.properties ?? FEATURE_PROPERTIES,
      edition: connection.criteria.edition,
    });
    return collection;
  }
}
