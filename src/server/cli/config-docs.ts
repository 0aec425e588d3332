/**
 * `npm run docs:config`: writes docs/configuration.md, the configuration reference, from the zod
 * schema in src/config.ts. With `--check` (CI) it writes nothing and exits 1 when the committed
 * file differs from what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../config';
import { CONFIG_DOCS_PATH, configurationReference } from '../config-docs';

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const target = path.join(projectRoot(), CONFIG_DOCS_PATH);
  const generated = configurationReference();
  if (!values.check) {
    writeFileSync(target, generated);
    process.stdout.write(`docs:config: wrote ${CONFIG_DOCS_PATH}\n`);
    return 0;
  }
  let committed: string | null = null;
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing: reported below
  }
  if (committed === generated) {
    process.stdout.write(`docs:config: ${CONFIG_DOCS_PATH} is up to date with src/config.ts\n`);
    return 0;
  }
  const where = committed === null ? 'it is missing' : firstDifference(committed, generated);
  process.stderr.write(
    `docs:config --check: ${CONFIG_DOCS_PATH} is out of date with the schema in src/config.ts (${where}).\n` +
      `Run \`npm run docs:config\` and commit ${CONFIG_DOCS_PATH}; edit the descriptions in src/config.ts, not the file.\n`,
  );
  return 1;
}

/** Where two texts first differ, by line, for the message. */
function firstDifference(committed: string, generated: string): string {
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line < 0 ? a.length : line;
  return `first difference at line ${at + 1}: committed ${JSON.stringify(a[at] ?? '(end of file)')}, expected ${JSON.stringify(b[at] ?? '(end of file)')}`;
}

try {
  process.exit(main());
} catch (err) {
  process.stderr.write(`docs:config failed: ${(err as Error).message}\n`);
  process.exit(1);
}
