/**
 * Rules of areas, without GraphQL or SQL (the seed build uses them too): the kinds of area, the
 * years the data covers, how names are compared in a search, and when a 2016 district counts as
 * one of an area's districts.
 */

export const AREA_KINDS = [
  'DISTRICT',
  'COUNTY',
  'METROPOLITAN_COUNTY',
  'COMBINED_AUTHORITY',
  'REGION',
  'COUNTRY',
] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/** The years the areas data covers (ONS, 2014–2025): `asOf` must be one of them. */
export const AREA_YEARS = { first: 2014, last: 2025 } as const;

/**
 * A 2016 district is one of an area's districts when at least this share of its area lies inside
 * the area. In the shipped data every district is either wholly inside an area or outside it (the
 * shares are 0.96 to 1 or below 0.01: generalisation at the coast), so no later council takes part
 * of a district; the rule still says what a partial share would mean.
 */
export const MEMBER_SHARE = 0.5;

/** Shares below this are slivers of the generalisation, not land: not recorded. */
export const MIN_RECORDED_SHARE = 0.01;

/**
 * Shares from this up are recorded as 1, the district wholly inside: the areas' polygons (ONS
 * TopoJSON, quantised) and the districts' (the ONS shapefile) generalise the coast apart by up to
 * 4.2% of a district's area (Isles of Scilly measures 0.958 inside itself; most are above 0.99).
 */
export const WHOLE_SHARE = 0.95;

/** A measured share as recorded: 1 from WHOLE_SHARE up, else to 3 decimals. */
export const recordedShare = (share: number): number => (share >= WHOLE_SHARE ? 1 : Math.round(share * 1000) / 1000);

/**
 * A name as a search compares it: lower case, accents dropped, apostrophes removed, any other
 * punctuation a space, spaces collapsed. "King's Lynn" and "kings lynn", "St. Helens" and
 * "st helens", "Bournemouth, Christchurch and Poole" and "bournemouth christchurch" all meet.
 */
export function searchForm(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Is an area in force in `year`? */
export function inForce(area: { validFrom: number | null; validTo: number | null }, year: number): boolean {
  return (area.validFrom === null || area.validFrom <= year) && (area.validTo === null || year <= area.validTo);
}
