/**
 * Readers for the raw public files: each reads one source, validates it as it goes (codes join
 * to the ONS LAD16 lookup, numbers are numbers in range, no duplicates) and returns seed rows.
 * Every problem stops the build with the file, row and column.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { broadGroupOf, INDUSTRIAL_GROUP_CODE, INDUSTRIAL_SUPERGROUP_CODE, isIndustrial, isRural } from '../classification/classification.rules';
import { cell, integerCell, numberCell, readCsv, requireColumns, type CsvTable } from './csv';
import { RAW_SOURCES } from './raw-sources';
import type { SeedBoundary, SeedRow } from './seed.format';
import { SourceError } from './source-error';

export interface Lookup {
  /** LAD16 code -> { name, region code } for the 326 English districts. */
  districts: Map<string, { name: string; regionCode: string }>;
  regions: Map<string, string>;
}

const LAD16_CODE = /^E0[6-9]\d{6}$/;
const REGION_CODE = /^E12\d{6}$/;
export const ENGLISH_DISTRICT_COUNT = 326;

function open(dataDir: string, source: { file: string }, columns: string[]): CsvTable {
  const table = readCsv(path.join(dataDir, source.file), source.file);
  requireColumns(table, columns);
  return table;
}

function knownCode(lookup: Lookup, table: CsvTable, line: number, code: string, column: string): void {
  if (!lookup.districts.has(code)) {
    throw new SourceError(table.file, line, `"${code}" is not one of the ${ENGLISH_DISTRICT_COUNT} English LAD16 codes of the ONS lookup`, column);
  }
}

function requireAll(lookup: Lookup, table: CsvTable, seen: Set<string>, except: string[] = []): void {
  const missing = [...lookup.districts.keys()].filter((c) => !seen.has(c) && !except.includes(c));
  if (missing.length > 0) throw new SourceError(table.file, null, `no row for ${missing.length} district(s): ${missing.join(', ')}`);
}

function noDuplicate(table: CsvTable, line: number, seen: Set<string>, code: string, column: string): void {
  if (seen.has(code)) throw new SourceError(table.file, line, `duplicate code "${code}"`, column);
  seen.add(code);
}

/** The ONS LAD16 -> RGN16 lookup: the reference list of districts and regions. */
export function readLookup(dataDir: string): Lookup {
  const table = open(dataDir, RAW_SOURCES.regionLookup, ['LAD16CD', 'LAD16NM', 'RGN16CD', 'RGN16NM']);
  const districts: Lookup['districts'] = new Map();
  const regions = new Map<string, string>();
  for (const row of table.rows) {
    const code = cell(table, row, 'LAD16CD');
    const regionCode = cell(table, row, 'RGN16CD');
    const regionName = cell(table, row, 'RGN16NM');
    if (!LAD16_CODE.test(code)) throw new SourceError(table.file, row.line, `"${code}" is not an English LAD16 code`, 'LAD16CD');
    if (!REGION_CODE.test(regionCode)) throw new SourceError(table.file, row.line, `"${regionCode}" is not a region code`, 'RGN16CD');
    if (districts.has(code)) throw new SourceError(table.file, row.line, `duplicate code "${code}"`, 'LAD16CD');
    const known = regions.get(regionCode);
    if (known !== undefined && known !== regionName) {
      throw new SourceError(table.file, row.line, `region ${regionCode} is named "${regionName}" here but "${known}" earlier`, 'RGN16NM');
    }
    regions.set(regionCode, regionName);
    districts.set(code, { name: cell(table, row, 'LAD16NM'), regionCode });
  }
  if (districts.size !== ENGLISH_DISTRICT_COUNT) {
    throw new SourceError(table.file, null, `expected ${ENGLISH_DISTRICT_COUNT} districts, found ${districts.size}`);
  }
  if (regions.size !== 9) throw new SourceError(table.file, null, `expected the 9 English regions, found ${regions.size}`);
  return { districts, regions };
}

export interface MobilityRead {
  rows: SeedRow[];
  rankedCount: number;
  unranked: string[];
}

