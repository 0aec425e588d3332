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

/** Conditions a district must meet. All given fields must hold (AND); use `or` and `not` for other combinations. Omitted fields do not filter. */
export type AuthorityFilter = {
  /** Every one of these filters must hold. */
  and?: Array<AuthorityFilter> | null | undefined;
  /** The 2016 districts of an area, by its ONS code: a county (E10000020 Norfolk), metropolitan county, combined authority (E47000001 Greater Manchester), region, England, or a council of 2016 to 2025 (E06000066 Somerset Council: its five 2016 districts). Find codes with `areas(search:)`. */
  area?: string | number | null | undefined;
  /** Band in the chosen edition. Districts the edition does not rank match no band. */
  band?: MobilityBand | null | undefined;
  /** Only districts that entered or left a band between two editions (ranked in both). */
  bandChange?: BandChangeInput | null | undefined;
  /** Only districts whose boundary intersects this WGS84 box: [minLon, minLat, maxLon, maxLat], longitudes -180..180, latitudes -90..90, min < max. */
  bbox?: Array<number> | null | undefined;
  /** true: only coastal districts (at least 0.5 km of boundary faces open water at least 2 km wide; see Classification.coastlineKm); false: only the others. */
  coastal?: boolean | null | undefined;
  /** ONS LAD16 codes; the district must be one of them (at most 500). Unknown codes match nothing. */
  codes?: Array<string | number> | null | undefined;
  /** Edition that band, rankFrom/rankTo (and RANK/SCORE ordering) refer to; default the latest loaded. Alone it does not filter. */
  edition?: number | null | undefined;
  /** Most deprived IMD 2015 rank to include: rank of average score among the 326 districts, 1 = most deprived. With imdRankTo, e.g. 218..326 is the least deprived third. */
  imdRankFrom?: number | null | undefined;
  /** Least deprived IMD 2015 rank to include (rank of average score, 1..326), at least imdRankFrom. */
  imdRankTo?: number | null | undefined;
  /** true: only industrial districts (ONS supergroup "Services and Industrial Legacy" or group "Manufacturing Traits"); false: only the others. */
  industrial?: boolean | null | undefined;
  /** Only districts whose boundary intersects this GeoJSON geometry (RFC 7946, WGS84 lon/lat; Point, LineString, Polygon, their Multi* forms or a GeometryCollection; at most 10,000 positions). Invalid geometry is an error saying what is wrong. */
  intersects?: Record<string, any> | null | undefined;
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
  /** Only districts within a distance (km) of a point or of a district. */
  withinKm?: WithinInput | null | undefined;
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
  /** IMD 2015 rank of average score, most deprived (1) first. */
  | 'IMD_RANK_ASC'
  /** IMD 2015 rank of average score, least deprived (326) first. */
  | 'IMD_RANK_DESC'
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

/** Direction of a move across a band boundary between two editions. */
export type BandChange =
  /** Outside the band in `from`, inside it in `to`. */
  | 'ENTERED'
  /** Inside the band in `from`, outside it in `to`. */
  | 'LEFT';

/** Districts that moved into or out of a band between two editions, e.g. { from: 2016, to: 2017, band: COLDSPOT, change: ENTERED }. */
export type BandChangeInput = {
  /** The band; default COLDSPOT. */
  band?: MobilityBand | null | undefined;
  /** ENTERED or LEFT. */
  change: BandChange;
  /** Earlier edition (loaded). */
  from: number;
  /** Later edition (loaded). */
  to: number;
};

/** Local Moran cluster type of a district’s index score (high = above the mean score). */
export type ClusterType =
  /** High score among high-scoring neighbours: a cluster of good mobility. */
  | 'HIGH_HIGH'
  /** High score among low-scoring neighbours: an outlier. */
  | 'HIGH_LOW'
  /** Low score among high-scoring neighbours: an outlier. */
  | 'LOW_HIGH'
  /** Low score among low-scoring neighbours: a cluster of poor mobility (coldspots cluster). */
  | 'LOW_LOW'
  /** The local statistic is not significant at the chosen level (or the district has no neighbours). */
  | 'NOT_SIGNIFICANT';

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

/** A property of each feature in a featureCollection; the key in the feature's properties is the lower-case name. */
export type FeatureProperty =
  /** HOTSPOT, COLDSPOT or NEITHER in the edition; null when unranked. */
  | 'BAND'
  /** True when at least 0.5 km of the boundary faces open water at least 2 km wide (Classification.coastal). */
  | 'COASTAL'
  /** ONS LAD16 code (also the feature id). */
  | 'CODE'
  /** ONS 2011 area classification: Services and Industrial Legacy, or Manufacturing Traits. */
  | 'INDUSTRIAL'
  /** District name. */
  | 'NAME'
  /** ONS mid-2016 population estimate. */
  | 'POPULATION'
  /** Quintile 1..5 of the rank in the edition (1 = hotspots); null when unranked. */
  | 'QUINTILE'
  /** Social Mobility Index rank in the edition (1 = best); null when unranked. */
  | 'RANK'
  /** Region name. */
  | 'REGION'
  /** DEFRA 2011 Predominantly Rural. */
  | 'RURAL'
  /** Social Mobility Index score in the edition; null when unranked. */
  | 'SCORE';

/** Band of a district in an edition ranking N districts, with k = round(0.2 N) (65 of 324): the best 20% are hotspots, the worst 20% coldspots (Social Mobility Commission, State of the Nation 2017). */
export type MobilityBand =
  /** Rank N-k+1..N: among the worst 20% of ranked districts. */
  | 'COLDSPOT'
  /** Rank 1..k: among the best 20% of ranked districts. */
  | 'HOTSPOT'
  /** Ranked, in neither band (ranks k+1..N-k). */
  | 'NEITHER';

/** How two districts neighbour each other. Computed on the GB-wide boundaries (Welsh and Scottish districts included), clipped to the coastline. */
export type NeighbourKind =
  /** The boundaries do not touch, but face each other across a river, estuary or strait: the shortest line between them crosses no other district (GB-wide) and is at most maxWaterGapKm long (gapKm). */
  | 'ACROSS_WATER'
  /** The boundaries share a line of positive length (sharedBorderKm); a corner touch does not count. */
  | 'LAND_BORDER';

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

/** A variable statistical neighbours can be computed on. Each is standardised (z-score over the 326 districts) before distances are taken. */
export type SimilarityVariable =
  /** IoD 2015 Barriers to Housing and Services domain average score. */
  | 'BARRIERS'
  /** IoD 2015 Crime domain average score. */
  | 'CRIME'
  /** IoD 2015 Education, Skills and Training domain average score. */
  | 'EDUCATION'
  /** IoD 2015 Employment domain average score (a rate). */
  | 'EMPLOYMENT'
  /** IoD 2015 Health Deprivation and Disability domain average score. */
  | 'HEALTH'
  /** IoD 2015 IMD average score. */
  | 'IMD'
  /** IoD 2015 Income domain average score (a rate). */
  | 'INCOME'
  /** IoD 2015 Living Environment domain average score. */
  | 'LIVING_ENVIRONMENT'
  /** log10 of ONS mid-2016 persons per km². */
  | 'POPULATION_DENSITY'
  /** DEFRA share of the 2011 population in rural areas including hub towns, percent. */
  | 'RURAL_POPULATION_SHARE'
  /** DEFRA rural-urban class code 1 (Mainly Rural) .. 6 (Urban with Major Conurbation), as a number. */
  | 'RURAL_URBAN_CLASS';

/** What to group districts by in a summary. */
export type SummaryGroupBy =
  /** ONS 2011 area classification group (key: its code, e.g. "8a"). */
  | 'AREA_GROUP'
  /** ONS 2011 area classification supergroup (key: its code, e.g. "6"). */
  | 'AREA_SUPERGROUP'
  /** Band in the edition (key: HOTSPOT, COLDSPOT, NEITHER or UNRANKED). */
  | 'BAND'
  /** Coastal or not (key: "true"/"false"; see Classification.coastal). */
  | 'COASTAL'
  /** Industrial or not (key: "true"/"false"; see Classification.industrial). */
  | 'INDUSTRIAL'
  /** English region (key: E12 code). */
  | 'REGION'
  /** DEFRA broad group (key: its name). */
  | 'RURAL_URBAN_BROAD_GROUP'
  /** DEFRA rural-urban class (key: class code 1..6). */
  | 'RURAL_URBAN_CLASS';

/** Within a distance of a point (lon/lat or easting/northing) or of a district (authority). From a point the distance is measured to the district boundary (0 inside); from a district, boundary to boundary (0 when touching, so the district itself and its land neighbours always match). Give exactly one of the three. */
export type WithinInput = {
  /** ONS code of the district to measure from, e.g. E09000028. */
  authority?: string | number | null | undefined;
  /** Easting of the point, British National Grid metres, 0..700000 (with northing). */
  easting?: number | null | undefined;
  /** Distance in km, 0..1000, measured in British National Grid (EPSG:27700). */
  km: number;
  /** Latitude of the point, WGS84 degrees, -90..90 (with lon). */
  lat?: number | null | undefined;
  /** Longitude of the point, WGS84 degrees, -180..180 (with lat). */
  lon?: number | null | undefined;
  /** Northing of the point, British National Grid metres, 0..1300000 (with easting). */
  northing?: number | null | undefined;
};

export type AreaAndWhatItReplacesQueryVariables = Exact<{
  code?: string | number | null | undefined;
  name?: string | null | undefined;
}>;


export type AreaAndWhatItReplacesQuery = { area: { code: string, name: string, kind: AreaKind, validFrom: number | null, validTo: number | null, replaces: Array<{ code: string, validTo: number | null }>, districts: Array<{ code: string }> } | null };

export type AreaByCodeOrNameQueryVariables = Exact<{
  code?: string | number | null | undefined;
  name?: string | null | undefined;
  asOf?: number | null | undefined;
}>;


export type AreaByCodeOrNameQuery = { area: { code: string, name: string, kind: AreaKind, validFrom: number | null, validTo: number | null, districts: Array<{ code: string }> } | null };

export type AreaFieldsFragment = { code: string, name: string, kind: AreaKind, validFrom: number | null, validTo: number | null, districts: Array<{ code: string }> };

export type AreaSummariesQueryVariables = Exact<{
  kind?: AreaKind | null | undefined;
  asOf?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type AreaSummariesQuery = { areas: { totalCount: number, nodes: Array<{ code: string, summary: { districtCount: number, coldspotCount: number, population: number } }> } };

export type AreaWithSummaryQueryVariables = Exact<{
  name: string;
}>;


export type AreaWithSummaryQuery = { area: { code: string, name: string, kind: AreaKind, validFrom: number | null, validTo: number | null, summary: { edition: number, districtCount: number, rankedCount: number, hotspotCount: number, coldspotCount: number, population: number, populationInColdspots: number, meanScore: number | null, populationWeightedScore: number | null, bestRank: number | null, worstRank: number | null }, districts: Array<{ code: string }> } | null };

export type AreasOfDistrictQueryVariables = Exact<{
  code: string | number;
}>;


export type AreasOfDistrictQuery = { authority: { all: Array<{ code: string }>, in2020: Array<{ code: string, kind: AreaKind }>, counties: Array<{ code: string }> } | null };

export type AreasPageQueryVariables = Exact<{
  kind?: AreaKind | null | undefined;
  search?: string | null | undefined;
  asOf?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AreasPageQuery = { areas: { totalCount: number, nodes: Array<{ code: string, name: string, kind: AreaKind, validFrom: number | null, validTo: number | null, districts: Array<{ code: string }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

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

export type AuthorityByCodeOrNameQueryVariables = Exact<{
  code?: string | number | null | undefined;
  name?: string | null | undefined;
}>;


export type AuthorityByCodeOrNameQuery = { authority: { code: string } | null };

export type AuthorityByNameQueryVariables = Exact<{
  name: string;
}>;


export type AuthorityByNameQuery = { authority: { code: string, name: string } | null };

export type AuthorityCodesQueryVariables = Exact<{
  filter?: AuthorityFilter | null | undefined;
  orderBy?: AuthorityOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type AuthorityCodesQuery = { authorities: { totalCount: number, nodes: Array<{ code: string }> } };

export type AuthorityCodesAndNamesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AuthorityCodesAndNamesQuery = { authorities: { nodes: Array<{ code: string, name: string }> } };

export type AuthorityCountQueryVariables = Exact<{
  filter?: AuthorityFilter | null | undefined;
}>;


export type AuthorityCountQuery = { authorities: { totalCount: number } };

export type AuthorityIdQueryVariables = Exact<{
  code: string | number;
}>;


export type AuthorityIdQuery = { authority: { id: string } | null };

export type AuthorityPageWithFeaturesQueryVariables = Exact<{
  filter?: AuthorityFilter | null | undefined;
  orderBy?: AuthorityOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  simplifyMetres?: number | null | undefined;
  properties?: Array<FeatureProperty> | FeatureProperty | null | undefined;
}>;


export type AuthorityPageWithFeaturesQuery = { authorities: { featureCollection: Record<string, any>, nodes: Array<{ code: string, name: string, region: { name: string }, mobility: { rank: number, band: MobilityBand } | null }> } };

export type AuthoritySuccessorsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AuthoritySuccessorsQuery = { authorities: { nodes: Array<{ code: string, successor: { code: string, validTo: number | null } }> } };

export type BandChangesBetweenEditionsQueryVariables = Exact<{
  code: string | number;
  from: number;
  to: number;
  band: MobilityBand;
}>;


export type BandChangesBetweenEditionsQuery = { district: { mobilityChange: { rankFrom: number, rankTo: number, rankChange: number, bandFrom: MobilityBand, bandTo: MobilityBand } | null } | null, entered: { nodes: Array<{ code: string }> }, left: { nodes: Array<{ code: string }> } };

export type BandsOfDistrictsNearestPointQueryVariables = Exact<{
  lon?: number | null | undefined;
  lat?: number | null | undefined;
  first?: number | null | undefined;
  filter?: AuthorityFilter | null | undefined;
}>;


export type BandsOfDistrictsNearestPointQuery = { nearestAuthorities: Array<{ authority: { mobility: { band: MobilityBand } | null } }> };

export type CoastalClassificationQueryVariables = Exact<{
  code: string | number;
}>;


export type CoastalClassificationQuery = { authority: { classification: { coastal: boolean, coastlineKm: number } } | null };

export type CoastalClassificationListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CoastalClassificationListQuery = { authorities: { nodes: Array<{ code: string, classification: { coastal: boolean, coastlineKm: number } }> } };

export type CodesWithinAndOneDistrictQueryVariables = Exact<{
  within: AuthorityFilter;
  code: string | number;
}>;


export type CodesWithinAndOneDistrictQuery = { near: { nodes: Array<{ code: string }> }, district: { code: string, name: string, population: number | null } | null };

export type CompareQueryVariables = Exact<{
  codes: Array<string | number> | string | number;
}>;


export type CompareQuery = { compare: { authorities: Array<{ code: string }>, pairs: Array<{ rankDifference: number | null, imdRankDifference: number, populationDifference: number, centroidDistanceKm: number, boundaryDistanceKm: number, a: { code: string }, b: { code: string } }> } };

export type CompareRankAndBoundaryDistanceQueryVariables = Exact<{
  codes: Array<string | number> | string | number;
}>;


export type CompareRankAndBoundaryDistanceQuery = { compare: { pairs: Array<{ rankDifference: number | null, boundaryDistanceKm: number }> } };

export type CountiesWithSummariesDistrictsAndBoundariesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CountiesWithSummariesDistrictsAndBoundariesQuery = { areas: { nodes: Array<{ code: string, boundary: Record<string, any>, summary: { hotspotCount: number }, districts: Array<{ name: string, mobility: { band: MobilityBand } | null, region: { name: string } }> }> } };

export type DeprivationCorrelationQueryVariables = Exact<{
  filter?: AuthorityFilter | null | undefined;
}>;


export type DeprivationCorrelationQuery = { deprivationCorrelation: { method: string, rho: number | null, n: number } };

export type DistrictAndAreaIdsQueryVariables = Exact<{
  code: string | number;
}>;


export type DistrictAndAreaIdsQuery = { authority: { id: string, code: string } | null, area: { id: string, code: string } | null };

export type DistrictAtPointQueryVariables = Exact<{
  lon?: number | null | undefined;
  lat?: number | null | undefined;
  easting?: number | null | undefined;
  northing?: number | null | undefined;
}>;


export type DistrictAtPointQuery = { authorityAt: { code: string, name: string } | null };

export type DistrictTilePropertiesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DistrictTilePropertiesQuery = { authorities: { nodes: Array<{ code: string, mobility: { rank: number, score: number, band: MobilityBand, quintile: number } | null, classification: { rural: boolean, industrial: boolean, coastal: boolean } }> } };

export type DistrictsNearestPointQueryVariables = Exact<{
  lon?: number | null | undefined;
  lat?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type DistrictsNearestPointQuery = { nearestAuthorities: Array<{ distanceKm: number, authority: { name: string } }> };

export type EditionNumbersQueryVariables = Exact<{ [key: string]: never; }>;


export type EditionNumbersQuery = { editions: Array<{ edition: number }> };

export type EditionTitlesAndLicencesQueryVariables = Exact<{ [key: string]: never; }>;


export type EditionTitlesAndLicencesQuery = { editions: Array<{ edition: number, title: string, rankedCount: number, latest: boolean, source: { licence: string } | null }> };

export type EditionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditionsQuery = { editions: Array<{ edition: number, title: string, publisher: string, publishedOn: string, licence: string, attribution: string, rankedCount: number, bandSize: number, hotspotMaxRank: number, coldspotMinRank: number, lifeStageCount: number, indicatorCount: number, latest: boolean, loadedAt: string, source: { id: string, title: string, licence: string } | null }>, sources: Array<{ id: string, title: string, publisher: string, published: string, licence: string, attribution: string }> };

export type EverythingAnEditionHoldsQueryVariables = Exact<{
  edition: number;
}>;


export type EverythingAnEditionHoldsQuery = { editions: Array<{ edition: number, title: string, publishedOn: string, rankedCount: number, lifeStageCount: number, indicatorCount: number, source: { title: string, licence: string, url: string | null } | null }>, authorities: { nodes: Array<{ code: string, mobility: { score: number, rank: number, band: MobilityBand, lifeStages: Array<{ lifeStage: string, score: number | null, rank: number | null }>, indicators: Array<{ indicator: string, value: number | null }> } | null }> } };

export type EverythingNestedQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: AuthorityFilter | null | undefined;
}>;


export type EverythingNestedQuery = { authorities: { totalCount: number, nodes: Array<{ code: string, name: string, population: number | null, centroid: Record<string, any>, boundary: Record<string, any>, region: { name: string, hotspotCount: number, coldspotCount: number, authorities: Array<{ code: string }> }, mobility: { rank: number, band: MobilityBand, quintile: number, lifeStages: Array<{ name: string }>, indicators: Array<{ name: string }> } | null, classification: { ruralUrban: RuralUrbanClass, rural: boolean, industrial: boolean, areaType: { supergroup: { name: string } } }, deprivation: { imd: { rankOfAverageScore: number }, domains: Array<{ domain: DeprivationDomain, rankOfAverageScore: number }> } | null, populationEstimate: { personsPerKm2: number } | null }> }, regions: Array<{ name: string, authorities: Array<{ code: string, mobility: { band: MobilityBand } | null }> }>, editions: Array<{ edition: number, source: { title: string } | null }> };

export type FeatureCollectionQueryVariables = Exact<{
  filter?: AuthorityFilter | null | undefined;
  first?: number | null | undefined;
  simplifyMetres?: number | null | undefined;
  precision?: number | null | undefined;
  properties?: Array<FeatureProperty> | FeatureProperty | null | undefined;
}>;


export type FeatureCollectionQuery = { authorities: { featureCollection: Record<string, any> } };

export type FeaturesFineAndCoarseQueryVariables = Exact<{
  filter?: AuthorityFilter | null | undefined;
}>;


export type FeaturesFineAndCoarseQuery = { authorities: { fine: Record<string, any>, coarse: Record<string, any> } };

export type FeaturesInWgs84AndBngQueryVariables = Exact<{
  filter?: AuthorityFilter | null | undefined;
}>;


export type FeaturesInWgs84AndBngQuery = { authorities: { wgs84: Record<string, any>, bng: Record<string, any> } };

export type GeometryQueryVariables = Exact<{
  code: string | number;
  simplifyMetres?: number | null | undefined;
  precision?: number | null | undefined;
  crs?: Crs | null | undefined;
}>;


export type GeometryQuery = { authority: { code: string, areaKm2: number, centroid: Record<string, any>, boundary: Record<string, any>, centroidBng: Record<string, any>, populationEstimate: { landAreaKm2: number } | null } | null };

export type IdsOfDistrictsAndCountiesQueryVariables = Exact<{
  districts: number;
  counties: number;
}>;


export type IdsOfDistrictsAndCountiesQuery = { authorities: { nodes: Array<{ id: string, code: string }> }, areas: { nodes: Array<{ id: string, code: string }> } };

export type IdsOfEveryKindQueryVariables = Exact<{
  code: string | number;
  areaName: string;
}>;


export type IdsOfEveryKindQuery = { authority: { id: string, code: string } | null, regions: Array<{ id: string, code: string }>, editions: Array<{ id: string, edition: number }>, area: { id: string, code: string } | null, sources: Array<{ id: string }> };

export type LifeStagesAndIndicatorsQueryVariables = Exact<{
  code: string | number;
  edition: number;
}>;


export type LifeStagesAndIndicatorsQuery = { editions: Array<{ edition: number, lifeStageCount: number, indicatorCount: number }>, authority: { mobility: { lifeStages: Array<{ lifeStage: string, score: number | null, rank: number | null }>, indicators: Array<{ indicator: string, value: number | null, higherIsBetter: boolean }> } | null } | null };

export type LisaClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type LisaClustersQuery = { editions: Array<{ clusters: Array<{ cluster: ClusterType, pValue: number, authority: { code: string } }> }> };

export type MobilityChangeQueryVariables = Exact<{
  code: string | number;
  from: number;
  to: number;
}>;


export type MobilityChangeQuery = { authority: { mobilityChange: { rankFrom: number, rankTo: number, rankChange: number, bandFrom: MobilityBand, bandTo: MobilityBand } | null } | null };

export type MobilityOfDistrictsQueryVariables = Exact<{
  first?: number | null | undefined;
  edition?: number | null | undefined;
}>;


export type MobilityOfDistrictsQuery = { authorities: { nodes: Array<{ code: string, mobility: { score: number, rank: number, outOf: number, band: MobilityBand, quintile: number } | null }> } };

export type MoransIQueryVariables = Exact<{
  permutations?: number | null | undefined;
}>;


export type MoransIQuery = { editions: Array<{ moransI: { i: number, expected: number, pValue: number, zScore: number, districts: number, links: number, isolated: number, permutations: number, seed: number } }> };

export type MoransIAndClustersQueryVariables = Exact<{
  permutations?: number | null | undefined;
  seed?: number | null | undefined;
}>;


export type MoransIAndClustersQuery = { editions: Array<{ moransI: { zScore: number, pValue: number }, clusters: Array<{ cluster: ClusterType, pValue: number, authority: { code: string } }> }> };

export type NearestByBoundaryAndCentroidQueryVariables = Exact<{
  code: string | number;
}>;


export type NearestByBoundaryAndCentroidQuery = { authority: { boundary: Array<{ distanceKm: number, authority: { code: string } }>, centroid: Array<{ distanceKm: number, authority: { code: string } }> } | null };

export type NearestDistrictsQueryVariables = Exact<{
  code: string | number;
  first?: number | null | undefined;
}>;


export type NearestDistrictsQuery = { authority: { nearest: Array<{ distanceKm: number, authority: { code: string } }> } | null };

export type NearestHotspotsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NearestHotspotsQuery = { authorities: { nodes: Array<{ code: string, centroid: Record<string, any>, mobility: { band: MobilityBand } | null, nearestHotspot: { distanceKm: number, authority: { code: string } } | null }> } };

export type NeighbourLinksQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: AuthorityFilter | null | undefined;
  maxWaterGapKm?: number | null | undefined;
}>;


export type NeighbourLinksQuery = { authorities: { nodes: Array<{ code: string, neighbours: Array<{ kind: NeighbourKind, sharedBorderKm: number | null, gapKm: number | null, authority: { code: string } }> }> } };

export type NeighboursNestedQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NeighboursNestedQuery = { authorities: { totalCount: number, nodes: Array<{ code: string, region: { name: string }, neighbours: Array<{ kind: NeighbourKind, sharedBorderKm: number | null, gapKm: number | null, hops: number, authority: { code: string, name: string, region: { name: string } } }>, nearestHotspot: { distanceKm: number, authority: { code: string, name: string, region: { name: string } } } | null }> } };

export type NeighboursOfDistrictQueryVariables = Exact<{
  code: string | number;
  kind?: NeighbourKind | null | undefined;
  depth?: number | null | undefined;
  gap?: number | null | undefined;
  filter?: AuthorityFilter | null | undefined;
}>;


export type NeighboursOfDistrictQuery = { authority: { neighbours: Array<{ kind: NeighbourKind, sharedBorderKm: number | null, gapKm: number | null, hops: number, authority: { code: string, name: string, mobility: { band: MobilityBand } | null } }> } | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Area', code: string, id: string }
    | { __typename: 'Edition', edition: number, id: string }
    | { __typename: 'LocalAuthority', code: string, id: string }
    | { __typename: 'Region', code: string, id: string }
    | { __typename: 'Source', title: string, id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Area', code: string }
    | { __typename: 'Edition' }
    | { __typename: 'LocalAuthority', code: string, mobility: { rank: number } | null }
    | { __typename: 'Region' }
    | { __typename: 'Source' }
   | null> };

export type RegionsQueryVariables = Exact<{
  edition?: number | null | undefined;
}>;


export type RegionsQuery = { regions: Array<{ code: string, name: string, authorityCount: number, rankedCount: number, hotspotCount: number, coldspotCount: number, authorities: Array<{ code: string }> }> };

export type ScoresOfDistrictsQueryVariables = Exact<{
  first?: number | null | undefined;
  edition?: number | null | undefined;
}>;


export type ScoresOfDistrictsQuery = { authorities: { nodes: Array<{ code: string, mobility: { score: number, rank: number, band: MobilityBand, quintile: number } | null }> } };

export type SimilarDistrictsQueryVariables = Exact<{
  code: string | number;
  first?: number | null | undefined;
  basis?: Array<SimilarityVariable> | SimilarityVariable | null | undefined;
}>;


export type SimilarDistrictsQuery = { authority: { similar: Array<{ distance: number, authority: { code: string }, contributions: Array<{ variable: SimilarityVariable, difference: number, share: number }> }> } | null };

export type SummaryQueryVariables = Exact<{
  groupBy: SummaryGroupBy;
  filter?: AuthorityFilter | null | undefined;
  edition?: number | null | undefined;
}>;


export type SummaryQuery = { summary: { edition: number, groups: Array<{ key: string, label: string, districts: number, rankedDistricts: number, hotspots: number, coldspots: number, hotspotShare: number | null, coldspotShare: number | null, shareOfHotspots: number | null, shareOfColdspots: number | null, meanRank: number | null, medianRank: number | null, meanScore: number | null, medianScore: number | null, population: number, populationInHotspots: number, populationInColdspots: number }>, total: { key: string, label: string, districts: number, rankedDistricts: number, hotspots: number, coldspots: number, hotspotShare: number | null, coldspotShare: number | null, shareOfHotspots: number | null, shareOfColdspots: number | null, meanRank: number | null, medianRank: number | null, meanScore: number | null, medianScore: number | null, population: number, populationInHotspots: number, populationInColdspots: number } } };

export type SummaryGroupFieldsFragment = { key: string, label: string, districts: number, rankedDistricts: number, hotspots: number, coldspots: number, hotspotShare: number | null, coldspotShare: number | null, shareOfHotspots: number | null, shareOfColdspots: number | null, meanRank: number | null, medianRank: number | null, meanScore: number | null, medianScore: number | null, population: number, populationInHotspots: number, populationInColdspots: number };

export const AreaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AreaFieldsFragment, unknown>;
export const SummaryGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SummaryGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"districts"}},{"kind":"Field","name":{"kind":"Name","value":"rankedDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"hotspots"}},{"kind":"Field","name":{"kind":"Name","value":"coldspots"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotShare"}},{"kind":"Field","name":{"kind":"Name","value":"coldspotShare"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfHotspots"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfColdspots"}},{"kind":"Field","name":{"kind":"Name","value":"meanRank"}},{"kind":"Field","name":{"kind":"Name","value":"medianRank"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"medianScore"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationInHotspots"}},{"kind":"Field","name":{"kind":"Name","value":"populationInColdspots"}}]}}]} as unknown as DocumentNode<SummaryGroupFieldsFragment, unknown>;
export const AreaAndWhatItReplacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaAndWhatItReplaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaFields"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AreaAndWhatItReplacesQuery, AreaAndWhatItReplacesQueryVariables>;
export const AreaByCodeOrNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaByCodeOrName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AreaByCodeOrNameQuery, AreaByCodeOrNameQueryVariables>;
export const AreaSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtCount"}},{"kind":"Field","name":{"kind":"Name","value":"coldspotCount"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaSummariesQuery, AreaSummariesQueryVariables>;
export const AreaWithSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaWithSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaFields"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"districtCount"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotCount"}},{"kind":"Field","name":{"kind":"Name","value":"coldspotCount"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationInColdspots"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"populationWeightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"bestRank"}},{"kind":"Field","name":{"kind":"Name","value":"worstRank"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AreaWithSummaryQuery, AreaWithSummaryQueryVariables>;
export const AreasOfDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreasOfDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"in2020"},"name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"IntValue","value":"2020"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"counties"},"name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COUNTY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AreasOfDistrictQuery, AreasOfDistrictQueryVariables>;
export const AreasPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreasPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AreasPageQuery, AreasPageQueryVariables>;
export const AuthoritiesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthoritiesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuthoritiesPageQuery, AuthoritiesPageQueryVariables>;
export const AuthorityByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"outOf"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"quintile"}},{"kind":"Field","name":{"kind":"Name","value":"lifeStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifeStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruralUrban"}},{"kind":"Field","name":{"kind":"Name","value":"ruralUrbanCode"}},{"kind":"Field","name":{"kind":"Name","value":"ruralUrbanName"}},{"kind":"Field","name":{"kind":"Name","value":"ruralUrbanBroadGroup"}},{"kind":"Field","name":{"kind":"Name","value":"rural"}},{"kind":"Field","name":{"kind":"Name","value":"industrial"}},{"kind":"Field","name":{"kind":"Name","value":"ruralPopulationPct2011"}},{"kind":"Field","name":{"kind":"Name","value":"areaType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supergroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subgroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprivation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outOf"}},{"kind":"Field","name":{"kind":"Name","value":"extent"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfExtent"}},{"kind":"Field","name":{"kind":"Name","value":"localConcentration"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfLocalConcentration"}},{"kind":"Field","name":{"kind":"Name","value":"imd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"averageRank"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfAverageRank"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfAverageScore"}},{"kind":"Field","name":{"kind":"Name","value":"mostDeprived10PctShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfAverageScore"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfScale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"populationEstimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"personsPreviousYear"}},{"kind":"Field","name":{"kind":"Name","value":"landAreaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"personsPerKm2"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityByCodeQuery, AuthorityByCodeQueryVariables>;
export const AuthorityByCodeOrNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityByCodeOrName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AuthorityByCodeOrNameQuery, AuthorityByCodeOrNameQueryVariables>;
export const AuthorityByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthorityByNameQuery, AuthorityByNameQueryVariables>;
export const AuthorityCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityCodesQuery, AuthorityCodesQueryVariables>;
export const AuthorityCodesAndNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityCodesAndNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityCodesAndNamesQuery, AuthorityCodesAndNamesQueryVariables>;
export const AuthorityCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuthorityCountQuery, AuthorityCountQueryVariables>;
export const AuthorityIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorityIdQuery, AuthorityIdQueryVariables>;
export const AuthorityPageWithFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityPageWithFeatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"simplifyMetres"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"properties"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureProperty"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"featureCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMetres"},"value":{"kind":"Variable","name":{"kind":"Name","value":"simplifyMetres"}}},{"kind":"Argument","name":{"kind":"Name","value":"properties"},"value":{"kind":"Variable","name":{"kind":"Name","value":"properties"}}}]}]}}]}}]} as unknown as DocumentNode<AuthorityPageWithFeaturesQuery, AuthorityPageWithFeaturesQueryVariables>;
export const AuthoritySuccessorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthoritySuccessors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthoritySuccessorsQuery, AuthoritySuccessorsQueryVariables>;
export const BandChangesBetweenEditionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BandChangesBetweenEditions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"band"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MobilityBand"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"district"},"name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobilityChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rankTo"}},{"kind":"Field","name":{"kind":"Name","value":"rankChange"}},{"kind":"Field","name":{"kind":"Name","value":"bandFrom"}},{"kind":"Field","name":{"kind":"Name","value":"bandTo"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"entered"},"name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bandChange"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"band"},"value":{"kind":"Variable","name":{"kind":"Name","value":"band"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"change"},"value":{"kind":"EnumValue","value":"ENTERED"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"left"},"name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bandChange"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"band"},"value":{"kind":"Variable","name":{"kind":"Name","value":"band"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"change"},"value":{"kind":"EnumValue","value":"LEFT"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BandChangesBetweenEditionsQuery, BandChangesBetweenEditionsQueryVariables>;
export const BandsOfDistrictsNearestPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BandsOfDistrictsNearestPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearestAuthorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BandsOfDistrictsNearestPointQuery, BandsOfDistrictsNearestPointQueryVariables>;
export const CoastalClassificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoastalClassification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coastal"}},{"kind":"Field","name":{"kind":"Name","value":"coastlineKm"}}]}}]}}]}}]} as unknown as DocumentNode<CoastalClassificationQuery, CoastalClassificationQueryVariables>;
export const CoastalClassificationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoastalClassificationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coastal"}},{"kind":"Field","name":{"kind":"Name","value":"coastlineKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoastalClassificationListQuery, CoastalClassificationListQueryVariables>;
export const CodesWithinAndOneDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CodesWithinAndOneDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"near"},"name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"district"},"name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]} as unknown as DocumentNode<CodesWithinAndOneDistrictQuery, CodesWithinAndOneDistrictQueryVariables>;
export const CompareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Compare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankDifference"}},{"kind":"Field","name":{"kind":"Name","value":"imdRankDifference"}},{"kind":"Field","name":{"kind":"Name","value":"populationDifference"}},{"kind":"Field","name":{"kind":"Name","value":"centroidDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"boundaryDistanceKm"}}]}}]}}]}}]} as unknown as DocumentNode<CompareQuery, CompareQueryVariables>;
export const CompareRankAndBoundaryDistanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareRankAndBoundaryDistance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"codes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankDifference"}},{"kind":"Field","name":{"kind":"Name","value":"boundaryDistanceKm"}}]}}]}}]}}]} as unknown as DocumentNode<CompareRankAndBoundaryDistanceQuery, CompareRankAndBoundaryDistanceQueryVariables>;
export const CountiesWithSummariesDistrictsAndBoundariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountiesWithSummariesDistrictsAndBoundaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COUNTY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotspotCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMetres"},"value":{"kind":"IntValue","value":"2000"}}]}]}}]}}]}}]} as unknown as DocumentNode<CountiesWithSummariesDistrictsAndBoundariesQuery, CountiesWithSummariesDistrictsAndBoundariesQueryVariables>;
export const DeprivationCorrelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeprivationCorrelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprivationCorrelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"rho"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}}]}}]} as unknown as DocumentNode<DeprivationCorrelationQuery, DeprivationCorrelationQueryVariables>;
export const DistrictAndAreaIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictAndAreaIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DistrictAndAreaIdsQuery, DistrictAndAreaIdsQueryVariables>;
export const DistrictAtPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictAtPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"easting"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"northing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorityAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}},{"kind":"Argument","name":{"kind":"Name","value":"easting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"easting"}}},{"kind":"Argument","name":{"kind":"Name","value":"northing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"northing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DistrictAtPointQuery, DistrictAtPointQueryVariables>;
export const DistrictTilePropertiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictTileProperties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"quintile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rural"}},{"kind":"Field","name":{"kind":"Name","value":"industrial"}},{"kind":"Field","name":{"kind":"Name","value":"coastal"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictTilePropertiesQuery, DistrictTilePropertiesQueryVariables>;
export const DistrictsNearestPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictsNearestPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearestAuthorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictsNearestPointQuery, DistrictsNearestPointQueryVariables>;
export const EditionNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditionNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}}]}}]}}]} as unknown as DocumentNode<EditionNumbersQuery, EditionNumbersQueryVariables>;
export const EditionTitlesAndLicencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditionTitlesAndLicences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licence"}}]}}]}}]}}]} as unknown as DocumentNode<EditionTitlesAndLicencesQuery, EditionTitlesAndLicencesQueryVariables>;
export const EditionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"bandSize"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotMaxRank"}},{"kind":"Field","name":{"kind":"Name","value":"coldspotMinRank"}},{"kind":"Field","name":{"kind":"Name","value":"lifeStageCount"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"loadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}}]}}]} as unknown as DocumentNode<EditionsQuery, EditionsQueryVariables>;
export const EverythingAnEditionHoldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EverythingAnEditionHolds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"lifeStageCount"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lifeStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifeStage"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EverythingAnEditionHoldsQuery, EverythingAnEditionHoldsQueryVariables>;
export const EverythingNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EverythingNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"RANK_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMetres"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"4"}}]},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotCount"}},{"kind":"Field","name":{"kind":"Name","value":"coldspotCount"}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"quintile"}},{"kind":"Field","name":{"kind":"Name","value":"lifeStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruralUrban"}},{"kind":"Field","name":{"kind":"Name","value":"rural"}},{"kind":"Field","name":{"kind":"Name","value":"industrial"}},{"kind":"Field","name":{"kind":"Name","value":"areaType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supergroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprivation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankOfAverageScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"rankOfAverageScore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"populationEstimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personsPerKm2"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EverythingNestedQuery, EverythingNestedQueryVariables>;
export const FeatureCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeatureCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"simplifyMetres"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"precision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"properties"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureProperty"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMetres"},"value":{"kind":"Variable","name":{"kind":"Name","value":"simplifyMetres"}}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}},{"kind":"Argument","name":{"kind":"Name","value":"properties"},"value":{"kind":"Variable","name":{"kind":"Name","value":"properties"}}}]}]}}]}}]} as unknown as DocumentNode<FeatureCollectionQuery, FeatureCollectionQueryVariables>;
export const FeaturesFineAndCoarseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeaturesFineAndCoarse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"fine"},"name":{"kind":"Name","value":"featureCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"properties"},"value":{"kind":"ListValue","values":[]}}]},{"kind":"Field","alias":{"kind":"Name","value":"coarse"},"name":{"kind":"Name","value":"featureCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMetres"},"value":{"kind":"IntValue","value":"2000"}},{"kind":"Argument","name":{"kind":"Name","value":"properties"},"value":{"kind":"ListValue","values":[]}}]}]}}]}}]} as unknown as DocumentNode<FeaturesFineAndCoarseQuery, FeaturesFineAndCoarseQueryVariables>;
export const FeaturesInWgs84AndBngDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeaturesInWgs84AndBng"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"wgs84"},"name":{"kind":"Name","value":"featureCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"properties"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NAME"}]}}]},{"kind":"Field","alias":{"kind":"Name","value":"bng"},"name":{"kind":"Name","value":"featureCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crs"},"value":{"kind":"EnumValue","value":"BNG"}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"properties"},"value":{"kind":"ListValue","values":[]}}]}]}}]}}]} as unknown as DocumentNode<FeaturesInWgs84AndBngQuery, FeaturesInWgs84AndBngQueryVariables>;
export const GeometryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Geometry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"simplifyMetres"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"precision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Crs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"areaKm2"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"}},{"kind":"Field","alias":{"kind":"Name","value":"centroidBng"},"name":{"kind":"Name","value":"centroid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crs"},"value":{"kind":"EnumValue","value":"BNG"}}]},{"kind":"Field","name":{"kind":"Name","value":"boundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"simplifyMetres"},"value":{"kind":"Variable","name":{"kind":"Name","value":"simplifyMetres"}}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}},{"kind":"Argument","name":{"kind":"Name","value":"crs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crs"}}}]},{"kind":"Field","name":{"kind":"Name","value":"populationEstimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"landAreaKm2"}}]}}]}}]}}]} as unknown as DocumentNode<GeometryQuery, GeometryQueryVariables>;
export const IdsOfDistrictsAndCountiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdsOfDistrictsAndCounties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counties"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"RANK_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COUNTY"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counties"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<IdsOfDistrictsAndCountiesQuery, IdsOfDistrictsAndCountiesQueryVariables>;
export const IdsOfEveryKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdsOfEveryKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdsOfEveryKindQuery, IdsOfEveryKindQueryVariables>;
export const LifeStagesAndIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifeStagesAndIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"lifeStageCount"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifeStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifeStage"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LifeStagesAndIndicatorsQuery, LifeStagesAndIndicatorsQueryVariables>;
export const LisaClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LisaClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}}]}}]}}]}}]} as unknown as DocumentNode<LisaClustersQuery, LisaClustersQueryVariables>;
export const MobilityChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MobilityChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mobilityChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rankTo"}},{"kind":"Field","name":{"kind":"Name","value":"rankChange"}},{"kind":"Field","name":{"kind":"Name","value":"bandFrom"}},{"kind":"Field","name":{"kind":"Name","value":"bandTo"}}]}}]}}]}}]} as unknown as DocumentNode<MobilityChangeQuery, MobilityChangeQueryVariables>;
export const MobilityOfDistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MobilityOfDistricts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"outOf"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"quintile"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MobilityOfDistrictsQuery, MobilityOfDistrictsQueryVariables>;
export const MoransIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoransI"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permutations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moransI"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permutations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permutations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"i"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"zScore"}},{"kind":"Field","name":{"kind":"Name","value":"districts"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"isolated"}},{"kind":"Field","name":{"kind":"Name","value":"permutations"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}}]}}]}}]} as unknown as DocumentNode<MoransIQuery, MoransIQueryVariables>;
export const MoransIAndClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoransIAndClusters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permutations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moransI"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permutations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permutations"}}},{"kind":"Argument","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zScore"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permutations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permutations"}}},{"kind":"Argument","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}}]}}]}}]}}]} as unknown as DocumentNode<MoransIAndClustersQuery, MoransIAndClustersQueryVariables>;
export const NearestByBoundaryAndCentroidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearestByBoundaryAndCentroid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"boundary"},"name":{"kind":"Name","value":"nearest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"BOUNDARY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"centroid"},"name":{"kind":"Name","value":"nearest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"CENTROID"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NearestByBoundaryAndCentroidQuery, NearestByBoundaryAndCentroidQueryVariables>;
export const NearestDistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearestDistricts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nearest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NearestDistrictsQuery, NearestDistrictsQueryVariables>;
export const NearestHotspotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearestHotspots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"centroid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crs"},"value":{"kind":"EnumValue","value":"BNG"}}]},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearestHotspot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NearestHotspotsQuery, NearestHotspotsQueryVariables>;
export const NeighbourLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeighbourLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxWaterGapKm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"maxWaterGapKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxWaterGapKm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sharedBorderKm"}},{"kind":"Field","name":{"kind":"Name","value":"gapKm"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourLinksQuery, NeighbourLinksQueryVariables>;
export const NeighboursNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeighboursNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rankFrom"},"value":{"kind":"IntValue","value":"1"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"RANK_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sharedBorderKm"}},{"kind":"Field","name":{"kind":"Name","value":"gapKm"}},{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearestHotspot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighboursNestedQuery, NeighboursNestedQueryVariables>;
export const NeighboursOfDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeighboursOfDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeighbourKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gap"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxWaterGapKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gap"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sharedBorderKm"}},{"kind":"Field","name":{"kind":"Name","value":"gapKm"}},{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighboursOfDistrictQuery, NeighboursOfDistrictQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalAuthority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Edition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalAuthority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorityCount"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}]},{"kind":"Field","name":{"kind":"Name","value":"hotspotCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}]},{"kind":"Field","name":{"kind":"Name","value":"coldspotCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}]},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const ScoresOfDistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoresOfDistricts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"quintile"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoresOfDistrictsQuery, ScoresOfDistrictsQueryVariables>;
export const SimilarDistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarDistricts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimilarityVariable"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variable"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimilarDistrictsQuery, SimilarDistrictsQueryVariables>;
export const SummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Summary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SummaryGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SummaryGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"districts"}},{"kind":"Field","name":{"kind":"Name","value":"rankedDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"hotspots"}},{"kind":"Field","name":{"kind":"Name","value":"coldspots"}},{"kind":"Field","name":{"kind":"Name","value":"hotspotShare"}},{"kind":"Field","name":{"kind":"Name","value":"coldspotShare"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfHotspots"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfColdspots"}},{"kind":"Field","name":{"kind":"Name","value":"meanRank"}},{"kind":"Field","name":{"kind":"Name","value":"medianRank"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"medianScore"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationInHotspots"}},{"kind":"Field","name":{"kind":"Name","value":"populationInColdspots"}}]}}]} as unknown as DocumentNode<SummaryQuery, SummaryQueryVariables>;