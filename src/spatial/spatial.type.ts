/** GraphQL types of the spatial relations between districts. */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum NeighbourKind {
  LAND_BORDER = 'LAND_BORDER',
  ACROSS_WATER = 'ACROSS_WATER',
}

registerEnumType(NeighbourKind, {
  name: 'NeighbourKind',
  description: 'How two districts neighbour each other. Computed on the GB-wide boundaries (Welsh and Scottish districts included), clipped to the coastline.',
  valuesConfig: {
    LAND_BORDER: { description: 'The boundaries share a line of positive length (sharedBorderKm); a corner touch does not count.' },
    ACROSS_WATER: {
      description: 'The boundaries do not touch, but face each other across a river, estuary or strait: the shortest line between them crosses no other district (GB-wide) and is at most maxWaterGapKm long (gapKm).',
    },
  },
});

export enum DistanceMeasure {
  CENTROID = 'CENTROID',
  BOUNDARY = 'BOUNDARY',
}

registerEnumType(DistanceMeasure, {
  name: 'DistanceMeasure',
  description: 'How the distance between two districts is measured, in British National Grid (EPSG:27700).',
  valuesConfig: {
    CENTROID: { description: 'Between the centroids of the two boundaries.' },
    BOUNDARY: { description: 'Shortest distance between the two boundaries: 0 when they touch; ties are broken by centroid distance.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A neighbouring district and how it neighbours the district asked about.' })
export class Neighbour {
  @Field(() => NeighbourKind, {
    description: 'LAND_BORDER or ACROSS_WATER. For hops > 1, the kind of the last link on a shortest path (LAND_BORDER when both kinds reach it in as many hops).',
  })
  kind!: NeighbourKind;

  @Field(() => Float, { nullable: true, description: 'Length of the shared land border in km (EPSG:27700). Null for ACROSS_WATER and for hops > 1.' })
  sharedBorderKm!: number | null;

  @Field(() => Float, { nullable: true, description: 'Shortest distance across the water between the boundaries, in km (EPSG:27700). Null for LAND_BORDER and for hops > 1.' })
  gapKm!: number | null;

  @Field(() => Int, { description: 'Number of neighbour links from the district asked about: 1 = direct neighbour, 2 = neighbour of a neighbour, ... Each district appears once, at its smallest hop count.' })
  hops!: number;

  code!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A district and its distance from a district or point.' })
export class AuthorityDistance {
  @Field(() => Float, { description: 'Distance in km, measured in British National Grid (EPSG:27700). 0 when the boundaries touch (BOUNDARY) or the point is inside the district.' })
  distanceKm!: number;

  code!: string;
}