/** SMI 2016 overall score and rank, keyed by LAD16 code. Ranks must run 1..N without gaps. */
export function readSmi2016(dataDir: string, lookup: Lookup, edition: number): MobilityRead {
  const table = open(dataDir, RAW_SOURCES.smi2016, ['lad16cd', 'lad16nm', 'rgn16cd', 'smi2016_rank', 'smi2016_score']);
  const seen = new Set<string>();
  const byRank = new Map<number, { code: string; score: number; line: number }>();
  const rows: SeedRow[] = [];
  for (const row of table.rows) {
    const code = cell(table, row, 'lad16cd');
    knownCode(lookup, table, row.line, code, 'lad16cd');
    noDuplicate(table, row.line, seen, code, 'lad16cd');
    const district = lookup.districts.get(code)!;
    if (cell(table, row, 'lad16nm') !== district.name) {
      throw new SourceError(table.file, row.line, `name "${cell(table, row, 'lad16nm')}" differs from the ONS name "${district.name}"`, 'lad16nm');
    }
    if (cell(table, row, 'rgn16cd') !== district.regionCode) {
      throw new SourceError(table.file, row.line, `region ${cell(table, row, 'rgn16cd')} differs from the ONS lookup (${district.regionCode})`, 'rgn16cd');
    }
    const rank = integerCell(table, row, 'smi2016_rank', { min: 1, max: table.rows.length });
    const score = numberCell(table, row, 'smi2016_score');
    const clash = byRank.get(rank);
    if (clash) throw new SourceError(table.file, row.line, `rank ${rank} is also given to ${clash.code} (row ${clash.line})`, 'smi2016_rank');
    byRank.set(rank, { code, score, line: row.line });
    rows.push({ edition, code, score, rank });
  }
  const n = rows.length;
  // Ranks are unique and within 1..n, so they are exactly 1..n; scores must fall as rank rises.
  for (let rank = 2; rank <= n; rank += 1) {
    const prev = byRank.get(rank - 1)!;
    const cur = byRank.get(rank)!;
    if (!(cur.score < prev.score)) {
      throw new SourceError(table.file, cur.line, `score ${cur.score} at rank ${rank} is not below ${prev.score} at rank ${rank - 1}`, 'smi2016_score');
    }
  }
  const unranked = [...lookup.districts.keys()].filter((c) => !seen.has(c)).sort();
  return { rows: rows.sort((a, b) => String(a.code).localeCompare(String(b.code))), rankedCount: n, unranked };
}

/** DEFRA Rural-Urban Classification 2011, re-keyed to LAD16. */
export function readRuralUrban(dataDir: string, lookup: Lookup): { classes: SeedRow[]; byCode: Map<string, { ruc: number; pct: number }> } {
  const table = open(dataDir, RAW_SOURCES.ruralUrban, ['lad16cd', 'ruc11cd', 'ruc11', 'ruc11_broad', 'pct_rural_incl_hub_towns_2011']);
  const seen = new Set<string>();
  const classes = new Map<number, { name: string; broad: string }>();
  const byCode = new Map<string, { ruc: number; pct: number }>();
  for (const row of table.rows) {
    const code = cell(table, row, 'lad16cd');
    knownCode(lookup, table, row.line, code, 'lad16cd');
    noDuplicate(table, row.line, seen, code, 'lad16cd');
    const ruc = integerCell(table, row, 'ruc11cd', { min: 1, max: 6 });
    const name = cell(table, row, 'ruc11');
    const broad = cell(table, row, 'ruc11_broad');
    if (broad !== broadGroupOf(ruc)) {
      throw new SourceError(table.file, row.line, `broad group "${broad}" does not match class ${ruc} (expected "${broadGroupOf(ruc)}")`, 'ruc11_broad');
    }
    const known = classes.get(ruc);
    if (known && known.name !== name) throw new SourceError(table.file, row.line, `class ${ruc} is named "${name}" here but "${known.name}" earlier`, 'ruc11');
    classes.set(ruc, { name, broad });
    byCode.set(code, { ruc, pct: numberCell(table, row, 'pct_rural_incl_hub_towns_2011', { min: 0, max: 100 }) });
  }
  requireAll(lookup, table, seen);
  return {
    classes: [...classes.entries()].sort(([a], [b]) => a - b).map(([code, c]) => ({ code, name: c.name, broad_group: c.broad })),
    byCode,
  };
}

/**
 * ONS 2011 Area Classification for Local Authorities v2. The ONS file has one row for City of
 * London and Westminster together ("E09000001/E09000033"); both districts take its values.
 */
