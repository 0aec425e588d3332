/**
 * Criteria: the plain, validated form of an AuthorityFilter that the data layer turns into SQL.
 * No GraphQL here; editions and regions are already resolved to what is loaded.
 */
import type { GridPoint } from '../common';
import type { Band } from '../mobility';

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
  and?: AuthorityCriteria[];
  or?: AuthorityCriteria[];
  not?: AuthorityCriteria;
}
