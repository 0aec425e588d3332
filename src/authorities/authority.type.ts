/** GraphQL types of the local authority district itself. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'ONS mid-2016 population estimate for a district, with land area and density (MYE2 and MYE5, published 22 June 2017).' })
export class PopulationEstimate {
  @Field(() => Int, { description: 'Reference year: estimates refer to 30 June of this year.' })
  year!: number;

  @Field(() => Int, { description: 'Usual residents, all ages, mid-2016.' })
  persons!: number;

  @Field(() => Int, { description: 'Usual residents, all ages, mid-2015 (for change over the year).' })
  personsPreviousYear!: number;

  @Field(() => Float, { description: 'ONS land area in km² (Standard Area Measurements, whole km² as published). Differs from areaKm2, which is measured on the coastline-clipped, generalised boundary.' })
  landAreaKm2!: number;

  @Field(() => Float, { description: 'Persons per km² of land, mid-2016, as published by ONS (whole number).' })
  personsPerKm2!: number;
}

@ObjectType({ simpleResolvers: true, description: 'An English local authority district (ONS LAD16, December 2016 geography): 326 districts, 324 of them ranked by the Social Mobility Index.' })
export class LocalAuthority {
  @Field(() => ID, { description: 'ONS LAD16 code, e.g. E09000033 (Westminster).' })
  code!: string;

  @Field({ description: 'ONS LAD16 name, e.g. "Westminster", "Kingston upon Hull, City of".' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'ONS mid-2016 population estimate (usual residents, all ages). Null only if the estimate were missing; all 326 have one.' })
  population!: number | null;

  @Field(() => Float, { description: 'Area in km² of the boundary served by this API (clipped to the coastline, generalised to 200 m), measured in British National Grid (EPSG:27700).' })
  areaKm2!: number;

  regionCode!: string;
}
