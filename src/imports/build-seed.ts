/**
 * Builds the seed from the raw public files: read and validate every source, check the
 * geometries in PostGIS (embedded, in memory), and return the files to write. Deterministic:
 * the same raw files give byte-identical seed files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type Db, openPglite, sql } from '../db';
import type { Logger } from '../logger';
import { isIndustrial, isRural } from '../classification/classification.rules';
import {
  readAreaClassification,
  readAreaLookup,
  readAreas,
  readBoundaries,
  readDeprivation,
  readDetailedBoundaries,
  readLookup,
  readPopulation,
  readRuralUrban,
  readSmi2016,
  readSuccessors2019,
  type Lookup,
  type RawArea,
} from './raw';
import { inForce, MEMBER_SHARE, MIN_RECORDED_SHARE, recordedShare, searchForm } from '../areas/areas.rules';
import { isCoastal, roundKm } from '../spatial/spatial.rules';
import {
  acrossWater,
  areaShares,
  coastlines,
  detailedBoundaries,
  landBorders,
  stageBoundaries,
  type AdjacencyRow,
  type AreaShareRow,
} from './spatial.derive';
import { RAW_SOURCES, SHIPPED_EDITION } from './raw-sources';
import { serializeSeed, type Seed, type SeedBoundary, type SeedRowOf } from './seed.format';
import { SourceError } from './source-error';

/** A boundary may lose at most this share of its area when made valid. */
const MAX_AREA_CHANGE_ON_REPAIR = 0.01;

export interface BuildReport {
  files: Map<string, string>;
  counts: Record<string, number>;
  unranked: string[];
  repaired: string[];
}

export interface BuildOptions {
  /**
   * Opens the PostGIS database the spatial checks and derivations run in, closed after the build.
   * Default: a new in-memory embedded one. Tests pass an already initialised copy; the build only
   * uses temporary tables, so any PostGIS 3.6 database gives the same seed.
   */
  openWorkspace?: () => Promise<Db>;
}

export async function buildSeed(dataDir: string, log: Logger, options: BuildOptions = {}): Promise<BuildReport> {
  if (!existsSync(dataDir))
    throw new SourceError(dataDir, null, 'data directory not found (set DATA_DIR or pass --data <dir>)');
  const lookup = readLookup(dataDir);
  const smi = readSmi2016(dataDir, lookup, SHIPPED_EDITION.edition);
  const ruralUrban = readRuralUrban(dataDir, lookup);
  const area = readAreaClassification(dataDir, lookup);
  const populations = readPopulation(dataDir, lookup);
  const deprivation = readDeprivation(dataDir, lookup);
  const boundaries = readBoundaries(dataDir, lookup);
  const detailed = readDetailedBoundaries(dataDir, lookup);
  const areas = readAreas(dataDir, lookup);
  const openWorkspace = options.openWorkspace ?? (() => openPglite(null, log.child({ module: 'data:build' })));
  const spatial = await deriveSpatial(boundaries, detailed, areas, log, openWorkspace);
  checkAreas(areas, spatial.areaShares, lookup, readAreaLookup(dataDir, lookup), readSuccessors2019(dataDir, lookup));

  const seed: Seed = {
    sources: Object.values(RAW_SOURCES),
    editions: [
      {
        edition: SHIPPED_EDITION.edition,
        title: SHIPPED_EDITION.title,
        publisher: SHIPPED_EDITION.publisher,
        publishedOn: SHIPPED_EDITION.publishedOn,
        sourceId: SHIPPED_EDITION.source.id,
        licence: SHIPPED_EDITION.source.licence,
        attribution: SHIPPED_EDITION.source.attribution,
        rankedCount: smi.rankedCount,
      },
    ],
    tables: {
      regions: [...lookup.regions.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, name]) => ({ code, name })),
      authorities: [...lookup.districts.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, d]) => ({ code, name: d.name, region_code: d.regionCode })),
      rural_urban_classes: ruralUrban.classes,
      area_classes: area.classes,
      classifications: classificationRows(lookup, ruralUrban.byCode, area.byCode),
      populations,
      deprivation_domains: deprivation,
      coastlines: spatial.coastlines,
      adjacencies: spatial.adjacencies,
      mobility_scores: smi.rows,
      areas: areaRows(areas, lookup),
      area_districts: spatial.areaShares.map((r) => ({
        area_code: r.areaCode,
        district_code: r.districtCode,
        share: recordedShare(r.share),
      })),
    },
    boundaries,
    detailedBoundaries: spatial.detailed,
  };
  return {
    files: serializeSeed(seed),
    counts: {
      districts: lookup.districts.size,
      ranked: smi.rankedCount,
      regions: lookup.regions.size,
      boundaries: boundaries.length,
      englishBoundaries: boundaries.filter((b) => b.country === 'E').length,
      landBorders: spatial.adjacencies.filter((a) => a.kind === 'LAND_BORDER').length / 2,
      acrossWater: spatial.adjacencies.filter((a) => a.kind === 'ACROSS_WATER').length / 2,
      coastal: spatial.coastlines.filter((c) => c.coastal).length,
      areas: areas.length,
    },
    unranked: smi.unranked,
    repaired: spatial.repaired,
  };
}