export function readAreaClassification(dataDir: string, lookup: Lookup): { classes: SeedRow[]; byCode: Map<string, { supergroup: string; group: string; subgroup: string }> } {
  const table = open(dataDir, RAW_SOURCES.areaClassification, ['la_code', 'supergroup', 'supergroup_code', 'group', 'group_code', 'subgroup', 'subgroup_code']);
  const seen = new Set<string>();
  const classes = new Map<string, { level: string; name: string; parent: string | null }>();
  const byCode = new Map<string, { supergroup: string; group: string; subgroup: string }>();
  const define = (code: string, level: string, name: string, parent: string | null, line: number, column: string): void => {
    const known = classes.get(code);
    if (known && (known.name !== name || known.parent !== parent)) {
      throw new SourceError(table.file, line, `class ${code} is "${name}" here but "${known.name}" earlier`, column);
    }
    if (parent !== null && !code.startsWith(parent)) throw new SourceError(table.file, line, `class ${code} does not nest in ${parent}`, column);
    classes.set(code, { level, name, parent });
  };
  for (const row of table.rows) {
    const supergroup = cell(table, row, 'supergroup_code');
    const group = cell(table, row, 'group_code');
    const subgroup = cell(table, row, 'subgroup_code');
    define(supergroup, 'supergroup', cell(table, row, 'supergroup'), null, row.line, 'supergroup');
    define(group, 'group', cell(table, row, 'group'), supergroup, row.line, 'group');
    define(subgroup, 'subgroup', cell(table, row, 'subgroup'), group, row.line, 'subgroup');
    for (const code of cell(table, row, 'la_code').split('/')) {
      knownCode(lookup, table, row.line, code, 'la_code');
      noDuplicate(table, row.line, seen, code, 'la_code');
      byCode.set(code, { supergroup, group, subgroup });
    }
  }
  requireAll(lookup, table, seen);
  // The industrial rule names two classes by code: check the source names them as we expect.
  const expectName = (code: string, name: string): void => {
    if (classes.get(code)?.name !== name) throw new SourceError(table.file, null, `class ${code} should be "${name}", found "${classes.get(code)?.name}"`);
  };
  expectName(INDUSTRIAL_SUPERGROUP_CODE, 'Services and Industrial Legacy');
  expectName(INDUSTRIAL_GROUP_CODE, 'Manufacturing Traits');
  const levelOrder = { supergroup: 0, group: 1, subgroup: 2 } as Record<string, number>;
  return {
    classes: [...classes.entries()]
      .sort(([a, x], [b, y]) => (levelOrder[x.level]! - levelOrder[y.level]!) || a.localeCompare(b))
      .map(([code, c]) => ({ code, level: c.level, name: c.name, parent_code: c.parent })),
    byCode,
  };
}

export function classificationRows(
  lookup: Lookup,
  ruralUrban: Map<string, { ruc: number; pct: number }>,
  area: Map<string, { supergroup: string; group: string; subgroup: string }>,
): SeedRow[] {
  return [...lookup.districts.keys()].sort().map((code) => {
    const r = ruralUrban.get(code)!;
    const a = area.get(code)!;
    return {
      code,
      rural_urban_code: r.ruc,
      rural_population_pct_2011: r.pct,
      area_subgroup_code: a.subgroup,
      rural: isRural(r.ruc),
      industrial: isIndustrial(a.supergroup, a.group),
    };
  });
}

/** ONS mid-2016 population, land area and density; the total is checked against MYE2's England row. */
export function readPopulation(dataDir: string, lookup: Lookup): SeedRow[] {
  const table = open(dataDir, RAW_SOURCES.population, [
    'lad16cd', 'lad16nm', 'population_mid2016_all_ages', 'area_sq_km_mye5', 'persons_per_sq_km_mid2016_mye5', 'population_mid2015_all_ages_mye5',
  ]);
  const seen = new Set<string>();
  const rows: SeedRow[] = [];
  let total = 0;
  for (const row of table.rows) {
    const code = cell(table, row, 'lad16cd');
    knownCode(lookup, table, row.line, code, 'lad16cd');
    noDuplicate(table, row.line, seen, code, 'lad16cd');
    const persons = integerCell(table, row, 'population_mid2016_all_ages', { min: 1 });
    total += persons;
    rows.push({
      code,
      persons_mid2016: persons,
      persons_mid2015: integerCell(table, row, 'population_mid2015_all_ages_mye5', { min: 1 }),
      land_area_km2: numberCell(table, row, 'area_sq_km_mye5', { min: 0 }),
      persons_per_km2: numberCell(table, row, 'persons_per_sq_km_mid2016_mye5', { min: 0 }),
    });
  }
  requireAll(lookup, table, seen);
  const check = open(dataDir, RAW_SOURCES.populationCheck, ['Code', 'All ages']);
  const england = check.rows.find((r) => r.values.Code === 'E92000001');
  if (!england) throw new SourceError(check.file, null, 'no row for England (E92000001)');
  const expected = integerCell(check, england, 'All ages');
  if (expected !== total) throw new SourceError(table.file, null, `district populations sum to ${total}, but MYE2 gives England ${expected}`);
  return rows.sort((a, b) => String(a.code).localeCompare(String(b.code)));
}

