/** Arguments of `AuthorityConnection.featureCollection`: the geometry's options and the properties. */
import { ArrayMaxSize, ArrayUnique } from 'class-validator';
import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { BoundaryArgs } from '../authorities';
import { FEATURE_PROPERTIES, type FeaturePropertyName } from './features.queries';

/** The GraphQL names of the properties (CODE, NAME, ...), each standing for its lower-case key. */
export const FeatureProperty = Object.fromEntries(FEATURE_PROPERTIES.map((name) => [name.toUpperCase(), name])) as { [K in FeaturePropertyName as Uppercase<K>]: K };

registerEnumType(FeatureProperty, {
  name: 'FeatureProperty',
  description: "A property of each feature in a featureCollection; the key in the feature's properties is the lower-case name.",
  valuesConfig: {
    CODE: { description: 'ONS LAD16 code (also the feature id).' },
    NAME: { description: 'District name.' },
    REGION: { description: 'Region name.' },
    RANK: { description: 'Social Mobility Index rank in the edition (1 = best); null when unranked.' },
    SCORE: { description: 'Social Mobility Index score in the edition; null when unranked.' },
    BAND: { description: 'HOTSPOT, COLDSPOT or NEITHER in the edition; null when unranked.' },
    QUINTILE: { description: 'Quintile 1..5 of the rank in the edition (1 = hotspots); null when unranked.' },
    COASTAL: { description: 'True when at least 0.5 km of the boundary faces open water at least 2 km wide (Classification.coastal).' },
    RURAL: { description: 'DEFRA 2011 Predominantly Rural.' },
    INDUSTRIAL: { description: 'ONS 2011 area classification: Services and Industrial Legacy, or Manufacturing Traits.' },
    POPULATION: { description: 'ONS mid-2016 population estimate.' },
  },
});

@ArgsType()
export class FeatureCollectionArgs extends BoundaryArgs {
  @Field(() => [FeatureProperty], {
    nullable: true,
    description: 'Properties each feature carries, in this order (each at most once); default all of them.',
  })
  @ArrayMaxSize(FEATURE_PROPERTIES.length, { message: `must list at most the ${FEATURE_PROPERTIES.length} properties there are` })
  @ArrayUnique({ message: 'must name each property at most once' })
  properties?: FeaturePropertyName[];
}
