/**
 * Criteria: the plain, validated form of an AuthorityFilter that the data layer turns into SQL.
 * No GraphQL here; editions and regions are already resolved to what is loaded.
 */
import type { MobilityBand } from '../mobility/mobility.rules';

export interface AuthorityCriteria {
  codes?: string[];
  nameContains?: string;
  regionCode?: string;
  /** Edition the band and rank conditions refer to (always resolved). */
  edition: number;
  band?: MobilityBand;
  rankFrom?: number;
  rankTo?: number;
  rural?: boolean;
  industrial?: boolean;
  ruralUrbanCodes?: number[];
  and?: AuthorityCriteria[];
  or?: AuthorityCriteria[];
  not?: AuthorityCriteria;
}

/** Orderings of authority lists; every one ends with the code so pages are stable. */
export type AuthorityOrderKey =
  | 'CODE_ASC'
  | 'CODE_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC'
  | 'RANK_ASC'
  | 'RANK_DESC'
  | 'SCORE_ASC'
  | 'SCORE_DESC'
  | 'POPULATION_ASC'
  | 'POPULATION_DESC'
  | 'AREA_ASC'
  | 'AREA_DESC';