/** The ten IoD 2015 domains and supplementary indices, by their column prefix in File 10. */
const IOD_DOMAINS: [string, string][] = [
  ['IMD', 'IMD'],
  ['Income', 'INCOME'],
  ['Employment', 'EMPLOYMENT'],
  ['Education, Skills and Training', 'EDUCATION'],
  ['Health Deprivation and Disability', 'HEALTH'],
  ['Crime', 'CRIME'],
  ['Barriers to Housing and Services', 'BARRIERS'],
  ['Living Environment', 'LIVING_ENVIRONMENT'],
  ['Income Deprivation Affecting Children Index (IDACI)', 'IDACI'],
  ['Income Deprivation Affecting Older People (IDAOPI)', 'IDAOPI'],
];

/** Measure (lower-cased header after "<domain> - ") -> seed column, and whether it is a rank. */
const IOD_MEASURES: [string, string, boolean][] = [
  ['average rank', 'average_rank', false],
  ['rank of average rank', 'rank_of_average_rank', true],
  ['average score', 'average_score', false],
  ['rank of average score', 'rank_of_average_score', true],
  ['proportion of lsoas in most deprived 10% nationally', 'most_deprived_10pct_share', false],
  ['rank of proportion of lsoas in most deprived 10% nationally', 'rank_of_most_deprived_10pct_share', true],
  ['scale', 'scale', false],
  ['rank of scale', 'rank_of_scale', true],
  ['extent', 'extent', false],
  ['rank of extent', 'rank_of_extent', true],
  ['local concentration', 'local_concentration', false],
  ['rank of local concentration', 'rank_of_local_concentration', true],
];

/** IoD 2015 File 10 district summaries (all sheets side by side), one row per district and domain. */
export function readDeprivation(dataDir: string, lookup: Lookup): SeedRow[] {
  const codeColumn = 'Local Authority District code (2013)';
  const table = open(dataDir, RAW_SOURCES.deprivation, [codeColumn]);
  // Map every header to (domain, measure); an unrecognised header is an error, not skipped.
  const columns: { header: string; domain: string; column: string; isRank: boolean }[] = [];
  for (const header of table.columns.slice(2)) {
    const [prefix, measure] = header.split(' - ');
    const domain = IOD_DOMAINS.find(([p]) => p === prefix?.trim())?.[1];
    const m = IOD_MEASURES.find(([label]) => label === measure?.trim().toLowerCase());
    if (!domain || !m) throw new SourceError(table.file, 1, `unrecognised column "${header}"`);
    columns.push({ header, domain, column: m[1], isRank: m[2] });
  }
  const seen = new Set<string>();
  const rows: SeedRow[] = [];
  for (const row of table.rows) {
    const code = cell(table, row, codeColumn);
    knownCode(lookup, table, row.line, code, codeColumn);
    noDuplicate(table, row.line, seen, code, codeColumn);
    for (const [, domain] of IOD_DOMAINS) {
      const out: SeedRow = { code, domain };
      for (const c of columns.filter((x) => x.domain === domain)) {
        // Domain scores for Health, Crime, Barriers and Living Environment are z-scores and can be
        // negative; every other measure (ranks, rates, shares, counts) is non-negative.
        const signed = c.column === 'average_score' && !['IMD', 'INCOME', 'EMPLOYMENT', 'EDUCATION', 'IDACI', 'IDAOPI'].includes(domain);
        out[c.column] = c.isRank
          ? integerCell(table, row, c.header, { min: 1, max: ENGLISH_DISTRICT_COUNT })
          : numberCell(table, row, c.header, signed ? undefined : { min: 0 });
      }
      for (const required of ['average_rank', 'rank_of_average_rank', 'average_score', 'rank_of_average_score', 'most_deprived_10pct_share']) {
        if (out[required] === undefined) throw new SourceError(table.file, 1, `no "${required}" column for domain ${domain}`);
      }
      rows.push(out);
    }
  }
  requireAll(lookup, table, seen);
  return rows.sort((a, b) => String(a.code).localeCompare(String(b.code)) || IOD_DOMAINS.findIndex(([, d]) => d === a.domain) - IOD_DOMAINS.findIndex(([, d]) => d === b.domain));
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
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) throw new SourceError(file, feature, 'ring is not closed');
  return out;
}

