/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A GeoJSON object (RFC 7946): a geometry such as {"type":"Point","coordinates":[-0.1276,51.5072]}. Coordinates are WGS84 longitude, latitude (EPSG:4326) unless the field was asked for British National Grid (EPSG:27700, metres), in which case the object carries a "crs" member naming it. */
  GeoJSON: { input: Record<string, any>; output: Record<string, any>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** A class of the ONS 2011 Area Classification for Local Authorities (v2). */
export type AreaClass = {
  __typename?: 'AreaClass';
  /** Class code: "6" (supergroup), "6a" (group), "6a1" (subgroup). */
  code: Scalars['String']['output'];
  /** Class name as published by ONS, e.g. "Services and Industrial Legacy". */
  name: Scalars['String']['output'];
};

/** ONS 2011 Area Classification for Local Authorities v2 (July 2017). City of London and Westminster share one published row. */
export type AreaType = {
  __typename?: 'AreaType';
  /** Group, e.g. 6a "Services, Manufacturing and Mining Legacy". */
  group: AreaClass;
  /** Subgroup, e.g. 6a1 "Manufacturing Legacy". */
  subgroup: AreaClass;
  /** Supergroup, e.g. 6 "Services and Industrial Legacy". */
  supergroup: AreaClass;
};

/** A page of districts matching a filter, in the requested order. */
export type AuthorityConnection = {
  __typename?: 'AuthorityConnection';
  /** The districts on this page, each with its cursor. */
  edges: Array<AuthorityEdge>;
  /** The districts on this page (the same as edges.node). */
  nodes: Array<LocalAuthority>;
  /** Cursors and whether more pages follow or precede. */
  pageInfo: PageInfo;
  /** Number of districts matching the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One district in a page of results, with the cursor that points at it. */
export type AuthorityEdge = {
  __typename?: 'AuthorityEdge';
  /** Opaque cursor: pass it as `after` to continue after this district. */
  cursor: Scalars['String']['output'];
  /** The district. */
  node: LocalAuthority;
};

/** Conditions a district must meet. All given fields must hold (AND); use `or` and `not` for other combinations. Omitted fields do not filter. */
export type AuthorityFilter = {
  /** Every one of these filters must hold. */
  and?: InputMaybe<Array<AuthorityFilter>>;
  /** Band in the chosen edition. Districts the edition does not rank match no band. */
  band?: InputMaybe<MobilityBand>;
  /** ONS LAD16 codes; the district must be one of them (at most 500). Unknown codes match nothing. */
  codes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Edition that band, rankFrom/rankTo (and RANK/SCORE ordering) refer to; default the latest loaded. Alone it does not filter. */
  edition?: InputMaybe<Scalars['Int']['input']>;
  /** true: only industrial districts (ONS supergroup "Services and Industrial Legacy" or group "Manufacturing Traits"); false: only the others. */
  industrial?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive substring of the district name, 1-100 characters. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** This filter must not hold. */
  not?: InputMaybe<AuthorityFilter>;
  /** At least one of these filters must hold (an empty list matches nothing). */
  or?: InputMaybe<Array<AuthorityFilter>>;
  /** Lowest (best) rank to include, 1..N of the edition. Unranked districts are excluded when rankFrom or rankTo is given. */
  rankFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Highest (worst) rank to include, 1..N of the edition, at least rankFrom. */
  rankTo?: InputMaybe<Scalars['Int']['input']>;
  /** English region by name (case-insensitive, e.g. "London") or ONS code (e.g. E12000007). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** true: only Predominantly Rural districts (DEFRA classes Mainly Rural, Largely Rural); false: only the others. */
  rural?: InputMaybe<Scalars['Boolean']['input']>;
  /** DEFRA rural-urban classes; the district must be in one of them. */
  ruralUrban?: InputMaybe<Array<RuralUrbanClass>>;
};

/** Order of a list of districts. Ties, and districts without a value (unranked in RANK/SCORE orders, which come last), are ordered by code. */
export type AuthorityOrder =
  /** Boundary area (areaKm2), smallest first. */
  | 'AREA_ASC'
  /** Boundary area (areaKm2), largest first. */
  | 'AREA_DESC'
  /** ONS code, ascending (the default). */
  | 'CODE_ASC'
  /** ONS code, descending. */
  | 'CODE_DESC'
  /** Name, A to Z. */
  | 'NAME_ASC'
  /** Name, Z to A. */
  | 'NAME_DESC'
  /** Mid-2016 population, smallest first. */
  | 'POPULATION_ASC'
  /** Mid-2016 population, largest first. */
  | 'POPULATION_DESC'
  /** Index rank, best (1) first, in filter.edition or the latest edition. */
  | 'RANK_ASC'
  /** Index rank, worst first, in filter.edition or the latest edition. */
  | 'RANK_DESC'
  /** Index score, lowest first, in filter.edition or the latest edition. */
  | 'SCORE_ASC'
  /** Index score, highest first, in filter.edition or the latest edition. */
  | 'SCORE_DESC';

/** How a district is classified: rural-urban (DEFRA 2011), rural and industrial flags, and area type (ONS 2011). */
export type Classification = {
  __typename?: 'Classification';
  /** ONS 2011 Area Classification for Local Authorities: supergroup, group and subgroup. */
  areaType: AreaType;
  /** True when the ONS area type supergroup is "Services and Industrial Legacy" (6) or the group is "Manufacturing Traits" (8a). */
  industrial: Scalars['Boolean']['output'];
  /** True when the broad group is Predominantly Rural (classes Mainly Rural and Largely Rural). */
  rural: Scalars['Boolean']['output'];
  /** Percent of the 2011 population living in rural areas including hub towns (DEFRA). */
  ruralPopulationPct2011: Scalars['Float']['output'];
  /** DEFRA Rural-Urban Classification 2011 class. */
  ruralUrban: RuralUrbanClass;
  /** DEFRA broad group of the class. */
  ruralUrbanBroadGroup: RuralUrbanBroadGroup;
  /** DEFRA class code 1..6 (1 = Mainly Rural, 6 = Urban with Major Conurbation). */
  ruralUrbanCode: Scalars['Int']['output'];
  /** DEFRA class label as published. */
  ruralUrbanName: Scalars['String']['output'];
};

/** Coordinate reference system of returned geometry. */
export type Crs =
  /** British National Grid easting/northing in metres (EPSG:27700), the CRS all lengths, areas and distances are computed in. */
  | 'BNG'
  /** WGS84 longitude/latitude in degrees (EPSG:4326), the GeoJSON default. */
  | 'WGS84';

/** English Indices of Deprivation 2015 district summary (DCLG, 30 September 2015; File 10). Figures are for the 326 districts of 2015, identical to the 2016 districts. */
export type Deprivation = {
  __typename?: 'Deprivation';
  /** Measures for each of the seven domains and two supplementary indices, IMD first. */
  domains: Array<DeprivationMeasures>;
  /** IMD extent (0-1): share of the population living in the most deprived 30% of LSOAs, weighted from 1 in the worst 10% tapering to 0 at 30%. */
  extent: Scalars['Float']['output'];
  /** Index of Multiple Deprivation: the overall measures. */
  imd: DeprivationMeasures;
  /** IMD local concentration: population-weighted average rank of the district's most deprived LSOAs holding 10% of its population (higher = more deprived). */
  localConcentration: Scalars['Float']['output'];
  /** Number of districts ranked (326). */
  outOf: Scalars['Int']['output'];
  /** Rank of extent (1 = most deprived); ties share a rank. */
  rankOfExtent: Scalars['Int']['output'];
  /** Rank of local concentration (1 = most deprived). */
  rankOfLocalConcentration: Scalars['Int']['output'];
};

/** The Index of Multiple Deprivation 2015, its seven domains and the two supplementary indices. */
export type DeprivationDomain =
  /** Barriers to Housing and Services domain. */
  | 'BARRIERS'
  /** Crime domain. */
  | 'CRIME'
  /** Education, Skills and Training Deprivation domain. */
  | 'EDUCATION'
  /** Employment Deprivation domain. */
  | 'EMPLOYMENT'
  /** Health Deprivation and Disability domain. */
  | 'HEALTH'
  /** Income Deprivation Affecting Children Index (supplementary). */
  | 'IDACI'
  /** Income Deprivation Affecting Older People Index (supplementary). */
  | 'IDAOPI'
  /** Index of Multiple Deprivation (all domains combined). */
  | 'IMD'
  /** Income Deprivation domain. */
  | 'INCOME'
  /** Living Environment Deprivation domain. */
  | 'LIVING_ENVIRONMENT';

/** Summary measures of one deprivation domain for a district (IoD 2015). Rank 1 = most deprived of the 326 districts; tied values share a rank. */
export type DeprivationMeasures = {
  __typename?: 'DeprivationMeasures';
  /** Population-weighted average of the district's neighbourhood (LSOA) ranks, where the most deprived of England's 32,844 LSOAs has the highest rank: higher = more deprived. */
  averageRank: Scalars['Float']['output'];
  /** Population-weighted average of LSOA scores. For Income, Employment, IDACI and IDAOPI a rate (0-1); for Health, Crime, Barriers and Living Environment a standardised score that can be negative. */
  averageScore: Scalars['Float']['output'];
  /** The domain these measures describe. */
  domain: DeprivationDomain;
  /** Share (0-1) of the district's LSOAs in England's most deprived 10%. */
  mostDeprived10PctShare: Scalars['Float']['output'];
  /** Rank of averageRank among the 326 districts (1 = most deprived). */
  rankOfAverageRank: Scalars['Int']['output'];
  /** Rank of averageScore among the 326 districts (1 = most deprived). For IMD this is the headline district ranking. */
  rankOfAverageScore: Scalars['Int']['output'];
  /** Rank of mostDeprived10PctShare (1 = highest share); ties share a rank. */
  rankOfMostDeprived10PctShare: Scalars['Int']['output'];
  /** Rank of scale (1 = most people deprived). Null where scale is null. */
  rankOfScale?: Maybe<Scalars['Int']['output']>;
  /** Income and Employment only: number of people income- or employment-deprived (a count). Null for other domains. */
  scale?: Maybe<Scalars['Float']['output']>;
};

/** An edition of the Social Mobility Index: who published it, when, under which licence, and what it covers. */
export type Edition = {
  __typename?: 'Edition';
  /** Attribution statement the licence requires. */
  attribution: Scalars['String']['output'];
  /** k = round(0.2 N): the number of hotspots, and of coldspots. */
  bandSize: Scalars['Int']['output'];
  /** Coldspots are ranks coldspotMinRank..N (= N-k+1..N). */
  coldspotMinRank: Scalars['Int']['output'];
  /** Edition year, e.g. 2016. Pass it as `edition` to fields and filters. */
  edition: Scalars['Int']['output'];
  /** Hotspots are ranks 1..hotspotMaxRank (= k). */
  hotspotMaxRank: Scalars['Int']['output'];
  /** Number of indicators (of 16) with values in this edition; 0 when only overall scores were published. */
  indicatorCount: Scalars['Int']['output'];
  /** True for the newest loaded edition: the default wherever `edition` is omitted. */
  latest: Scalars['Boolean']['output'];
  /** Licence the figures are used under. */
  licence: Scalars['String']['output'];
  /** Number of life stages (of 4) with scores in this edition; 0 when only overall scores were published. */
  lifeStageCount: Scalars['Int']['output'];
  /** When this edition was loaded into this database (UTC, ISO 8601). */
  loadedAt: Scalars['String']['output'];
  /** Publication date (YYYY-MM-DD). */
  publishedOn: Scalars['LocalDate']['output'];
  /** Organisation that published the edition. */
  publisher: Scalars['String']['output'];
  /** N: number of districts the edition ranks (324 for 2016; City of London and Isles of Scilly are not ranked). */
  rankedCount: Scalars['Int']['output'];
  /** The dataset the edition was loaded from; null for an import without one. */
  source?: Maybe<Source>;
  /** Title of the publication. */
  title: Scalars['String']['output'];
};

/** Value of one of the index indicators for a district in an edition. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** True when a higher value means better outcomes. */
  higherIsBetter: Scalars['Boolean']['output'];
  /** Indicator code within its edition. */
  indicator: Scalars['String']['output'];
  /** Life stage the indicator belongs to. */
  lifeStage: Scalars['String']['output'];
  /** Indicator name as published. */
  name: Scalars['String']['output'];
  /** Unit of the value, e.g. "%" or "£ per week". */
  unit: Scalars['String']['output'];
  /** The value; null when suppressed or not published. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Score of a district in one life stage of an edition (published from 2017 on). */
export type LifeStageScore = {
  __typename?: 'LifeStageScore';
  /** Life stage code: EARLY_YEARS, SCHOOL, YOUTH or WORKING_LIVES. */
  lifeStage: Scalars['String']['output'];
  /** Life stage name as published. */
  name: Scalars['String']['output'];
  /** Rank of the life-stage score among ranked districts (1 = best); null when not published. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** Life-stage score (higher is better); null when not published. */
  score?: Maybe<Scalars['Float']['output']>;
};

/** An English local authority district (ONS LAD16, December 2016 geography): 326 districts, 324 of them ranked by the Social Mobility Index. */
export type LocalAuthority = {
  __typename?: 'LocalAuthority';
  /** Area in km² of the boundary served by this API (clipped to the coastline, generalised to 200 m), measured in British National Grid (EPSG:27700). */
  areaKm2: Scalars['Float']['output'];
  /** Boundary as a GeoJSON MultiPolygon: ONS December 2016 district boundary, clipped to the coastline and generalised to about 200 m (super generalised), made valid. WGS84 unless crs is BNG. */
  boundary: Scalars['GeoJSON']['output'];
  /** Centroid of the boundary as a GeoJSON Point, computed in EPSG:27700 (the centre of mass; for an odd shape it can fall outside the district). */
  centroid: Scalars['GeoJSON']['output'];
  /** Rural-urban class (DEFRA 2011), rural and industrial flags, and ONS area type. */
  classification: Classification;
  /** ONS LAD16 code, e.g. E09000033 (Westminster). */
  code: Scalars['ID']['output'];
  /** English Indices of Deprivation 2015 summary for the district (all 326 districts have one). */
  deprivation?: Maybe<Deprivation>;
  /** Social Mobility Index score, rank, band and quintile in an edition (default the latest loaded). Null when the edition does not rank the district (City of London and Isles of Scilly are never ranked). */
  mobility?: Maybe<Mobility>;
  /** ONS LAD16 name, e.g. "Westminster", "Kingston upon Hull, City of". */
  name: Scalars['String']['output'];
  /** ONS mid-2016 population estimate (usual residents, all ages). Null only if the estimate were missing; all 326 have one. */
  population?: Maybe<Scalars['Int']['output']>;
  /** ONS mid-2016 population estimate with land area and density. */
  populationEstimate?: Maybe<PopulationEstimate>;
  /** The English region the district is in (ONS LAD16 to RGN16 lookup). */
  region: Region;
};


/** An English local authority district (ONS LAD16, December 2016 geography): 326 districts, 324 of them ranked by the Social Mobility Index. */
export type LocalAuthorityBoundaryArgs = {
  crs?: InputMaybe<Crs>;
  precision?: InputMaybe<Scalars['Int']['input']>;
  simplifyMetres?: InputMaybe<Scalars['Float']['input']>;
};


/** An English local authority district (ONS LAD16, December 2016 geography): 326 districts, 324 of them ranked by the Social Mobility Index. */
export type LocalAuthorityCentroidArgs = {
  crs?: InputMaybe<Crs>;
};


/** An English local authority district (ONS LAD16, December 2016 geography): 326 districts, 324 of them ranked by the Social Mobility Index. */
export type LocalAuthorityMobilityArgs = {
  edition?: InputMaybe<Scalars['Int']['input']>;
};

/** How a district does on the Social Mobility Index in one edition. */
export type Mobility = {
  __typename?: 'Mobility';
  /** HOTSPOT (rank <= k), COLDSPOT (rank > N-k) or NEITHER, with k = round(0.2 N). */
  band: MobilityBand;
  /** Edition year the figures come from. */
  edition: Scalars['Int']['output'];
  /** Values of the 16 indicators, by life stage; empty when the edition published only overall scores (2016). */
  indicators: Array<IndicatorValue>;
  /** Scores in the four life stages (early years, school, youth, working lives) in life-stage order; empty when the edition published only overall scores (2016). */
  lifeStages: Array<LifeStageScore>;
  /** N: the number of districts ranked in this edition. */
  outOf: Scalars['Int']['output'];
  /** Quintile 1 (best) .. 5 (worst): quintile q holds ranks up to round(0.2 q N), so quintile 1 = hotspots and 5 = coldspots. */
  quintile: Scalars['Int']['output'];
  /** Overall rank, 1 = best, among outOf ranked districts. */
  rank: Scalars['Int']['output'];
  /** Overall index score as published: a standardised composite, higher is better (2016: +117.84 Westminster to -89.36 West Somerset). */
  score: Scalars['Float']['output'];
};

/** Band of a district in an edition ranking N districts, with k = round(0.2 N) (65 of 324): the best 20% are hotspots, the worst 20% coldspots (Social Mobility Commission, State of the Nation 2017). */
export type MobilityBand =
  /** Rank N-k+1..N: among the worst 20% of ranked districts. */
  | 'COLDSPOT'
  /** Rank 1..k: among the best 20% of ranked districts. */
  | 'HOTSPOT'
  /** Ranked, in neither band (ranks k+1..N-k). */
  | 'NEITHER';

/** Where a page sits in the full, ordered result. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last result on this page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more results follow this page (pass endCursor as `after`). */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when results precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first result on this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** ONS mid-2016 population estimate for a district, with land area and density (MYE2 and MYE5, published 22 June 2017). */
export type PopulationEstimate = {
  __typename?: 'PopulationEstimate';
  /** ONS land area in km² (Standard Area Measurements, whole km² as published). Differs from areaKm2, which is measured on the coastline-clipped, generalised boundary. */
  landAreaKm2: Scalars['Float']['output'];
  /** Usual residents, all ages, mid-2016. */
  persons: Scalars['Int']['output'];
  /** Persons per km² of land, mid-2016, as published by ONS (whole number). */
  personsPerKm2: Scalars['Float']['output'];
  /** Usual residents, all ages, mid-2015 (for change over the year). */
  personsPreviousYear: Scalars['Int']['output'];
  /** Reference year: estimates refer to 30 June of this year. */
  year: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A page of the districts matching `filter`, in `orderBy` order, with the total count and cursors for the next page. */
  authorities: AuthorityConnection;
  /** One district by ONS code or by name (exact, case-insensitive). Give exactly one of the two. Null when no district matches. */
  authority?: Maybe<LocalAuthority>;
  /** The loaded editions of the Social Mobility Index, newest first. */
  editions: Array<Edition>;
  /** England's 9 regions (ONS RGN16), by name. */
  regions: Array<Region>;
  /** Every public dataset the API serves figures from, with licence and required attribution. */
  sources: Array<Source>;
};


export type QueryAuthoritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuthorityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AuthorityOrder>;
};


export type QueryAuthorityArgs = {
  code?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** An English region (ONS RGN16). */
export type Region = {
  __typename?: 'Region';
  /** The districts in the region, by name. For filtered or paged lists use authorities(filter: { region }). */
  authorities: Array<LocalAuthority>;
  /** Number of districts in the region (ranked or not). */
  authorityCount: Scalars['Int']['output'];
  /** ONS region code, e.g. E12000007 (London). */
  code: Scalars['ID']['output'];
  /** Number of coldspots (rank > N - k) in the region in the edition (default the latest). */
  coldspotCount: Scalars['Int']['output'];
  /** Number of hotspots (rank <= k = round(0.2 N)) in the region in the edition (default the latest). */
  hotspotCount: Scalars['Int']['output'];
  /** ONS region name, e.g. "London". */
  name: Scalars['String']['output'];
  /** Number of districts in the region the edition ranks (default the latest edition). */
  rankedCount: Scalars['Int']['output'];
};


/** An English region (ONS RGN16). */
export type RegionColdspotCountArgs = {
  edition?: InputMaybe<Scalars['Int']['input']>;
};


/** An English region (ONS RGN16). */
export type RegionHotspotCountArgs = {
  edition?: InputMaybe<Scalars['Int']['input']>;
};


/** An English region (ONS RGN16). */
export type RegionRankedCountArgs = {
  edition?: InputMaybe<Scalars['Int']['input']>;
};

/** DEFRA three-fold grouping of the rural-urban classes. */
export type RuralUrbanBroadGroup =
  /** Classes 1-2 (Mainly Rural, Largely Rural). */
  | 'PREDOMINANTLY_RURAL'
  /** Classes 4-6. */
  | 'PREDOMINANTLY_URBAN'
  /** Class 3. */
  | 'URBAN_WITH_SIGNIFICANT_RURAL';

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

/** A public dataset the API serves figures from, with its licence and the attribution it requires. */
export type Source = {
  __typename?: 'Source';
  /** Attribution statement the licence requires whenever the data is shown. */
  attribution: Scalars['String']['output'];
  /** Stable identifier of the source, e.g. "smi-2016". */
  id: Scalars['ID']['output'];
  /** Licence the data is used under, e.g. "Open Government Licence v3.0". */
  licence: Scalars['String']['output'];
  /** When it was published (a date, or a month with notes on corrections). */
  published: Scalars['String']['output'];
  /** Organisation that published the dataset. */
  publisher: Scalars['String']['output'];
  /** Title of the dataset as published. */
  title: Scalars['String']['output'];
  /** Where it was published, when known; null otherwise. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Conditions a district must meet. All given fields must hold (AND); use `or` and `not` for other combinations. Omitted fields do not filter. */
export type AuthorityFilter = {
  /** Every one of these filters must hold. */
  and?: Array<AuthorityFilter> | null | undefined;
  /** Band in the chosen edition. Districts the edition does not rank match no band. */
  band?: MobilityBand | null | undefined;
  /** ONS LAD16 codes; the district must be one of them (at most 500). Unknown codes match nothing. */
  codes?: Array<string | number> | null | undefined;
  /** Edition that band, rankFrom/rankTo (and RANK/SCORE ordering) refer to; default the latest loaded. Alone it does not filter. */
  edition?: number | null | undefined;
  /** true: only industrial districts (ONS supergroup "Services and Industrial Legacy" or group "Manufacturing Traits"); false: only the others. */
  industrial?: boolean | null | undefined;
  /** Case-insensitive substring of the district name, 1-100 characters. */
  nameContains?: string | null | undefined;
  /** This filter must not hold. */
  not?: AuthorityFilter | null | undefined;
  /** At least one of these filters must hold (an empty list matches nothing). */
  or?: Array<AuthorityFilter> | null | undefined;
  /** Lowest (best) rank to include, 1..N of the edition. Unranked districts are excluded when rankFrom or rankTo is given. */
  rankFrom?: number | null | undefined;
  /** Highest (worst) rank to include, 1..N of the edition, at least rankFrom. */
  rankTo?: number | null | undefined;
  /** English region by name (case-insensitive, e.g. "London") or ONS code (e.g. E12000007). */
  region?: string | null | undefined;
  /** true: only Predominantly Rural districts (DEFRA classes Mainly Rural, Largely Rural); false: only the others. */
  rural?: boolean | null | undefined;
  /** DEFRA rural-urban classes; the district must be in one of them. */
  ruralUrban?: Array<RuralUrbanClass> | null | undefined;
};

/** Order of a list of districts. Ties, and districts without a value (unranked in RANK/SCORE orders, which come last), are ordered by code. */
export type AuthorityOrder =
  /** Boundary area (areaKm2), smallest first. */
  | 'AREA_ASC'
  /** Boundary area (areaKm2), largest first. */
  | 'AREA_DESC'
  /** ONS code, ascending (the default). */
  | 'CODE_ASC'
  /** ONS code, descending. */
  | 'CODE_DESC'
  /** Name, A to Z. */
  | 'NAME_ASC'
  /** Name, Z to A. */
  | 'NAME_DESC'
  /** Mid-2016 population, smallest first. */
  | 'POPULATION_ASC'
  /** Mid-2016 population, largest first. */
  | 'POPULATION_DESC'
  /** Index rank, best (1) first, in filter.edition or the latest edition. */
  | 'RANK_ASC'
  /** Index rank, worst first, in filter.edition or the latest edition. */
  | 'RANK_DESC'
  /** Index score, lowest first, in filter.edition or the latest edition. */
  | 'SCORE_ASC'
  /** Index score, highest first, in filter.edition or the latest edition. */
  | 'SCORE_DESC';

/** Coordinate reference system of returned geometry. */
export type Crs =
  /** British National Grid easting/northing in metres (EPSG:27700), the CRS all lengths, areas and distances are computed in. */
  | 'BNG'
  /** WGS84 longitude/latitude in degrees (EPSG:4326), the GeoJSON default. */
  | 'WGS84';

/** The Index of Multiple Deprivation 2015, its seven domains and the two supplementary indices. */
export type DeprivationDomain =
  /** Barriers to Housing and Services domain. */
  | 'BARRIERS'
  /** Crime domain. */
  | 'CRIME'
  /** Education, Skills and Training Deprivation domain. */
  | 'EDUCATION'
  /** Employment Deprivation domain. */
  | 'EMPLOYMENT'
  /** Health Deprivation and Disability domain. */
  | 'HEALTH'
  /** Income Deprivation Affecting Children Index (supplementary). */
  | 'IDACI'
  /** Income Deprivation Affecting Older People Index (supplementary). */
  | 'IDAOPI'
  /** Index of Multiple Deprivation (all domains combined). */
  | 'IMD'
  /** Income Deprivation domain. */
  | 'INCOME'
  /** Living Environment Deprivation domain. */
  | 'LIVING_ENVIRONMENT';

/** Band of a district in an edition ranking N districts, with k = round(0.2 N) (65 of 324): the best 20% are hotspots, the worst 20% coldspots (Social Mobility Commission, State of the Nation 2017). */
export type MobilityBand =
  /** Rank N-k+1..N: among the worst 20% of ranked districts. */
  | 'COLDSPOT'
  /** Rank 1..k: among the best 20% of ranked districts. */
  | 'HOTSPOT'
  /** Ranked, in neither band (ranks k+1..N-k). */
  | 'NEITHER';

/** DEFRA three-fold grouping of the rural-urban classes. */
export type RuralUrbanBroadGroup =
  /** Classes 1-2 (Mainly Rural, Largely Rural). */
  | 'PREDOMINANTLY_RURAL'
  /** Classes 4-6. */
  | 'PREDOMINANTLY_URBAN'
  /** Class 3. */
  | 'URBAN_WITH_SIGNIFICANT_RURAL';

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

export type AuthoritiesPageQueryVariables = Exact<{
  filter?: AuthorityFilter | null | undefined;
  orderBy?: AuthorityOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuthoritiesPageQuery = { authorities: { totalCount: number, edges: Array<{ cursor: string, node: { code: string } }>, nodes: Array<{ code: string, name: string, mobility: { rank: number, score: number, band: MobilityBand } | null }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type AuthorityByCodeQueryVariables = Exact<{
  code: string | number;
  edition?: number | null | undefined;
}>;


export type AuthorityByCodeQuery = { authority: { code: string, name: string, population: number | null, areaKm2: number, region: { code: string, name: string }, mobility: { edition: number, score: number, rank: number, outOf: number, band: MobilityBand, quintile: number, lifeStages: Array<{ lifeStage: string }>, indicators: Array<{ indicator: string }> } | null, classification: { ruralUrban: RuralUrbanClass, ruralUrbanCode: number, ruralUrbanName: string, ruralUrbanBroadGroup: RuralUrbanBroadGroup, rural: boolean, industrial: boolean, ruralPopulationPct2011: number, areaType: { supergroup: { code: string, name: string }, group: { code: string, name: string }, subgroup: { code: string, name: string } } }, deprivation: { outOf: number, extent: number, rankOfExtent: number, localConcentration: number, rankOfLocalConcentration: number, imd: { domain: DeprivationDomain, averageRank: number, rankOfAverageRank: number, averageScore: number, rankOfAverageScore: number, mostDeprived10PctShare: number }, domains: Array<{ domain: DeprivationDomain, rankOfAverageScore: number, scale: number | null, rankOfScale: number | null }> } | null, populationEstimate: { year: number, persons: number, personsPreviousYear: number, landAreaKm2: number, personsPerKm2: number } | null } | null };

export type AuthorityByNameQueryVariables = Exact<{
  name: string;
}>;


export type AuthorityByNameQuery = { authority: { code: string, name: string } | null };

export type EditionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditionsQuery = { editions: Array<{ edition: number, title: string, publisher: string, publishedOn: string, licence: string, attribution: string, rankedCount: number, bandSize: number, hotspotMaxRank: number, coldspotMinRank: number, lifeStageCount: number, indicatorCount: number, latest: boolean, loadedAt: string, source: { id: string, title: string, licence: string } | null }>, sources: Array<{ id: string, title: string, publisher: string, published: string, licence: string, attribution: string }> };

export type EverythingNestedQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: AuthorityFilter | null | undefined;
}>;


export type EverythingNestedQuery = { authorities: { totalCount: number, nodes: Array<{ code: string, name: string, population: number | null, centroid: Record<string, any>, boundary: Record<string, any>, region: { name: string, hotspotCount: number, coldspotCount: number, authorities: Array<{ code: string }> }, mobility: { rank: number, band: MobilityBand, quintile: number, lifeStages: Array<{ name: string }>, indicators: Array<{ name: string }> } | null, classification: { ruralUrban: RuralUrbanClass, rural: boolean, industrial: boolean, areaType: { supergroup: { name: string } } }, deprivation: { imd: { rankOfAverageScore: number }, domains: Array<{ domain: DeprivationDomain, rankOfAverageScore: number }> } | null, populationEstimate: { personsPerKm2: number } | null }> }, regions: Array<{ name: string, authorities: Array<{ code: string, mobility: { band: MobilityBand } | null }> }>, editions: Array<{ edition: number, source: { title: string } | null }> };

export type GeometryQueryVariables = Exact<{
  code: string | number;
  simplifyMetres?: number | null | undefined;
  precision?: number | null | undefined;
  crs?: Crs | null | undefined;
}>;


export type GeometryQuery = { authority: { code: string, areaKm2: number, centroid: Record<string, any>, boundary: Record<string, any>, centroidBng: Record<string, any>, populationEstimate: { landAreaKm2: number } | null } | null };

export type RegionsQueryVariables = Exact<{
  edition?: number | null | undefined;
}>;


export type RegionsQuery = { regions: Array<{ code: string, name: string, authorityCount: number, rankedCount: number, hotspotCount: number, coldspotCount: number, authorities: Array<{ code: string }> }> };


export const AuthoritiesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthoritiesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuthoritiesPageQuery, AuthoritiesPageQueryVariables>;
export const AuthorityByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"outOf"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"quintile"}},{"kind":"Field","name":{"kind":"Name","value":"lifeStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifeStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruralUrban"}},{"kind":"Field","name":{"kind":"Name","value":"ruralUrbanCode"}},{"kind":"Field","name":{"kind":"Name","value":"ruralUrbanName"}},{"kind":"Field","name":{"kind":"Name","value":"ruralUrbanBroadGroup"}},{"kind":"Field","name":{"kind":"Name","value":"rural"}},{"kind":"Field","name":{"kind":"Name","value":"industrial"}},{"kind":"Field","name":{"kind":"Name","value":"ruralPopulationPct2011"}},{"kind":"Field","name":{"kind":"Name","value":"areaType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supergroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subgroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprivation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outOf"}},{"kind":"Field","name":{"kind":"Name","value":"extent"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfExtent"}},{"kind":"Field","name":{"kind":"Name","value":"localConcentration"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfLocalConcentration"}},{"kind":"Field","name":{"kind":"Name","value":"imd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"averageRank"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfAverageRank"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfAverageScore"}},{"kind":"Field","name":{"kind":"Name","value":"mostDeprived10PctShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfAverageScore"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfScale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"populationEstimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"personsPreviousYear"}},{"kind":"Field","name":{"kind":"Name","value":"landAreaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"personsPerKm2"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityByCodeQuery, AuthorityByCodeQueryVariables>;
export const AuthorityByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthorityByNameQuery, AuthorityByNameQueryVariables>;
export const EditionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"bandSize"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotMaxRank"}},{"kind":"Field","name":{"kind":"Name","value":"coldspotMinRank"}},{"kind":"Field","name":{"kind":"Name","value":"lifeStageCount"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"loadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}}]}}]} as unknown as DocumentNode<EditionsQuery, EditionsQueryVariables>;
export const EverythingNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EverythingNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"RANK_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMetres"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"4"}}]},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotCount"}},{"kind":"Field","name":{"kind":"Name","value":"coldspotCount"}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"quintile"}},{"kind":"Field","name":{"kind":"Name","value":"lifeStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruralUrban"}},{"kind":"Field","name":{"kind":"Name","value":"rural"}},{"kind":"Field","name":{"kind":"Name","value":"industrial"}},{"kind":"Field","name":{"kind":"Name","value":"areaType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supergroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprivation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankOfAverageScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfAverageScore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"populationEstimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personsPerKm2"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EverythingNestedQuery, EverythingNestedQueryVariables>;
export const GeometryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Geometry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"simplifyMetres"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"precision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Crs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"}},{"kind":"Field","alias":{"kind":"Name","value":"centroidBng"},"name":{"kind":"Name","value":"centroid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crs"},"value":{"kind":"EnumValue","value":"BNG"}}]},{"kind":"Field","name":{"kind":"Name","value":"boundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMetres"},"value":{"kind":"Variable","name":{"kind":"Name","value":"simplifyMetres"}}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}},{"kind":"Argument","name":{"kind":"Name","value":"crs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crs"}}}]},{"kind":"Field","name":{"kind":"Name","value":"populationEstimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"landAreaKm2"}}]}}]}}]}}]} as unknown as DocumentNode<GeometryQuery, GeometryQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorityCount"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}]},{"kind":"Field","name":{"kind":"Name","value":"hotspotCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}]},{"kind":"Field","name":{"kind":"Name","value":"coldspotCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}]},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;