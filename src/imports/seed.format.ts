/**
 * The project's own compact seed format (db/seed/): one CSV per table, keyed and named like the
 * database columns, the GB-wide boundaries as line-per-feature GeoJSON in EPSG:27700 (whole
 * metres), and manifest.json with provenance and a SHA-256 of every file. Written by
 * `npm run data:build`, read by the seed loader.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv, requireColumns, writeCsv } from './table';
import type { EditionRecord } from './provenance.sql';
import type { RawSource } from './raw-sources';
import { SourceError } from './source-error';

/**
 * 2: editions carry no band thresholds; the one writer computes them (imports/provenance.sql.ts).
 * 3: areas people name and the 2016 districts that make them up (areas.csv, area_districts.csv).
 */
export const SEED_FORMAT = 3;

/** A column's type; a trailing `?` marks a column that may be empty (null). */
type ColumnType = 'text' | 'int' | 'float' | 'bool' | 'text?' | 'int?' | 'float?';
type ValueOf<T> = T extends 'text'
  ? string
  : T extends 'text?'
    ? string | null
    : T extends 'bool'
      ? boolean
      : T extends 'int?' | 'float?'
        ? number | null
        : number;
export type SeedValue = string | number | boolean | null;

export interface TableSpec {
  table: string;
  file: string;
  key: readonly string[];
  columns: Readonly<Record<string, ColumnType>>;
}

/** Seed tables in load order (parents before children). */
export const SEED_TABLES = [
  { table: 'regions', file: 'regions.csv', key: ['code'], columns: { code: 'text', name: 'text' } },
  {
    table: 'authorities',
    file: 'authorities.csv',
    key: ['code'],
    columns: { code: 'text', name: 'text', region_code: 'text' },
  },
  {
    table: 'rural_urban_classes',
    file: 'rural_urban_classes.csv',
    key: ['code'],
    columns: { code: 'int', name: 'text', broad_group: 'text' },
  },
  {
    table: 'area_classes',
    file: 'area_classes.csv',
    key: ['code'],
    columns: { code: 'text', level: 'text', name: 'text', parent_code: 'text?' },
  },
  {
    table: 'classifications',
    file: 'classifications.csv',
    key: ['code'],
    columns: {
      code: 'text',
      rural_urban_code: 'int',
      rural_population_pct_2011: 'float',
      area_subgroup_code: 'text',
      rural: 'bool',
      industrial: 'bool',
    },
  },
  {
    table: 'populations',
    file: 'populations.csv',
    key: ['code'],
    columns: {
      code: 'text',
      persons_mid2016: 'int',
      persons_mid2015: 'int',
      land_area_km2: 'float',
      persons_per_km2: 'float',
    },
  },
  {
    table: 'deprivation_domains',
    file: 'deprivation_domains.csv',
    key: ['code', 'domain'],
    columns: {
      code: 'text',
      domain: 'text',
      average_rank: 'float',
      rank_of_average_rank: 'int',
      average_score: 'float',
      rank_of_average_score: 'int',
      most_deprived_10pct_share: 'float',
      rank_of_most_deprived_10pct_share: 'int',
      scale: 'float?',
      rank_of_scale: 'int?',
      extent: 'float?',
      rank_of_extent: 'int?',
      local_concentration: 'float?',
      rank_of_local_concentration: 'int?',
    },
  },
  {
    table: 'coastlines',
    file: 'coastlines.csv',
    key: ['code'],
    columns: { code: 'text', coastline_km: 'float', coastal: 'bool' },
  },
  {
    table: 'adjacencies',
    file: 'adjacencies.csv',
    key: ['code', 'neighbour_code'],
    columns: { code: 'text', neighbour_code: 'text', kind: 'text', shared_border_km: 'float?', gap_km: 'float?' },
  },
  {
    table: 'mobility_scores',
    file: 'mobility_scores.csv',
    key: ['edition', 'code'],
    columns: { edition: 'int', code: 'text', score: 'float', rank: 'int' },
  },
  {
    table: 'areas',
    file: 'areas.csv',
    key: ['code'],
    columns: {
      code: 'text',
      kind: 'text',
      name: 'text',
      former_name: 'text?',
      search_text: 'text',
      valid_from: 'int?',
      valid_to: 'int?',
    },
  },
  {
    table: 'area_districts',
    file: 'area_districts.csv',
    key: ['area_code', 'district_code'],
    columns: { area_code: 'text', district_code: 'text', share: 'float' },
  },
] as const satisfies readonly TableSpec[];

