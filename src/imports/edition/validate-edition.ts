/**
 * Validates an edition table against its mapping and the 2016 districts before anything is
 * written, collecting every problem with its sheet, row and column (not just the first): each
 * row maps to a known district, no duplicates, numbers are numbers in plausible ranges, ranks
 * are 1..N without gaps (or are computed from scores, ties stated), no district missing.
 */
import { nameMatcher } from '../district-names';
import type { SourceProblem } from '../source-error';
import type { Table } from '../table';
import type { LifeStageCode, Mapping, ScoreColumns } from './mapping';

/** A district's figures in an edition, as a spreadsheet row gives them (validated). */
export interface DistrictFigures {
  code: string;
  score: number;
  rank: number;
  lifeStages: { lifeStage: LifeStageCode; score: number; rank: number }[];
  indicators: { code: string; value: number | null }[];
}

export interface ValidatedEdition {
  rows: DistrictFigures[];
  notes: string[];
}

/** The SMI never ranks these two (db/sources/smi/SOURCES.md). */
export const NEVER_RANKED = ['E09000001', 'E06000053'];
/** A score outside this range is not a plausible standardised composite. */
export const MAX_ABS_SCORE = 10000;

function toNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const n = Number(raw.trim().replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

const blank = (raw: unknown): boolean =>
  raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');

/** Competition ranking from scores, higher is better: equal scores share the best rank. */
function ranksFromScores(scores: number[]): number[] {
  return scores.map((s) => 1 + scores.filter((t) => t > s).length);
}

export function validateEdition(
  table: Table,
  mapping: Mapping,
  districts: { code: string; name: string }[],
): { edition: ValidatedEdition | null; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  const notes: string[] = [];
  const add = (row: number | null, column: string | null, message: string): void => {
    problems.push({ source: table.source, row, column, message });
  };
  const known = new Set(districts.map((d) => d.code));
  const match = nameMatcher(districts);

  const stageColumns = Object.entries(mapping.lifeStages ?? {}) as [LifeStageCode, ScoreColumns][];
  const required = [
    mapping.district.codeColumn,
    mapping.district.nameColumn,
    mapping.overall.score,
    mapping.overall.rank,
    ...stageColumns.flatMap(([, c]) => [c.score, c.rank]),
    ...(mapping.indicators ?? []).map((i) => i.column),
  ].filter((c): c is string => Boolean(c));
  const missingColumns = required.filter((c) => !table.headers.includes(c));
  for (const c of missingColumns)
    add(null, c, `column not found; the header row has: ${table.headers.filter(Boolean).join(', ')}`);
  if (missingColumns.length > 0) return { edition: null, problems };

  const seen = new Map<string, number>();
  const parsed: (DistrictFigures & { row: number; rankGiven: number | null; stageRanksGiven: (number | null)[] })[] =
    [];
  for (const r of table.rows) {
    let code: string | null = null;
    if (mapping.district.codeColumn) {
      const raw = String(r.values.get(mapping.district.codeColumn) ?? '')
        .trim()
        .toUpperCase();
      if (!known.has(raw))
        add(r.row, mapping.district.codeColumn, `"${raw}" is not the ONS code of an English district of 2016`);
      else code = raw;
    }
    if (mapping.district.nameColumn) {
      const raw = String(r.values.get(mapping.district.nameColumn) ?? '').trim();
      const m = match(raw);
      if ('problem' in m) add(r.row, mapping.district.nameColumn, m.problem);
      else if (code && m.code !== code)
        add(r.row, mapping.district.nameColumn, `name "${raw}" is ${m.code}, but the code column says ${code}`);
      else code = m.code;
    }
    if (code) {
      const first = seen.get(code);
      if (first !== undefined)
        add(
          r.row,
          mapping.district.codeColumn ?? mapping.district.nameColumn ?? null,
          `${code} appears again (first at row ${first})`,
        );
      else seen.set(code, r.row);
    }
    const number = (column: string, what: string, check?: (n: number) => string | null): number | null => {
      const raw = r.values.get(column);
      const n = toNumber(raw);
      if (n === null) {
        add(r.row, column, blank(raw) ? `${what} is empty` : `${what} must be a number, got ${JSON.stringify(raw)}`);
        return null;
      }
      const issue = check?.(n);
      if (issue) {
        add(r.row, column, issue);
        return null;
      }
      return n;
    };
    const plausibleScore = (n: number): string | null =>
      Math.abs(n) > MAX_ABS_SCORE
        ? `score ${n} is outside the plausible range -${MAX_ABS_SCORE}..${MAX_ABS_SCORE}`
        : null;
    const validRank = (n: number): string | null =>
      Number.isInteger(n) && n >= 1 ? null : `rank must be a whole number from 1, got ${n}`;
    const score = number(mapping.overall.score, 'score', plausibleScore);
    const rankGiven = mapping.overall.rank ? number(mapping.overall.rank, 'rank', validRank) : null;
    const lifeStages = stageColumns.map(([lifeStage, c]) => ({
      lifeStage,
      score: number(c.score, `${lifeStage} score`, plausibleScore),
      rank: c.rank ? number(c.rank, `${lifeStage} rank`, validRank) : null,
    }));
    const indicators = (mapping.indicators ?? []).map((i) => {
      const raw = r.values.get(i.column);
      if (blank(raw)) return { code: i.code, value: null }; // suppressed or not published
      return { code: i.code, value: number(i.column, `indicator ${i.code}`) };
    });
    if (code && score !== null) {
      parsed.push({
        code,
        row: r.row,
        score,
        rank: rankGiven ?? 0,
        rankGiven,
        lifeStages: lifeStages.map((l) => ({
          lifeStage: l.lifeStage,
          score: l.score ?? Number.NaN,
          rank: l.rank ?? 0,
        })),
        stageRanksGiven: lifeStages.map((l) => l.rank),
        indicators,
      });
    }
  }

  const allowMissing = mapping.allowMissing ?? NEVER_RANKED;
  const missing = districts.map((d) => d.code).filter((c) => !seen.has(c) && !allowMissing.includes(c));
  if (missing.length > 0) add(null, null, `no row for ${missing.length} district(s): ${missing.join(', ')}`);

  const n = parsed.length;
  /** Ranks given in a file run 1..n, each once; a clash names the row that has the rank already. */
  const checkRanks = (ranks: (number | null)[], column: string, rows: number[]): void => {
    const holder = new Map<number, number>();
    ranks.forEach((rank, i) => {
      if (rank === null) return;
      if (rank > n) add(rows[i]!, column, `rank ${rank} is beyond the ${n} districts ranked`);
      const first = holder.get(rank);
      if (first !== undefined)
        add(rows[i]!, column, `rank ${rank} is also given to ${parsed[first]!.code} (row ${rows[first]})`);
      else holder.set(rank, i);
    });
    const gaps = Array.from({ length: n }, (_, i) => i + 1).filter((r) => !holder.has(r));
    if (gaps.length > 0 && holder.size === ranks.filter((r) => r !== null).length) {
      add(null, column, `ranks must run 1..${n} without gaps; missing ${gaps.slice(0, 20).join(', ')}`);
    }
  };
  /** Given ranks must order the scores: a better rank has a strictly higher score. */
  const checkOrder = (column: string): void => {
    const byRank = [...parsed].sort((a, b) => a.rank - b.rank);
    for (let i = 1; i < byRank.length; i += 1) {
      const prev = byRank[i - 1]!;
      const cur = byRank[i]!;
      if (!(cur.score < prev.score)) {
        add(cur.row, column, `score ${cur.score} at rank ${cur.rank} is not below ${prev.score} at rank ${prev.rank}`);
        return;
      }
    }
  };
  if (mapping.overall.rank) {
    const before = problems.length;
    checkRanks(
      parsed.map((p) => p.rankGiven),
      mapping.overall.rank,
      parsed.map((p) => p.row),
    );
    if (problems.length === before) checkOrder(mapping.overall.score);
  } else {
    const ranks = ranksFromScores(parsed.map((p) => p.score));
    parsed.forEach((p, i) => (p.rank = ranks[i]!));
    const tied = ranks.filter((r, i) => ranks.indexOf(r) !== i).length;
    notes.push(
      `overall ranks computed from scores (higher is better)${tied > 0 ? `; ${tied} district(s) tie with another and share its rank` : '; no ties'}`,
    );
  }
  stageColumns.forEach(([stage, c], k) => {
    if (c.rank)
      checkRanks(
        parsed.map((p) => p.stageRanksGiven[k] ?? null),
        c.rank,
        parsed.map((p) => p.row),
      );
    else if (parsed.every((p) => Number.isFinite(p.lifeStages[k]!.score))) {
      const ranks = ranksFromScores(parsed.map((p) => p.lifeStages[k]!.score));
      parsed.forEach((p, i) => (p.lifeStages[k]!.rank = ranks[i]!));
      notes.push(`${stage} ranks computed from scores`);
    }
  });
  if (problems.length > 0) return { edition: null, problems };
  return {
    edition: {
      rows: parsed.map(({ code, score, rank, lifeStages, indicators }) => ({
        code,
        score,
        rank,
        lifeStages,
        indicators,
      })),
      notes,
    },
    problems,
  };
}
