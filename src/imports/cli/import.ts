/**
 * `npm run import -- <file.xlsx|file.csv> --edition 2017 [--mapping mapping.yaml] [--dry-run]
 *    [--title ... --publisher ... --published-on YYYY-MM-DD --licence ... --attribution ... --url ...]`
 * `npm run import -- --remove 2017`
 * Loads an edition of the Social Mobility Index into the configured database (DATABASE_URL or the
 * embedded one): everything is validated first and every problem reported with its sheet, row and
 * column; then the edition is written in one transaction. Exit 0 on success, 1 on problems.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, projectRoot } from '../../config';
import { openDb } from '../../db/open';
import { createLogger } from '../../logger';
import { defaultMigrationsDir, prepareDatabase } from '../prepare-database';
import { SourceError } from '../source-error';
import { DEFAULT_MAPPING, readMapping } from '../edition/mapping';
import { readTable } from '../edition/read-table';
import { describeProblem, validateEdition } from '../edition/validate-edition';
import { districtsOf2016, removeEdition, writeEdition } from '../edition/write-edition';

const out = (line: string): boolean => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      edition: { type: 'string' },
      mapping: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      remove: { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      'published-on': { type: 'string' },
      licence: { type: 'string' },
      attribution: { type: 'string' },
      url: { type: 'string' },
    },
  });
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const editionOf = (raw: string | undefined, flag: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new SourceError(flag, null, `must be a year 2000..2100 (got ${JSON.stringify(raw)})`);
    return n;
  };
  const db = await openDb({ databaseUrl: config.databaseUrl, poolMax: 2, pgliteDataDir: config.pgliteDataDir }, log);
  try {
    await prepareDatabase(db, { migrationsDir: defaultMigrationsDir(projectRoot()), seedDir: config.seedDir, load: 'missing' }, log);
    if (values.remove !== undefined) {
      const edition = editionOf(values.remove, '--remove');
      const removed = await removeEdition(db, edition);
      out(removed ? `import: removed edition ${edition}` : `import: edition ${edition} is not loaded; nothing removed`);
      return removed ? 0 : 1;
    }
    const file = positionals[0];
    if (!file) throw new SourceError('arguments', null, 'give the spreadsheet: npm run import -- <file.xlsx|file.csv> --edition 2017');
    const edition = editionOf(values.edition, '--edition');
    const mapping = values.mapping ? readMapping(path.resolve(values.mapping)) : DEFAULT_MAPPING;
    const table = await readTable(path.resolve(file), { sheet: mapping.sheet, headerRow: mapping.headerRow });
    const { edition: data, problems } = validateEdition(table, mapping, await districtsOf2016(db));
    if (!data) {
      out(`import: ${problems.length} problem(s) in ${file}; nothing was written:`);
      for (const p of problems) out(`  - ${describeProblem(p)}`);
      return 1;
    }
    for (const note of data.notes) out(`import: note: ${note}`);
    const meta = {
      edition,
      title: values.title ?? mapping.edition?.title ?? `Social Mobility Index ${edition}`,
      publisher: values.publisher ?? mapping.edition?.publisher ?? 'Social Mobility Commission',
      publishedOn: values['published-on'] ?? mapping.edition?.publishedOn ?? `${edition}-01-01`,
      licence: values.licence ?? mapping.edition?.licence ?? 'Open Government Licence v3.0',
      attribution: values.attribution ?? mapping.edition?.attribution ?? 'Contains public sector information licensed under the Open Government Licence v3.0.',
      url: values.url ?? mapping.edition?.url ?? null,
    };
    if (values['dry-run']) {
      out(`import: dry run: ${data.rows.length} districts of edition ${edition} are valid; nothing was written`);
      return 0;
    }
    // Fault injection for tests: hold the transaction open so a test can kill the process in it.
    const holdMs = Number(process.env.IMPORT_HOLD_MS ?? 0);
    await writeEdition(db, meta, data, mapping, holdMs > 0 ? async () => {
      out('import: holding the transaction open (IMPORT_HOLD_MS)');
      await new Promise((r) => setTimeout(r, holdMs));
    } : undefined);
    out(`import: loaded edition ${edition}: ${data.rows.length} districts, ${data.rows[0]?.lifeStages.length ?? 0} life stages, ${mapping.indicators?.length ?? 0} indicators`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`import failed: ${err instanceof SourceError ? err.message : ((err as Error).stack ?? String(err))}\n`);
    process.exit(1);
  },
);
