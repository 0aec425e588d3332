/**
 * Rules that turn published classifications into the flags the API serves (DESIGN §3).
 */

/**
 * Rural: DEFRA Rural-Urban Classification 2011 broad group "Predominantly Rural", i.e. classes
 * 1 "Mainly Rural" and 2 "Largely Rural" (DEFRA, 2011 RUC for Local Authority Districts).
 */
export const RURAL_BROAD_GROUP = 'Predominantly Rural';

/** The DEFRA broad group of a rural-urban class code 1..6. */
export function broadGroupOf(ruralUrbanCode: number): string {
  if (ruralUrbanCode === 1 || ruralUrbanCode === 2) return RURAL_BROAD_GROUP;
  if (ruralUrbanCode === 3) return 'Urban with Significant Rural';
  if (ruralUrbanCode >= 4 && ruralUrbanCode <= 6) return 'Predominantly Urban';
  throw new RangeError(`rural-urban class must be 1..6 (got ${ruralUrbanCode})`);
}

export function isRural(ruralUrbanCode: number): boolean {
  return broadGroupOf(ruralUrbanCode) === RURAL_BROAD_GROUP;
}

/**
 * Industrial: ONS 2011 Area Classification for Local Authorities supergroup 6 "Services and
 * Industrial Legacy" or group 8a "Manufacturing Traits".
 */
export const INDUSTRIAL_SUPERGROUP_CODE = '6';
export const INDUSTRIAL_GROUP_CODE = '8a';

export function isIndustrial(supergroupCode: string, groupCode: string): boolean {
  return supergroupCode === INDUSTRIAL_SUPERGROUP_CODE || groupCode === INDUSTRIAL_GROUP_CODE;
}
