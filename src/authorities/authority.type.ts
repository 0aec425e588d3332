/** GraphQL types for local authority districts and lists of them. */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../common/pagination';
import type { AuthorityCriteria } from './authority.criteria';

@ObjectType({ description: 'ONS mid-2016 population estimate for a district, with land area and density (MYE2 and MYE5, published 22 June 2017).' })
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

@ObjectType({ description: 'An English local authority district (ONS LAD16, December 2016 geography): 326 districts, 324 of them ranked by the Social Mobility Index.' })
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

@ObjectType({ description: 'One district in a page of results, with the cursor that points at it.' })
export class AuthorityEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue after this district.' })
  cursor!: string;

  @Field(() => LocalAuthority, { description: 'The district.' })
  node!: LocalAuthority;
}

@ObjectType({ description: 'A page of districts matching a filter, in the requested order.' })
export class AuthorityConnection {
  @Field(() => [AuthorityEdge], { description: 'The districts on this page, each with its cursor.' })
  edges!: AuthorityEdge[];

  @Field(() => [LocalAuthority], { description: 'The districts on this page (the same as edges.node).' })
  nodes!: LocalAuthority[];

  @Field(() => PageInfo, { description: 'Cursors and whether more pages follow or precede.' })
  pageInfo!: PageInfo;

  criteria!: AuthorityCriteria;
}

export enum AuthorityOrder {
  CODE_ASC = 'CODE_ASC',
  CODE_DESC = 'CODE_DESC',
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  RANK_ASC = 'RANK_ASC',
  RANK_DESC = 'RANK_DESC',
  SCORE_ASC = 'SCORE_ASC',
  SCORE_DESC = 'SCORE_DESC',
  POPULATION_ASC = 'POPULATION_ASC',
  POPULATION_DESC = 'POPULATION_DESC',
  AREA_ASC = 'AREA_ASC',
  AREA_DESC = 'AREA_DESC',
  IMD_RANK_ASC = 'IMD_RANK_ASC',
  IMD_RANK_DESC = 'IMD_RANK_DESC',
}

registerEnumType(AuthorityOrder, {
  name: 'AuthorityOrder',
  description: 'Order of a list of districts. Ties, and districts without a value (unranked in RANK/SCORE orders, which come last), are ordered by code.',
  valuesConfig: {
    CODE_ASC: { description: 'ONS code, ascending (the default).' },
    CODE_DESC: { description: 'ONS code, descending.' },
    NAME_ASC: { description: 'Name, A to Z.' },
    NAME_DESC: { description: 'Name, Z to A.' },
    RANK_ASC: { description: 'Index rank, best (1) first, in filter.edition or the latest edition.' },
    RANK_DESC: { description: 'Index rank, worst first, in filter.edition or the latest edition.' },
    SCORE_ASC: { description: 'Index score, lowest first, in filter.edition or the latest edition.' },
    SCORE_DESC: { description: 'Index score, highest first, in filter.edition or the latest edition.' },
    POPULATION_ASC: { description: 'Mid-2016 population, smallest first.' },
    POPULATION_DESC: { description: 'Mid-2016 population, largest first.' },
    AREA_ASC: { description: 'Boundary area (areaKm2), smallest first.' },
    AREA_DESC: { description: 'Boundary area (areaKm2), largest first.' },
    IMD_RANK_ASC: { description: 'IMD 2015 rank of average score, most deprived (1) first.' },
    IMD_RANK_DESC: { description: 'IMD 2015 rank of average score, least deprived (326) first.' },
  },
});
