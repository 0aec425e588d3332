/**
 * The import command itself, apart from the process around it: parses the arguments, validates a
 * spreadsheet against its mapping and writes (or removes) an edition in the database it is given.
 * `cli/import.ts` runs it on the configured database; tests also run it in process.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../../db';
import type { CommandIo } from '../command-io';
import { EDITION_MAX, EDITION_MIN } from '../../mobility/mobility.rules';
import { DEFAULT_MAPPING, readMapping } from './mapping';
import { describeProblem, SourceError } from '../source-error';
import { readTable } from '../table';
import { validateEdition } from './validate-edition';
import { districtsOf2016, removeEdition, writeEdition } from './write-edition';

/** Runs `import <file> --edition N ...` or `import --remove N` on `db`; resolves to the exit code. */
export async function runImportCommand(argv: string[], db: Db, io: CommandIo): Promise<number> {
  const { out } = io;
  const { values, positionals } = parseArgs({
    args: argv,
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
  const editionOf = (raw: string | undefined, flag: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < EDITION_MIN || n > EDITION_MAX)
      throw new SourceError(flag, null, `must be a year ${EDITION_MIN}..${EDITION_MAX} (got ${JSON.stringify(raw)})`);
    return n;
  };
  if (values.remove !== undefined) {
    const edition = editionOf(values.remove, '--remove');
    const removed = await removeEdition(db, edition);
    out(removed ? `import: removed edition ${edition}` : `import: edition ${edition} is not loaded; nothing removed`);
    return removed ? 0 : 1;
  }
  const file = positionals[0];
  if (!file)
    throw new SourceError(
      'arguments',
      null,
      'give the spreadsheet: npm run import -- <file.xlsx|file.csv> --edition 2017',
    );
  const edition = editionOf(values.edition, '--edition');
  const cwd = io.cwd ?? process.cwd();
  const mapping = values.mapping ? readMapping(path.resolve(cwd, values.mapping)) : DEFAULT_MAPPING;
  const table = await readTable(path.resolve(cwd, file), { sheet: mapping.sheet, headerRow: mapping.headerRow });
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
    attribution:
      values.attribution ??
      mapping.edition?.attribution ??
      'Contains public sector information licensed under the Open Government Licence v3.0.',
    url: values.url ?? mapping.edition?.url ?? null,
  };
  if (values['dry-run']) {
    out(`import: dry run: ${data.rows.length} districts of edition ${edition} are valid; nothing was written`);
    return 0;
  }
  await writeEdition(db, meta, data, mapping);
  out(
    `import: loaded edition ${edition}: ${data.rows.length} districts, ${data.rows[0]?.lifeStages.length ?? 0} life stages, ${mapping.indicators?.length ?? 0} indicators`,
  );
  return 0;
}
