/**
 * Reads the raw public files directly (csv-parse, not the project's loader), so tests can check
 * the API against the published figures independently of the seed pipeline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DATA_DIR } from './paths';

export function rawCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(path.join(DATA_DIR, file), 'utf8'), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}

/** SMI 2016 overall ranks by LAD16 code (Social Mobility Commission, 2016). */
export function smi2016(): Map<string, { rank: number; score: number; name: string; region: string }> {
  return new Map(
    rawCsv('smi/smi2016_overall_with_codes_regions.csv').map((r) => [
      r.lad16cd!,
      { rank: Number(r.smi2016_rank), score: Number(r.smi2016_score), name: r.lad16nm!, region: r.rgn16nm! },
    ]),
  );
}

/** The ONS LAD16 -> RGN16 lookup: code -> { name, regionCode, regionName }. */
export function onsLookup(): Map<string, { name: string; regionCode: string; regionName: string }> {
  return new Map(
    rawCsv('geo/lookups/LAD16_RGN16_lookup_England_ons.csv').map((r) => [
      r.LAD16CD!,
      { name: r.LAD16NM!, regionCode: r.RGN16CD!, regionName: r.RGN16NM! },
    ]),
  );
}

/** DEFRA RUC 2011 re-keyed to LAD16: code -> class code 1..6. */
export function ruralUrban(): Map<string, number> {
  return new Map(
    rawCsv('geo/classifications/ruc11_lad16_england_derived.csv').map((r) => [r.lad16cd!, Number(r.ruc11cd)]),
  );
}
