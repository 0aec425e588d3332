/**
 * Writes a validated edition in one transaction: the old edition of that year (if any) is
 * deleted and the new one inserted, so readers see the old edition or the new, never a mix.
 * Removing an edition is one statement (its scores cascade).
 */
import { type Db, type Queryable, sql, type Transaction } from '../../db';
import { upsertEditions, upsertSources } from '../provenance.sql';
import type { IndicatorMapping, Mapping } from './mapping';
import type { DistrictFigures, ValidatedEdition } from './validate-edition';

export interface EditionMeta {
  edition: number;
  title: string;
  publisher: string;
  publishedOn: string;
  licence: string;
  attribution: string;
  url: string | null;
}

const json = (value: unknown) => sql.value(JSON.stringify(value));

/** What an edition's indicators are (a mapping's indicator without the column it is read from). */
export type IndicatorDefinition = Omit<IndicatorMapping, 'column'>;

/** Writes a validated edition in one transaction, replacing the edition of that year if there is one. */
export async function writeEdition(db: Db, meta: EditionMeta, data: ValidatedEdition, mapping: Mapping): Promise<void> {
  await db.transaction(
    async (tx) => {
      await replaceEdition(tx, meta, data.rows, mapping.indicators ?? []);
      // Statistics for the new rows, in the same transaction (see load-seed.ts).
      await analyzeEditions(tx);
    },
    { write: true },
  );
}

export const analyzeEditions = (tx: Transaction): Promise<void> =>
  tx.exec('analyze editions, mobility_scores, life_stage_scores, indicators, indicator_values');

/**
 * Inside a write transaction: deletes the edition of that year (its scores, life stages and
 * indicators cascade) and inserts this one with its source. Imports and restores both write
 * editions through here.
 */
export async function replaceEdition(
  tx: Queryable,
  meta: EditionMeta,
  rows: DistrictFigures[],
  indicators: IndicatorDefinition[],
): Promise<void> {
  const sourceId = `import-${meta.edition}`;
  await tx.query('deleteEdition', sql.query`delete from editions where edition = ${sql.value(meta.edition)}`);
  await upsertSources(tx, [
    {
      id: sourceId,
      title: meta.title,
      publisher: meta.publisher,
      published: meta.publishedOn,
      url: meta.url,
      licence: meta.licence,
      attribution: meta.attribution,
    },
  ]);
  await upsertEditions(
    tx,
    [
      {
        edition: meta.edition,
        title: meta.title,
        publisher: meta.publisher,
        publishedOn: meta.publishedOn,
        sourceId,
        licence: meta.licence,
        attribution: meta.attribution,
        rankedCount: rows.length,
      },
    ],
    'import',
  );
  await tx.query(
    'insertScores',
    sql.query`insert into mobility_scores (edition, code, score, rank)
              select ${sql.value(meta.edition)}, code, score, rank from json_to_recordset(${json(rows.map(({ code, score, rank }) => ({ code, score, rank })))}) as r(code text, score float8, rank int)`,
  );
  const stages = rows.flatMap((r) => r.lifeStages.map((l) => ({ code: r.code, ...l })));
  if (stages.length > 0) {
    await tx.query(
      'insertLifeStageScores',
      sql.query`insert into life_stage_scores (edition, code, life_stage, score, rank)
                select ${sql.value(meta.edition)}, code, "lifeStage", score, rank
                from json_to_recordset(${json(stages)}) as s(code text, "lifeStage" text, score float8, rank int)`,
    );
  }
  if (indicators.length > 0) {
    const definitions = indicators.map(({ code, name, lifeStage, unit, higherIsBetter }) => ({
      code,
      name,
      lifeStage,
      unit,
      higherIsBetter,
    }));
    await tx.query(
      'insertIndicators',
      sql.query`insert into indicators (edition, code, name, life_stage, unit, higher_is_better)
                select ${sql.value(meta.edition)}, code, name, "lifeStage", unit, "higherIsBetter"
                from json_to_recordset(${json(definitions)}) as i(code text, name text, "lifeStage" text, unit text, "higherIsBetter" boolean)`,
    );
    const values = rows.flatMap((r) => r.indicators.map((i) => ({ code: r.code, indicator: i.code, value: i.value })));
    await tx.query(
      'insertIndicatorValues',
      sql.query`insert into indicator_values (edition, code, indicator_code, value)
                select ${sql.value(meta.edition)}, code, indicator, value
                from json_to_recordset(${json(values)}) as v(code text, indicator text, value float8)`,
    );
  }
}

export async function removeEdition(db: Db, edition: number): Promise<boolean> {
  const rows = await db.transaction(
    async (tx) => {
      const removed = await tx.query(
        'removeEdition',
        sql.query`delete from editions where edition = ${sql.value(edition)} returning edition`,
      );
      await tx.query('removeImportSource', sql.query`delete from sources where id = ${sql.value(`import-${edition}`)}`);
      return removed;
    },
    { write: true },
  );
  return rows.length > 0;
}

export async function districtsOf2016(db: Db): Promise<{ code: string; name: string }[]> {
  return db.query('districts', sql.query`select code, name from authorities order by code`);
}
