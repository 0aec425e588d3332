/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an area is (ONS geography, 2014–2025). */
export type AreaKind =
  /** A combined authority, e.g. Greater Manchester, Liverpool City Region. */
  | 'COMBINED_AUTHORITY'
  /** England. */
  | 'COUNTRY'
  /** A two-tier (non-metropolitan) county, e.g. Norfolk; some were abolished for unitary councils (Somerset to 2022). */
  | 'COUNTY'
  /** A lower-tier council: one of the 326 districts of 2016 (the same code), or a council made since (Somerset, North Yorkshire, Cumberland, …). */
  | 'DISTRICT'
  /** A metropolitan county, e.g. Greater Manchester, West Midlands. */
  | 'METROPOLITAN_COUNTY'
  /** One of the 9 English regions. */
  | 'REGION';

/** Band of a district in an edition ranking N districts, with k = round(0.2 N) (65 of 324): the best 20% are hotspots, the worst 20% coldspots (Social Mobility Commission, State of the Nation 2017). */
export type MobilityBand =
  /** Rank N-k+1..N: among the worst 20% of ranked districts. */
  | 'COLDSPOT'
  /** Rank 1..k: among the best 20% of ranked districts. */
  | 'HOTSPOT'
  /** Ranked, in neither band (ranks k+1..N-k). */
  | 'NEITHER';

/** DEFRA Rural-Urban Classification 2011 of local authority districts (six classes, by the share of the population in rural areas including hub towns). */
export type RuralUrbanClass =
  /** Class 2: Largely Rural (rural including hub towns 50-79%). Broad group Predominantly Rural. */
  | 'LARGELY_RURAL'
  /** Class 1: Mainly Rural (rural including hub towns >= 80%). Broad group Predominantly Rural. */
  | 'MAINLY_RURAL'
  /** Class 4: Urban with City and Town. Broad group Predominantly Urban. */
  | 'URBAN_WITH_CITY_AND_TOWN'
  /** Class 6: Urban with Major Conurbation. Broad group Predominantly Urban. */
  | 'URBAN_WITH_MAJOR_CONURBATION'
  /** Class 5: Urban with Minor Conurbation. Broad group Predominantly Urban. */
  | 'URBAN_WITH_MINOR_CONURBATION'
  /** Class 3: Urban with Significant Rural (rural including hub towns 26-49%). Broad group of the same name. */
  | 'URBAN_WITH_SIGNIFICANT_RURAL';

export type WestminsterQueryVariables = Exact<{ [key: string]: never; }>;


export type WestminsterQuery = { authority: { id: string, name: string, population: number | null, region: { id: string, name: string }, mobility: { edition: number, score: number, rank: number, outOf: number, band: MobilityBand, quintile: number } | null } | null };

export type EastMidlandsColdspotsQueryVariables = Exact<{ [key: string]: never; }>;


export type EastMidlandsColdspotsQuery = { authorities: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, mobility: { rank: number, score: number } | null, classification: { ruralUrban: RuralUrbanClass, industrial: boolean } }> } };

export type NorfolkQueryVariables = Exact<{ [key: string]: never; }>;


export type NorfolkQuery = { area: { id: string, code: string, name: string, kind: AreaKind, summary: { edition: number, districtCount: number, rankedCount: number, hotspotCount: number, coldspotCount: number, population: number, populationInColdspots: number, populationWeightedScore: number | null }, districts: Array<{ id: string, name: string, mobility: { rank: number, band: MobilityBand } | null }> } | null };

export type SomersetCouncilQueryVariables = Exact<{ [key: string]: never; }>;


export type SomersetCouncilQuery = { area: { id: string, code: string, name: string, kind: AreaKind, validFrom: number | null, replaces: Array<{ id: string, code: string, name: string, kind: AreaKind, validTo: number | null }>, districts: Array<{ id: string, code: string, name: string, mobility: { rank: number, band: MobilityBand } | null }> } | null };