/**
 * GB-wide district boundaries in EPSG:27700 (England, Wales, Scotland). Coordinates are rounded
 * to whole metres: the boundaries are generalised to 200 m, and neighbours share vertices, so
 * shared edges stay identical. Rings that rounding collapses (fewer than 4 positions) are dropped.
 */
export function readBoundaries(dataDir: string, lookup: Lookup): SeedBoundary[] {
  const file = RAW_SOURCES.boundaries.file;
  let parsed: { features?: { properties?: Record<string, unknown>; geometry?: { type?: string; coordinates?: unknown } }[] };
  try {
    parsed = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
  } catch (err) {
    throw new SourceError(file, null, `cannot read GeoJSON (${(err as Error).message})`);
  }
  if (!Array.isArray(parsed.features)) throw new SourceError(file, null, 'not a GeoJSON FeatureCollection');
  const seen = new Set<string>();
  const out: SeedBoundary[] = [];
  parsed.features.forEach((feature, index) => {
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
      if (known.name !== name) throw new SourceError(file, n, `name "${name}" differs from the ONS LAD16 name "${known.name}"`, 'lad17nm');
    }
    const g = feature.geometry;
    const polygons: unknown[] =
      g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' && Array.isArray(g.coordinates) ? g.coordinates : [];
    if (polygons.length === 0) throw new SourceError(file, n, `geometry must be a Polygon or MultiPolygon (got ${g?.type})`);
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
    throw new SourceError(file, null, `expected ${ENGLISH_DISTRICT_COUNT} English districts, found ${english}; missing: ${missing.join(', ')}`);
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The detailed (generalised 20 m, quantised) English boundaries of December 2013, with the same
 * 326 codes and names as LAD16; used for point-in-polygon lookups.
 */
export function readDetailedBoundaries(dataDir: string, lookup: Lookup): { code: string; geometry: unknown }[] {
  const file = RAW_SOURCES.detailedBoundaries.file;
  let parsed: { features?: { properties?: Record<string, unknown>; geometry?: { type?: string } }[] };
  try {
    parsed = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
  } catch (err) {
    throw new SourceError(file, null, `cannot read GeoJSON (${(err as Error).message})`);
  }
  if (!Array.isArray(parsed.features)) throw new SourceError(file, null, 'not a GeoJSON FeatureCollection');
  const seen = new Set<string>();
  const out = parsed.features.map((feature, index) => {
    const code = String(feature.properties?.LAD13CD ?? '');
    const name = String(feature.properties?.LAD13NM ?? '');
    const known = lookup.districts.get(code);
    if (!known) throw new SourceError(file, index + 1, `"${code}" is not one of the ${ENGLISH_DISTRICT_COUNT} English LAD16 codes of the ONS lookup`, 'LAD13CD');
    if (known.name !== name) throw new SourceError(file, index + 1, `name "${name}" differs from the ONS LAD16 name "${known.name}"`, 'LAD13NM');
    if (seen.has(code)) throw new SourceError(file, index + 1, `duplicate code "${code}"`, 'LAD13CD');
    seen.add(code);
    const type = feature.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') throw new SourceError(file, index + 1, `geometry must be a Polygon or MultiPolygon (got ${type})`);
    return { code, geometry: feature.geometry };
  });
  const missing = [...lookup.districts.keys()].filter((c) => !seen.has(c));
  if (missing.length > 0) throw new SourceError(file, null, `no feature for ${missing.length} district(s): ${missing.join(', ')}`);
  return out.sort((a, b) => a.code.localeCompare(b.code));
}
