/**
 * District boundaries: the GB-wide super generalised (200 m) ones the API serves and measures,
 * and the detailed (20 m) English ones used for point lookups. Both are checked against the
 * lookup (codes, names, all 326 English districts present).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RAW_SOURCES } from '../raw-sources';
import type { SeedBoundary } from '../seed.format';
import { SourceError } from '../source-error';
import { ENGLISH_DISTRICT_COUNT, type Lookup } from './checks';

interface RawFeature {
  properties?: Record<string, unknown>;
  geometry?: { type?: string; coordinates?: unknown };
}

/** The features of a GeoJSON FeatureCollection file; a file that is not one is a problem. */
function readFeatures(dataDir: string, file: string): RawFeature[] {
  let parsed: { features?: unknown };
  try {
    parsed = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as { features?: unknown };
  } catch (err) {
    throw new SourceError(file, null, `cannot read GeoJSON (${(err as Error).message})`);
  }
  if (!Array.isArray(parsed.features)) throw new SourceError(file, null, 'not a GeoJSON FeatureCollection');
  return parsed.features as RawFeature[];
}

type Ring = number[][];

/** Rounds a ring to whole metres and drops the repeated vertices rounding creates. */
function roundRing(ring: unknown, file: string, feature: number): Ring {
  if (!Array.isArray(ring)) throw new SourceError(file, feature, 'ring is not an array of positions');
  const out: Ring = [];
  for (const pos of ring) {
    if (!Array.isArray(pos) || pos.length < 2 || !pos.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new SourceError(file, feature, `invalid position ${JSON.stringify(pos)}`);
    }
    const p = [Math.round(pos[0] as number), Math.round(pos[1] as number)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1])
    throw new SourceError(file, feature, 'ring is not closed');
  return out;
}

/**
 * GB-wide district boundaries in EPSG:27700 (England, Wales, Scotland). Coordinates are rounded
 * to whole metres: the boundaries are generalised to 200 m, and neighbours share vertices, so
 * shared edges stay identical. Rings that rounding collapses (fewer than 4 positions) are dropped.
 */
export function readBoundaries(dataDir: string, lookup: Lookup): SeedBoundary[] {
  const file = RAW_SOURCES.boundaries.file;
  const seen = new Set<string>();
  const out: SeedBoundary[] = [];
  readFeatures(dataDir, file).forEach((feature, index) => {
    const n = index + 1; // features are reported by their 1-based position
    const code = String(feature.properties?.lad17cd ?? '');
    const name = String(feature.properties?.lad17nm ?? '');
    if (!/^[EWS]\d{8}$/.test(code)) throw new SourceError(file, n, `"${code}" is not a GB district code`, 'lad17cd');
    if (seen.has(code)) throw new SourceError(file, n, `duplicate code "${code}"`, 'lad17cd');
    seen.add(code);
    const country = code[0] as 'E' | 'W' | 'S';
    if (country === 'E') {
      const known = lookup.districts.get(code);
      if (!known) throw new SourceError(file, n, `"${code}" is not an English LAD16 code of the ONS lookup`, 'lad17cd');
      if (known.name !== name)
        throw new SourceError(file, n, `name "${name}" differs from the ONS LAD16 name "${known.name}"`, 'lad17nm');
    }
    const g = feature.geometry;
    const polygons: unknown[] =
      g?.type === 'Polygon'
        ? [g.coordinates]
        : g?.type === 'MultiPolygon' && Array.isArray(g.coordinates)
          ? g.coordinates
          : [];
    if (polygons.length === 0)
      throw new SourceError(file, n, `geometry must be a Polygon or MultiPolygon (got ${g?.type})`);
    const rounded: Ring[][] = [];
    for (const poly of polygons) {
      if (!Array.isArray(poly)) throw new SourceError(file, n, 'polygon is not an array of rings');
      const [outer, ...holes] = poly.map((ring) => roundRing(ring, file, n));
      // An islet smaller than the rounding collapses and is dropped, with its holes.
      if (outer && outer.length >= 4) rounded.push([outer, ...holes.filter((h) => h.length >= 4)]);
    }
    if (rounded.length === 0) throw new SourceError(file, n, 'geometry collapsed when rounded to whole metres');
    out.push({ code, name, country, geometry: { type: 'MultiPolygon', coordinates: rounded } });
  });
  const english = out.filter((b) => b.country === 'E').length;
  if (english !== ENGLISH_DISTRICT_COUNT) {
    const missing = [...lookup.districts.keys()].filter((c) => !seen.has(c));
    throw new SourceError(
      file,
      null,
      `expected ${ENGLISH_DISTRICT_COUNT} English districts, found ${english}; missing: ${missing.join(', ')}`,
    );
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The detailed (generalised 20 m, quantised) English boundaries of December 2013, with the same
 * 326 codes and names as LAD16; used for point-in-polygon lookups.
 */
export function readDetailedBoundaries(dataDir: string, lookup: Lookup): { code: string; geometry: unknown }[] {
  const file = RAW_SOURCES.detailedBoundaries.file;
  const seen = new Set<string>();
  const out = readFeatures(dataDir, file).map((feature, index) => {
    const code = String(feature.properties?.LAD13CD ?? '');
    const name = String(feature.properties?.LAD13NM ?? '');
    const known = lookup.districts.get(code);
    if (!known)
      throw new SourceError(
        file,
        index + 1,
        `"${code}" is not one of the ${ENGLISH_DISTRICT_COUNT} English LAD16 codes of the ONS lookup`,
        'LAD13CD',
      );
    if (known.name !== name)
      throw new SourceError(
        file,
        index + 1,
        `name "${name}" differs from the ONS LAD16 name "${known.name}"`,
        'LAD13NM',
      );
    if (seen.has(code)) throw new SourceError(file, index + 1, `duplicate code "${code}"`, 'LAD13CD');
    seen.add(code);
    const type = feature.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon')
      throw new SourceError(file, index + 1, `geometry must be a Polygon or MultiPolygon (got ${type})`);
    return { code, geometry: feature.geometry };
  });
  const missing = [...lookup.districts.keys()].filter((c) => !seen.has(c));
  if (missing.length > 0)
    throw new SourceError(file, null, `no feature for ${missing.length} district(s): ${missing.join(', ')}`);
  return out.sort((a, b) => a.code.localeCompare(b.code));
}