export type GreaterManchesterQueryVariables = Exact<{ [key: string]: never; }>;


export type GreaterManchesterQuery = { authorities: { nodes: Array<{ id: string, name: string, successor: { id: string, name: string }, mobility: { rank: number, band: MobilityBand } | null }> } };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: Array<{ id: string, code: string, name: string, authorityCount: number, rankedCount: number, hotspotCount: number, coldspotCount: number }> };

export type RuralColdspotsQueryVariables = Exact<{ [key: string]: never; }>;


export type RuralColdspotsQuery = { authorities: { totalCount: number, nodes: Array<{ id: string, name: string, mobility: { rank: number } | null, deprivation: { imd: { rankOfAverageScore: number, averageScore: number } } | null }> } };

export type BoundaryQueryVariables = Exact<{ [key: string]: never; }>;


export type BoundaryQuery = { authority: { id: string, code: string, centroid: Record<string, any>, boundary: Record<string, any> } | null };

export type ProvenanceQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvenanceQuery = { editions: Array<{ id: string, edition: number, title: string, publisher: string, publishedOn: string, rankedCount: number, bandSize: number, licence: string }>, sources: Array<{ id: string, title: string, publisher: string, licence: string, attribution: string }> };

export type CoastalColdspotsMapQueryVariables = Exact<{ [key: string]: never; }>;


export type CoastalColdspotsMapQuery = { authorities: { totalCount: number, featureCollection: Record<string, any> } };


export const WestminsterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Westminster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"E09000033","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"outOf"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"quintile"}}]}}]}}]}}]} as unknown as DocumentNode<WestminsterQuery, WestminsterQueryVariables>;
export const EastMidlandsColdspotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EastMidlandsColdspots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"StringValue","value":"East Midlands","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"band"},"value":{"kind":"EnumValue","value":"COLDSPOT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"RANK_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruralUrban"}},{"kind":"Field","name":{"kind":"Name","value":"industrial"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EastMidlandsColdspotsQuery, EastMidlandsColdspotsQueryVariables>;
export const NorfolkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Norfolk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Norfolk","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"districtCount"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotCount"}},{"kind":"Field","name":{"kind":"Name","value":"coldspotCount"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationInColdspots"}},{"kind":"Field","name":{"kind":"Name","value":"populationWeightedScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NorfolkQuery, NorfolkQueryVariables>;
export const SomersetCouncilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SomersetCouncil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Somerset","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SomersetCouncilQuery, SomersetCouncilQueryVariables>;
export const GreaterManchesterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GreaterManchester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"StringValue","value":"E47000001","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"RANK_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GreaterManchesterQuery, GreaterManchesterQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorityCount"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotCount"}},{"kind":"Field","name":{"kind":"Name","value":"coldspotCount"}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const RuralColdspotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuralColdspots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rural"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"band"},"value":{"kind":"EnumValue","value":"COLDSPOT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"RANK_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprivation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankOfAverageScore"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RuralColdspotsQuery, RuralColdspotsQueryVariables>;
export const BoundaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Boundary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Blackpool","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMetres"},"value":{"kind":"IntValue","value":"250"}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"5"}}]}]}}]}}]} as unknown as DocumentNode<BoundaryQuery, BoundaryQueryVariables>;
export const ProvenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"bandSize"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}}]}}]} as unknown as DocumentNode<ProvenanceQuery, ProvenanceQueryVariables>;
export const CoastalColdspotsMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoastalColdspotsMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"coastal"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"band"},"value":{"kind":"EnumValue","value":"COLDSPOT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"featureCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMetres"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"properties"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CODE"},{"kind":"EnumValue","value":"NAME"},{"kind":"EnumValue","value":"BAND"}]}}]}]}}]}}]} as unknown as DocumentNode<CoastalColdspotsMapQuery, CoastalColdspotsMapQueryVariables>;