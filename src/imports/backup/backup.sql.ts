/**
 * SQL of backups: reading every imported edition (in one repeatable-read transaction, so a backup
 * taken while another import commits holds the editions as of one moment), and restoring them
 * (one write transaction: the imported editions become exactly the backup's, or nothing changes).
 */
import { type Db, sql } from '../../db';
import type { LifeStageCode } from '../edition/mapping';
import type { DistrictFigures } from '../edition/validate-edition';
import { analyzeEditions, replaceEdition, type EditionMeta } from '../edition/write-edition';
import type { BackupEdition } from './backup.format';

interface EditionMetaRow {
  edition: number;
  title: string;
  publisher: string;
  published_on: string;
  licence: string;
  attribution: string;
  url: string | null;
}

/** Every edition with origin 'import', in edition order. */
export async function readImportedEditions(db: Db): Promise<BackupEdition[]> {
  return db.transaction(async (tx) => {
    await tx.exec('set transaction isolation level repeatable read');
    const editions = await tx.query<EditionMetaRow>(
      'backupEditions',
      sql.query`select e.edition, e.title, e.publisher, to_char(e.published_on, 'YYYY-MM-DD') as published_on, e.licence, e.attribution, s.url
                from editions e left join sources s on s.id = e.source_id
                where e.origin = 'import' order by e.edition`,
    );
    const years = sql.value(editions.map((e) => e.edition));
    const scores = await tx.query<{ edition: number; code: string; score: number; rank: number }>(
      'backupScores',
      sql.query`select edition, code, score, rank from mobility_scores where edition = any(${years}::smallint[]) order by edition, rank, code`,
    );
    const stages = await tx.query<{
      edition: number;
      code: string;
      life_stage: LifeStageCode;
      score: number;
      rank: number;
    }>(
      'backupLifeStageScores',
      sql.query`select l.edition, l.code, l.life_stage, l.score, l.rank
                from life_stage_scores l join life_stages s on s.code = l.life_stage
                where l.edition = any(${years}::smallint[]) order by l.edition, l.code, s.position`,
    );
    const indicators = await tx.query<{
      edition: number;
      code: string;
      name: string;
      life_stage: LifeStageCode;
      unit: string;
      higher_is_better: boolean;
    }>(
      'backupIndicators',
      sql.query`select edition, code, name, life_stage, unit, higher_is_better from indicators where edition = any(${years}::smallint[]) order by edition, code`,
    );
    const values = await tx.query<{ edition: number; code: string; indicator_code: string; value: number | null }>(
      'backupIndicatorValues',
      sql.query`select edition, code, indicator_code, value from indicator_values where edition = any(${years}::smallint[]) order by edition, code, indicator_code`,
    );
    return editions.map((e): BackupEdition => {
      const rows = new Map<string, DistrictFigures>();
      for (const s of scores)
        if (s.edition === e.edition)
          rows.set(s.code, { code: s.code, score: s.score, rank: s.rank, lifeStages: [], indicators: [] });
      for (const l of stages)
        if (l.edition === e.edition)
          rows.get(l.code)?.lifeStages.push({ lifeStage: l.life_stage, score: l.score, rank: l.rank });
      for (const v of values)
        if (v.edition === e.edition) rows.get(v.code)?.indicators.push({ code: v.indicator_code, value: v.value });
      const meta: EditionMeta = {
        edition: e.edition,
        title: e.title,
        publisher: e.publisher,
        publishedOn: e.published_on,
        licence: e.licence,
        attribution: e.attribution,
        url: e.url,
      };
      return {
        meta,
        indicators: indicators
          .filter((i) => i.edition === e.edition)
          .map((i) => ({
            code: i.code,
            name: i.name,
            lifeStage: i.life_stage,
            unit: i.unit,
            higherIsBetter: i.higher_is_better,
          })),
        rows: [...rows.values()],
      };
    });
  });
}

/** District codes of 2016 that an edition may rank. */
export async function knownDistrictCodes(db: Db): Promise<Set<string>> {
  const rows = await db.query<{ code: string }>('districtCodes', sql.query`select code from authorities`);
  return new Set(rows.map((r) => r.code));
}

/**
 * Makes the imported editions exactly `editions`, in one write transaction: imported editions the
 * backup lacks are removed (with their sources), and each of the backup's replaces the edition of
 * its year, as an import does. Returns the editions removed.
 */
export async function restoreEditions(db: Db, editions: BackupEdition[]): Promise<number[]> {
  return db.transaction(
    async (tx) => {
      const keep = sql.value(editions.map((e) => e.meta.edition));
      const removed = await tx.query<{ edition: number }>(
        'restoreRemoveImported',
        sql.query`delete from editions where origin = 'import' and not (edition = any(${keep}::smallint[])) returning edition`,
      );
      await tx.query(
        'restoreRemoveImportSources',
        sql.query`delete from sources s where s.id like 'import-%' and not exists (select 1 from editions e where e.source_id = s.id)`,
      );
      for (const e of editions) await replaceEdition(tx, e.meta, e.rows, e.indicators);
      await analyzeEditions(tx);
      return removed.map((r) => r.edition).sort((a, b) => a - b);
    },
    { write: true },
  );
}