/** The classification of each district: its rural-urban class and area subgroup, and the flags they give. */
function classificationRows(
  lookup: Lookup,
  ruralUrban: Map<string, { ruc: number; pct: number }>,
  area: Map<string, { supergroup: string; group: string; subgroup: string }>,
): SeedRowOf<'classifications'>[] {
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

interface SpatialDerivation {
  repaired: string[];
  adjacencies: SeedRowOf<'adjacencies'>[];
  coastlines: SeedRowOf<'coastlines'>[];
  detailed: Seed['detailedBoundaries'];
  areaShares: AreaShareRow[];
}

/** The areas as the seed keeps them: the newest name, the 2016 name when the district was renamed, the search text. */
function areaRows(areas: RawArea[], lookup: Lookup): SeedRowOf<'areas'>[] {
  return areas.map((a) => {
    const name2016 = lookup.districts.get(a.code)?.name;
    const former = name2016 && name2016 !== a.name ? name2016 : null;
    return {
      code: a.code,
      kind: a.kind,
      name: a.name,
      former_name: former,
      search_text: [a.name, former]
        .filter((n): n is string => n !== null)
        .map(searchForm)
        .join(' | '),
      valid_from: a.validFrom,
      valid_to: a.validTo,
    };
  });
}

/**
 * Checks the districts computed for each area against the ONS lookups, and refuses the build when
 * they disagree: every 2016 district is its own area, and in the county, metropolitan county,
 * region and combined authority the ONS Visual lookup gives (each such combined authority with
 * exactly the districts it gives); the districts merged in 2019
 * are in the successor the crosswalk names; every area has a district, and England all 326.
 */
export function checkAreas(
  areas: RawArea[],
  shares: AreaShareRow[],
  lookup: Lookup,
  areaLookup: Map<
    string,
    { county: string | null; metropolitanCounty: string | null; combinedAuthority2023: string | null; region: string }
  >,
  successors: Map<string, string>,
): void {
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const containing = new Map<string, RawArea[]>();
  const members = new Map<string, string[]>();
  for (const s of shares) {
    if (s.share < MEMBER_SHARE) continue;
    containing.set(s.districtCode, [...(containing.get(s.districtCode) ?? []), byCode.get(s.areaCode)!]);
    members.set(s.areaCode, [...(members.get(s.areaCode) ?? []), s.districtCode]);
  }
  const problems: string[] = [];
  const same = (what: string, district: string, computed: (string | null)[], expected: string | null): void => {
    const got =
      computed
        .filter((c): c is string => c !== null)
        .sort()
        .join(', ') || 'none';
    if (got !== (expected ?? 'none'))
      problems.push(`${district}: ${what} computed ${got}, the lookup says ${expected ?? 'none'}`);
  };
  for (const [code, expected] of areaLookup) {
    const inside = containing.get(code) ?? [];
    const of = (kind: RawArea['kind'], year?: number) =>
      inside.filter((a) => a.kind === kind && (year === undefined || inForce(a, year))).map((a) => a.code);
    if (!inside.some((a) => a.code === code)) problems.push(`${code}: not inside its own area`);
    same('county', code, of('COUNTY'), expected.county);
    same('metropolitan county', code, of('METROPOLITAN_COUNTY'), expected.metropolitanCounty);
    same('region', code, of('REGION'), expected.region);
    // The lookup's combined authority is one the district was in (of 2023 for most, the North
    // East's of 2014–2017 for its seven): it must be among those computed for any year.
    const authorities = of('COMBINED_AUTHORITY');
    if (expected.combinedAuthority2023 && !authorities.includes(expected.combinedAuthority2023)) {
      problems.push(
        `${code}: combined authorities computed ${authorities.join(', ') || 'none'}, the lookup says ${expected.combinedAuthority2023}`,
      );
    }
    const successor = successors.get(code);
    if (successor)
      same(
        'council of 2019',
        code,
        of('DISTRICT', 2019).filter((c) => c !== code),
        successor,
      );
  }
  // And each combined authority the lookup names holds exactly the districts it gives it.
  for (const authority of new Set(
    [...areaLookup.values()].map((r) => r.combinedAuthority2023).filter((c): c is string => c !== null),
  )) {
    const given = [...areaLookup]
      .filter(([, r]) => r.combinedAuthority2023 === authority)
      .map(([c]) => c)
      .sort()
      .join(', ');
    const computed = [...(members.get(authority) ?? [])].sort().join(', ');
    if (given !== computed)
      problems.push(`${authority}: districts computed ${computed || 'none'}, the lookup gives ${given}`);
  }
  for (const a of areas)
    if (!members.has(a.code)) problems.push(`${a.code} ${a.name}: no 2016 district is mostly inside it`);
  const england = areas.find((a) => a.kind === 'COUNTRY');
  if (england && (members.get(england.code)?.length ?? 0) !== lookup.districts.size)
    problems.push(`England holds ${members.get(england.code)?.length ?? 0} of the ${lookup.districts.size} districts`);
  if (problems.length > 0) {
    throw new SourceError(
      problems.slice(0, 20).map((message) => ({
        source: RAW_SOURCES.areas.file,
        row: null,
        column: null,
        message: `areas disagree with the ONS lookups: ${message}`,
      })),
    );
  }
}

/** Both directions of each pair, lengths rounded to whole metres, in a stable order. */
function symmetric(rows: AdjacencyRow[]): SeedRowOf<'adjacencies'>[] {
  const out = rows.flatMap((r) => {
    const values = {
      kind: r.kind,
      shared_border_km: r.sharedBorderKm === null ? null : roundKm(r.sharedBorderKm),
      gap_km: r.gapKm === null ? null : roundKm(r.gapKm),
    };
    return [
      { code: r.code, neighbour_code: r.neighbourCode, ...values },
      { code: r.neighbourCode, neighbour_code: r.code, ...values },
    ];
  });
  return out.sort((a, b) => a.code.localeCompare(b.code) || a.neighbour_code.localeCompare(b.neighbour_code));
}

/**
 * Runs the spatial work of the build in PostGIS (the workspace database): checks that every
 * boundary is valid after ST_MakeValid and kept its area, derives land borders, across-water
 * pairs and coastlines on the GB-wide boundaries, and prepares the detailed boundaries.
 */
async function deriveSpatial(
  boundaries: SeedBoundary[],
  detailed: { code: string; geometry: unknown }[],
  areas: RawArea[],
  log: Logger,
  openWorkspace: () => Promise<Db>,
): Promise<SpatialDerivation> {
  const buildLog = log.child({ module: 'data:build' });
  const db = await openWorkspace();
  try {
    await db.query('createPostgis', sql.query`create extension if not exists postgis`);
    await stageBoundaries(db, boundaries);
    const repaired = await checkGeometries(db);
    const land = await landBorders(db);
    const water = await acrossWater(db);
    const coast = await coastlines(db);
    const detailedRows = await detailedBoundaries(db, detailed);
    const shares = await areaShares(db, areas, MIN_RECORDED_SHARE);
    buildLog.info({ land: land.length, water: water.length, areaShares: shares.length }, 'spatial relations derived');
    return {
      repaired,
      adjacencies: symmetric([...land, ...water]),
      coastlines: coast.map((c) => {
        const km = roundKm(c.coastlineKm);
        return { code: c.code, coastline_km: km, coastal: isCoastal(km) };
      }),
      detailed: detailedRows,
      areaShares: shares,
    };
  } finally {
    await db.close();
  }
}

/**
 * Checks that every staged boundary is valid after ST_MakeValid, still polygonal, and has kept
 * its area. Returns the codes of boundaries that needed repair.
 */
async function checkGeometries(db: Db): Promise<string[]> {
  const rows = await db.query<{
    code: string;
    raw_valid: boolean;
    reason: string;
    fixed_valid: boolean;
    fixed_empty: boolean;
    raw_area: number;
    fixed_area: number;
  }>(
    'checkBoundaryGeometries',
    sql.query`
      select code,
             ST_IsValid(raw) as raw_valid, ST_IsValidReason(raw) as reason,
             ST_IsValid(g) as fixed_valid, ST_IsEmpty(g) as fixed_empty,
             ST_Area(raw) as raw_area, ST_Area(g) as fixed_area
      from gb
      order by code`,
  );
  const file = RAW_SOURCES.boundaries.file;
  for (const r of rows) {
    if (!r.fixed_valid || r.fixed_empty)
      throw new SourceError(
        file,
        null,
        `boundary of ${r.code} is not a valid polygon even after ST_MakeValid (${r.reason})`,
      );
    const change = Math.abs(r.fixed_area - r.raw_area) / r.fixed_area;
    if (change > MAX_AREA_CHANGE_ON_REPAIR) {
      throw new SourceError(
        file,
        null,
        `boundary of ${r.code} changed area by ${(change * 100).toFixed(2)}% when made valid (${r.reason})`,
      );
    }
  }
  return rows.filter((r) => !r.raw_valid).map((r) => r.code);
}

/** Lists the seed files that differ from `files` (missing, changed or extra). */
export function diffSeed(dir: string, files: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, text] of files) {
    const target = path.join(dir, name);
    if (!existsSync(target)) problems.push(`${name}: missing`);
    else if (readFileSync(target, 'utf8') !== text) problems.push(`${name}: differs from a rebuild`);
  }
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) if (!files.has(name)) problems.push(`${name}: not produced by the build`);
  }
  return problems;
}