export type SeedTableName = (typeof SEED_TABLES)[number]['table'];

/** The row type of each seed table, from its column spec: a misspelt or missing column is a type error. */
export type SeedTables = {
  [S in (typeof SEED_TABLES)[number] as S['table']]: {
    -readonly [C in keyof S['columns']]: ValueOf<S['columns'][C]>;
  }[];
};
export type SeedRowOf<T extends SeedTableName> = SeedTables[T][number];

export const BOUNDARIES_FILE = 'boundaries.geojson';
export const DETAILED_BOUNDARIES_FILE = 'detailed_boundaries.geojson';
export const MANIFEST_FILE = 'manifest.json';

export interface SeedBoundary {
  code: string;
  name: string;
  country: 'E' | 'W' | 'S';
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export interface Seed {
  sources: RawSource[];
  editions: EditionRecord[];
  tables: SeedTables;
  /** GB-wide boundaries, super generalised (200 m): the geometry served and measured. */
  boundaries: SeedBoundary[];
  /** England only, generalised (20 m): used for point-in-polygon lookups. */
  detailedBoundaries: { code: string; geometry: SeedBoundary['geometry'] }[];
}

export interface SeedManifest {
  format: number;
  description: string;
  sources: RawSource[];
  editions: EditionRecord[];
  files: { file: string; rows: number; sha256: string }[];
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Serialises a seed to its files (name -> exact text). Deterministic: same seed, same bytes. */
export function serializeSeed(seed: Seed): Map<string, string> {
  const files = new Map<string, string>();
  const listing: SeedManifest['files'] = [];
  for (const spec of SEED_TABLES) {
    const columns = Object.keys(spec.columns);
    const rows = seed.tables[spec.table] as Record<string, SeedValue>[];
    const text = writeCsv(
      columns,
      rows.map((r) => columns.map((c) => r[c] ?? null)),
    );
    files.set(spec.file, text);
    listing.push({ file: spec.file, rows: rows.length, sha256: sha256(text) });
  }
  const geojsonFile = (file: string, features: { properties: object; geometry: unknown }[]): void => {
    const lines = features.map((f) => JSON.stringify({ type: 'Feature', ...f }));
    const text = `{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::27700"}},"features":[\n${lines.join(',\n')}\n]}\n`;
    files.set(file, text);
    listing.push({ file, rows: lines.length, sha256: sha256(text) });
  };
  geojsonFile(
    BOUNDARIES_FILE,
    seed.boundaries.map((b) => ({
      properties: { code: b.code, name: b.name, country: b.country },
      geometry: b.geometry,
    })),
  );
  geojsonFile(
    DETAILED_BOUNDARIES_FILE,
    seed.detailedBoundaries.map((b) => ({ properties: { code: b.code }, geometry: b.geometry })),
  );
  const manifest: SeedManifest = {
    format: SEED_FORMAT,
    description:
      'Mobility Atlas seed, built by `npm run data:build` from the raw public files listed in sources. Do not edit by hand.',
    sources: seed.sources,
    editions: seed.editions,
    files: listing,
  };
  files.set(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}

function parseValue(type: ColumnType, raw: string, file: string, row: number, column: string): SeedValue {
  const nullable = type.endsWith('?');
  if (raw === '') {
    if (nullable) return null;
    throw new SourceError(file, row, 'is empty, but the column may not be', column);
  }
  switch (type) {
    case 'text':
    case 'text?':
      return raw;
    case 'bool':
      if (raw !== 'true' && raw !== 'false')
        throw new SourceError(file, row, `expected true or false, got "${raw}"`, column);
      return raw === 'true';
    default: {
      const whole = type.startsWith('int');
      const n = Number(raw);
      if (!Number.isFinite(n) || (whole && !Number.isInteger(n))) {
        throw new SourceError(file, row, `expected ${whole ? 'a whole number' : 'a number'}, got "${raw}"`, column);
      }
      return n;
    }
  }
}

export interface LoadedSeed extends Seed {
  /** SHA-256 of manifest.json, which itself hashes every file: identifies the seed's content. */
  hash: string;
}

/** The verified files of a seed directory: the manifest (format checked) and each file's text. */
function readSeedFiles(dir: string): { manifest: SeedManifest; manifestText: string; texts: Map<string, string> } {
  const read = (file: string): string => {
    try {
      return readFileSync(path.join(dir, file), 'utf8');
    } catch (err) {
      throw new SourceError(
        path.join(dir, file),
        null,
        `cannot read seed file (${(err as Error).message}); run npm run data:build`,
      );
    }
  };
  const manifestText = read(MANIFEST_FILE);
  const manifest = JSON.parse(manifestText) as SeedManifest;
  if (manifest.format !== SEED_FORMAT) {
    throw new SourceError(
      MANIFEST_FILE,
      null,
      `seed format ${manifest.format} is not the supported format ${SEED_FORMAT}; run npm run data:build`,
    );
  }
  const texts = new Map<string, string>();
  for (const entry of manifest.files) {
    const text = read(entry.file);
    if (sha256(text) !== entry.sha256) {
      throw new SourceError(
        entry.file,
        null,
        'content does not match the SHA-256 in manifest.json; rebuild with npm run data:build',
      );
    }
    texts.set(entry.file, text);
  }
  return { manifest, manifestText, texts };
}

/**
 * The hash that identifies a seed directory's content, with every file checked against the
 * manifest but nothing parsed: what a start compares with the loaded seed (about 30 ms, where
 * reading the whole seed takes about 600 ms).
 */
export function seedHash(dir: string): string {
  return sha256(readSeedFiles(dir).manifestText);
}

/** Reads and verifies a seed directory (format, file hashes, types). */
export function readSeed(dir: string): LoadedSeed {
  const { manifest, manifestText, texts } = readSeedFiles(dir);
  const tables = {} as Record<string, Record<string, SeedValue>[]>;
  for (const spec of SEED_TABLES) {
    const table = parseCsv(texts.get(spec.file) ?? '', spec.file);
    requireColumns(table, Object.keys(spec.columns));
    tables[spec.table] = table.rows.map((r) =>
      Object.fromEntries(
        Object.entries(spec.columns).map(([column, type]) => [
          column,
          parseValue(type, String(r.values.get(column) ?? ''), spec.file, r.row, column),
        ]),
      ),
    );
  }
  const features = <P>(file: string): (P & { geometry: SeedBoundary['geometry'] })[] =>
    (
      JSON.parse(texts.get(file) ?? '{"features":[]}') as {
        features: { properties: P; geometry: SeedBoundary['geometry'] }[];
      }
    ).features.map((f) => ({
      ...f.properties,
      geometry: f.geometry,
    }));
  return {
    sources: manifest.sources,
    editions: manifest.editions,
    tables: tables as SeedTables,
    boundaries: features<{ code: string; name: string; country: 'E' | 'W' | 'S' }>(BOUNDARIES_FILE),
    detailedBoundaries: features<{ code: string }>(DETAILED_BOUNDARIES_FILE),
    hash: sha256(manifestText),
  };
}
