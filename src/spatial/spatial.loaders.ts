/**
 * Per-request loaders for spatial questions, one statement per batch of source districts, and
 * the planned forms of `neighbours` (direct, unfiltered) and `nearestHotspot`: fetched with the
 * district's own row (authorities/authority.plan.ts).
 */
import type { PlannedField } from '../authorities';
import { argsAreValid, oneToMany, oneToOne, perArgs } from '../common';
import type { Db } from '../db';
import type { EditionRow } from '../mobility';
import { NearestHotspotArgs, NeighboursArgs } from './spatial.args';
import { directNeighboursColumn, geometryValidity, nearestColumn, nearestOf, neighboursOf, type NearestOptions, type NeighbourOptions } from './spatial.queries';

type Kind = 'LAND_BORDER' | 'ACROSS_WATER';
const ALL_KINDS: Kind[] = ['LAND_BORDER', 'ACROSS_WATER'];

/** The planned form of `neighbours(kind, depth, maxWaterGapKm, filter)`, or null when it cannot be planned. */
export function neighboursPlanKey(args: { kind?: Kind | null; depth?: number; maxWaterGapKm?: number; filter?: unknown }): { key: string; kinds: Kind[]; maxGapKm: number } | null {
  if ((args.depth ?? 1) !== 1 || args.filter != null || typeof args.maxWaterGapKm !== 'number') return null;
  const kinds = args.kind ? [args.kind] : ALL_KINDS;
  return { key: `neighbours:${kinds.join('+')}:${args.maxWaterGapKm}`, kinds, maxGapKm: args.maxWaterGapKm };
}

/** The planned form of `nearestHotspot(edition, measure)`, for a loaded edition. */
export function nearestHotspotPlanKey(args: { edition?: number | null; measure?: string }, editions: readonly EditionRow[] | undefined): { key: string; options: NearestOptions } | null {
  const edition = editions && (args.edition == null ? editions[0] : editions.find((e) => e.edition === args.edition));
  if (!edition || (args.measure !== 'CENTROID' && args.measure !== 'BOUNDARY')) return null;
  return { key: `nearestHotspot:${edition.edition}:${args.measure}`, options: { measure: args.measure, first: 1, criteria: { edition: edition.edition, band: 'HOTSPOT' } } };
}

export function createSpatialLoaders(db: Db, editions: () => Promise<EditionRow[]>) {
  const planned: PlannedField[] = [
    {
      field: 'neighbours',
      async column(args) {
        if (!argsAreValid(NeighboursArgs, args)) return null;
        const plan = neighboursPlanKey(args as Parameters<typeof neighboursPlanKey>[0]);
        return plan && { key: plan.key, sql: directNeighboursColumn(plan) };
      },
    },
    {
      field: 'nearestHotspot',
      async column(args) {
        if (!argsAreValid(NearestHotspotArgs, args)) return null;
        const plan = nearestHotspotPlanKey(args as Parameters<typeof nearestHotspotPlanKey>[0], await editions());
        return plan && { key: plan.key, sql: nearestColumn(plan.options) };
      },
    },
  ];
  return {
    planned,
    neighbours: perArgs((o: NeighbourOptions) => oneToMany((codes: readonly string[]) => neighboursOf(db, codes, o), (r) => r.source)),
    nearest: perArgs((o: NearestOptions) => oneToMany((codes: readonly string[]) => nearestOf(db, codes, o), (r) => r.source)),
    geometryValidity: oneToOne((texts: readonly string[]) => geometryValidity(db, texts), (r) => r.geojson),
  };
}
