/**
 * Areas people name, 2014–2025, from the ONS TopoJSON: England's lower-tier councils (the 326
 * districts of 2016 and the councils made since), its two-tier counties, metropolitan counties,
 * combined authorities, regions and England itself, each with the years it was in force and its
 * polygon (WGS84, for the build to compute which 2016 districts make it up). And the two files
 * that check that composition: the ONS Visual lookup of 2014 districts to their county,
 * metropolitan county, 2023 combined authority and region, and the 2019 successors of the
 * districts merged that year.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { AREA_KINDS, AREA_YEARS, type AreaKind } from '../../areas/areas.rules';
import { RAW_SOURCES } from '../raw-sources';
import { SourceError } from '../source-error';
import { textCell } from '../table';
import { knownCode, noDuplicate, openSource, requireAll, type Lookup } from './checks';

/** The TopoJSON layer of each kind, and the ONS code prefix of its English areas. */
const LAYERS: Record<AreaKind, { layer: string; code: RegExp }> = {
  DISTRICT: { layer: 'ltla', code: /^E0[6-9]\d{6}$/ },
  COUNTY: { layer: 'cty', code: /^E10\d{6}$/ },
  METROPOLITAN_COUNTY: { layer: 'mcty', code: /^E11\d{6}$/ },
  COMBINED_AUTHORITY: { layer: 'cauth', code: /^E47\d{6}$/ },
  REGION: { layer: 'rgn', code: /^E12\d{6}$/ },
  COUNTRY: { layer: 'ctry', code: /^E92\d{6}$/ },
};

export interface RawArea {
  code: string;
  kind: AreaKind;
  name: string;
  /** First year in force; null: in force from before the file begins (2014). */
  validFrom: number | null;
  /** Last year in force; null: still in force at the file's end (2025). */
  validTo: number | null;
  /** GeoJSON geometry in WGS84. */
  geometry: unknown;
}

const year = (value: unknown, file: string, what: string): number | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < AREA_YEARS.first || value > AREA_YEARS.last) {
    throw new SourceError(
      file,
      null,
      `${what} must be a year ${AREA_YEARS.first}..${AREA_YEARS.last} (got ${JSON.stringify(value)})`,
    );
  }
  return value;
};

/** Every English area of the TopoJSON, by kind; the 326 districts of 2016 must all be there. */
export function readAreas(dataDir: string, lookup: Lookup): RawArea[] {
  const file = RAW_SOURCES.areas.file;
  let topology: Topology;
  try {
    topology = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as Topology;
  } catch (err) {
    throw new SourceError(file, null, `cannot read TopoJSON (${(err as Error).message})`);
  }
  if (topology.type !== 'Topology' || !topology.objects) throw new SourceError(file, null, 'not a TopoJSON Topology');
  const areas: RawArea[] = [];
  const seen = new Set<string>();
  for (const kind of AREA_KINDS) {
    const { layer, code: pattern } = LAYERS[kind];
    const object = topology.objects[layer] as GeometryCollection<Record<string, unknown>> | undefined;
    if (!object || object.type !== 'GeometryCollection') throw new SourceError(file, null, `no layer "${layer}"`);
    const collection = feature(topology, object);
    for (const f of collection.features) {
      const props = (f.properties ?? {}) as Record<string, unknown>;
      const code = String(props.areacd ?? '');
      if (!pattern.test(code)) continue; // Wales, Scotland, Northern Ireland
      if (seen.has(code)) throw new SourceError(file, null, `area ${code} appears twice`);
      seen.add(code);
      const name = String(props.areanm ?? '').trim();
      if (!name) throw new SourceError(file, null, `area ${code} has no name`);
      const validFrom = year(props.start, file, `start of ${code}`);
      const validTo = year(props.end, file, `end of ${code}`);
      if (validFrom !== null && validTo !== null && validFrom > validTo)
        throw new SourceError(file, null, `area ${code} starts (${validFrom}) after it ends (${validTo})`);
      if (!f.geometry) throw new SourceError(file, null, `area ${code} has no geometry`);
      areas.push({ code, kind, name, validFrom, validTo, geometry: f.geometry });
    }
  }
  const missing = [...lookup.districts.keys()].filter((c) => !seen.has(c));
  if (missing.length > 0)
    throw new SourceError(file, null, `the 2016 districts ${missing.join(', ')} are not in layer "ltla"`);
  for (const kind of AREA_KINDS) {
    if (!areas.some((a) => a.kind === kind)) throw new SourceError(file, null, `no English area of kind ${kind}`);
  }
  return areas.sort((a, b) => a.code.localeCompare(b.code));
}

/** What the ONS Visual lookup says of each 2016 district (codes; null where it has none). */
export interface AreaLookupRow {
  county: string | null;
  metropolitanCounty: string | null;
  /** Of 2023, not 2016 (the file's caveat). */
  combinedAuthority2023: string | null;
  region: string;
}

export function readAreaLookup(dataDir: string, lookup: Lookup): Map<string, AreaLookupRow> {
  const table = openSource(dataDir, RAW_SOURCES.areaLookup, ['ltlacd', 'ctycd', 'mctycd', 'cauthcd', 'rgncd']);
  const seen = new Set<string>();
  const out = new Map<string, AreaLookupRow>();
  const optional = (row: (typeof table.rows)[number], column: string): string | null =>
    textCell(table, row, column) || null;
  for (const row of table.rows) {
    const code = textCell(table, row, 'ltlacd');
    if (!code.startsWith('E')) continue;
    knownCode(lookup, table, row.row, code, 'ltlacd');
    noDuplicate(table, row.row, seen, code, 'ltlacd');
    const region = textCell(table, row, 'rgncd');
    if (region !== lookup.districts.get(code)!.regionCode) {
      throw new SourceError(
        table.source,
        row.row,
        `region ${region} of ${code} differs from the ONS LAD16 lookup's ${lookup.districts.get(code)!.regionCode}`,
        'rgncd',
      );
    }
    out.set(code, {
      county: optional(row, 'ctycd'),
      metropolitanCounty: optional(row, 'mctycd'),
      combinedAuthority2023: optional(row, 'cauthcd'),
      region,
    });
  }
  requireAll(lookup, table, seen);
  return out;
}

/** The 2019 successor of each district merged in April 2019 (14 districts). */
export function readSuccessors2019(dataDir: string, lookup: Lookup): Map<string, string> {
  const table = openSource(dataDir, RAW_SOURCES.successors2019, ['lad16cd', 'merged_2019_successor_lad19cd']);
  const seen = new Set<string>();
  const out = new Map<string, string>();
  for (const row of table.rows) {
    const code = textCell(table, row, 'lad16cd');
    knownCode(lookup, table, row.row, code, 'lad16cd');
    noDuplicate(table, row.row, seen, code, 'lad16cd');
    const successor = textCell(table, row, 'merged_2019_successor_lad19cd');
    if (successor) out.set(code, successor);
  }
  requireAll(lookup, table, seen);
  return out;
}
