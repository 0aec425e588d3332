/**
 * Criteria: the plain, validated form of an AuthorityFilter that the data layer turns into SQL.
 * No GraphQL here; editions and regions are already resolved to what is loaded.
 */
import type { GridPoint } from '../common';
import type { Band } from '../mobility';

/** A district's property a comparison may name (the OGC API's queryables; criteria.sql.ts gives each its SQL). */
export const COMPARABLE_PROPERTIES = {
  code: 'string',
  name: 'string',
  region: 'string',
  rank: 'integer',
  score: 'number',
  band: 'string',
  quintile: 'integer',
  coastal: 'boolean',
  rural: 'boolean',
  industrial: 'boolean',
  population: 'integer',
} as const;
export type ComparableProperty = keyof typeof COMPARABLE_PROPERTIES;

/** One side of a comparison: a district's property (in the criteria's edition) or a value. */
export type Operand = { property: ComparableProperty } | { value: string | number | boolean };

/**
 * A comparison of CQL2's Basic conformance class, its operands already checked against each
 * other's types: `=`, `<>`, `<`, `<=`, `>`, `>=` (two operands), `like` (an operand and a
 * pattern: % any run, _ one character, \ escapes), `between` (three, inclusive), `in` (the
 * first against the rest), `isNull` (one).
 */
export interface Comparison {
  op: '=' | '<>' | '<' | '<=' | '>' | '>=' | 'like' | 'between' | 'in' | 'isNull';
  args: Operand[];
}

/** The relations of CQL2's spatial functions, and S_DWITHIN (within `metres`). */
export type SpatialRelation =
  'intersects' | 'equals' | 'disjoint' | 'touches' | 'within' | 'overlaps' | 'crosses' | 'contains' | 'dwithin';

export interface AuthorityCriteria {
  codes?: string[];
  nameContains?: string;
  regionCode?: string;
  /** One of the districts of this area (areas/: share at least MEMBER_SHARE). */
  areaCode?: string;
  /** Edition the band and rank conditions refer to (always resolved). */
  edition: number;
  band?: Band;
  rankFrom?: number;
  rankTo?: number;
  rural?: boolean;
  industrial?: boolean;
  ruralUrbanCodes?: number[];
  coastal?: boolean;
  /** Entered or left a band between two editions (ranked in both). */
  bandChange?: { from: number; to: number; band: Band; change: 'ENTERED' | 'LEFT' };
  /** IMD 2015 rank of average score range (1 = most deprived). */
  imdRankFrom?: number;
  imdRankTo?: number;
  /** Within `metres` of a point (to the detailed boundary) or of a district (boundary to boundary). */
  within?: { metres: number; point?: GridPoint; authorityCode?: string };
  /** WGS84 [minLon, minLat, maxLon, maxLat]. */
  bbox?: [number, number, number, number];
  /** EPSG:27700 [minEasting, minNorthing, maxEasting, maxNorthing] (OGC API's bbox-crs). */
  bboxBng?: [number, number, number, number];
  /** A validated GeoJSON geometry (WGS84), as JSON text. */
  intersects?: string;
  /** A comparison of properties and values (the OGC API's CQL2 filters). */
  compare?: Comparison;
  /**
   * The district's boundary in a spatial relation with a validated GeoJSON geometry (JSON text): boundary first (S_WITHIN(geometry, g): the district within g) unless `geometryFirst`.
   */
  spatial?: {
    relation: SpatialRelation;
    geometry: string;
    /** The geometry's CRS: WGS84 (4326, the default) or British National Grid (27700). */
    srid?: 4326 | 27700;
    geometryFirst?: boolean;
    metres?: number;
  };
  /** A constant condition (CQL2's TRUE and FALSE). */
  always?: boolean;
  and?: AuthorityCriteria[];
  or?: AuthorityCriteria[];
  not?: AuthorityCriteria;
}
