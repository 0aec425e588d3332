/**
 * The mapping file of an edition import (JSON or YAML): which sheet and columns of the
 * spreadsheet hold the district, the overall score and rank, the life-stage scores and ranks and
 * each indicator. Validated against MAPPING_SCHEMA (ajv); the schema is also written to
 * db/import/mapping.schema.json for editors.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { SourceError } from '../source-error';

export const LIFE_STAGE_CODES = ['EARLY_YEARS', 'SCHOOL', 'YOUTH', 'WORKING_LIVES'] as const;
export type LifeStageCode = (typeof LIFE_STAGE_CODES)[number];

export interface ScoreColumns {
  score: string;
  rank?: string;
}

export interface IndicatorMapping {
  code: string;
  name: string;
  column: string;
  lifeStage: LifeStageCode;
  unit: string;
  higherIsBetter: boolean;
}

export interface Mapping {
  /** XLSX sheet name; default the first sheet. Ignored for CSV. */
  sheet?: string;
  /** 1-based row holding the column headers; default 1. */
  headerRow?: number;
  district: { codeColumn?: string; nameColumn?: string };
  overall: ScoreColumns;
  lifeStages?: Partial<Record<LifeStageCode, ScoreColumns>>;
  indicators?: IndicatorMapping[];
  /** Districts that may be absent (the index never ranks them); default City of London and Isles of Scilly. */
  allowMissing?: string[];
  edition?: {
    title?: string;
    publisher?: string;
    publishedOn?: string;
    url?: string;
    licence?: string;
    attribution?: string;
  };
}

const scoreColumns = {
  type: 'object',
  required: ['score'],
  additionalProperties: false,
  properties: { score: { type: 'string', minLength: 1 }, rank: { type: 'string', minLength: 1 } },
};

export const MAPPING_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Mobility Atlas edition import mapping',
  description:
    'Which sheet and columns of a Social Mobility Index spreadsheet hold each figure. Column names are the header text, exactly.',
  type: 'object',
  required: ['district', 'overall'],
  additionalProperties: false,
  properties: {
    sheet: { type: 'string', minLength: 1, description: 'XLSX sheet name; default the first sheet.' },
    headerRow: { type: 'integer', minimum: 1, maximum: 100, description: '1-based row of the headers; default 1.' },
    district: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      description:
        'The column with the ONS LAD16 code, or with the district name (matched with the loader aliases), or both (they must agree).',
      properties: { codeColumn: { type: 'string', minLength: 1 }, nameColumn: { type: 'string', minLength: 1 } },
    },
    overall: {
      ...scoreColumns,
      description:
        'Overall score (higher is better) and rank (1 = best); without rank, ranks are computed from scores.',
    },
    lifeStages: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(LIFE_STAGE_CODES.map((c) => [c, scoreColumns])),
    },
    indicators: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['code', 'name', 'column', 'lifeStage', 'unit', 'higherIsBetter'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,40}$' },
          name: { type: 'string', minLength: 1 },
          column: { type: 'string', minLength: 1 },
          lifeStage: { enum: [...LIFE_STAGE_CODES] },
          unit: { type: 'string', minLength: 1 },
          higherIsBetter: { type: 'boolean' },
        },
      },
    },
    allowMissing: { type: 'array', items: { type: 'string', pattern: '^E0[6-9][0-9]{6}$' } },
    edition: {
      type: 'object',
      additionalProperties: false,
      properties: {
        title: { type: 'string' },
        publisher: { type: 'string' },
        publishedOn: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        url: { type: 'string' },
        licence: { type: 'string' },
        attribution: { type: 'string' },
      },
    },
  },
} as const;

const validate = new Ajv({ allErrors: true }).compile(MAPPING_SCHEMA);

export function parseMapping(text: string, label: string): Mapping {
  let value: unknown;
  try {
    value = label.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new SourceError(
      label,
      null,
      `not valid ${label.endsWith('.json') ? 'JSON' : 'YAML'} (${(err as Error).message})`,
    );
  }
  if (!validate(value)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'} ${e.message}`);
    throw new SourceError(label, null, `does not match the mapping schema: ${problems.join('; ')}`);
  }
  return value as Mapping;
}

export function readMapping(path: string): Mapping {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SourceError(path, null, `cannot read mapping (${(err as Error).message})`);
  }
  return parseMapping(text, path);
}

/** The mapping of a file laid out like the loader's own SMI table (code, score and rank columns). */
export const DEFAULT_MAPPING: Mapping = { district: { codeColumn: 'code' }, overall: { score: 'score', rank: 'rank' } };
