/**
 * Definitions of the spatial relations the API serves (DESIGN §3), as constants shared by the
 * seed build that precomputes them and the API that documents and validates them. All lengths
 * are measured in British National Grid (EPSG:27700).
 */

/** LAND_BORDER: a shared boundary at least this long (km); shorter contacts are corner touches. */
export const LAND_BORDER_MIN_KM = 0.005;

/** ACROSS_WATER pairs are precomputed up to this gap (km), the most a caller may ask for. */
export const MAX_WATER_GAP_KM = 10;

/** Default gap (km) for ACROSS_WATER neighbours. */
export const DEFAULT_WATER_GAP_KM = 1;

/**
 * The shortest line between two ACROSS_WATER neighbours may run inside a third district for at
 * most this length (metres): it may graze a vertex, not cross land.
 */
export const WATER_LINE_LAND_TOLERANCE_M = 1;

/**
 * Coast: boundary that faces open water at least this wide (km). Water narrower than this (a
 * tidal river, the upper part of an estuary) is not coast.
 */
export const OPEN_WATER_MIN_WIDTH_KM = 2;

/** Boundary within this distance (metres) of open water counts as facing it. */
export const COAST_TOLERANCE_M = 5;

/** Coastal: at least this much boundary (km) faces open water (excludes contact artefacts). */
export const COASTAL_MIN_KM = 0.5;

export const isCoastal = (coastlineKm: number): boolean => coastlineKm >= COASTAL_MIN_KM;

/** Rounds a length in km to whole metres, so the seed does not carry floating-point noise. */
export const roundKm = (km: number): number => Math.round(km * 1000) / 1000;
