/**
 * `npm run data:build [-- --data <dir>] [--out <dir>] [--check]`
 * Reads the raw public files and writes the project's seed into db/seed/. With --check, writes
 * nothing and fails when the committed seed differs from a rebuild.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { createLogger } from '../../logger';
import { buildSeed, diffSeed } from '../build-seed';
import { SourceError } from '../source-error';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean', default: false } },
  });
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const dataDir = values.data ? path.resolve(values.data) : config.dataDir;
  const outDir = values.out ? path.resolve(values.out) : config.seedDir;
  const report = await buildSeed(dataDir, log);
  const summary = `${report.counts.districts} districts (${report.counts.ranked} ranked; unranked: ${report.unranked.join(', ')}), ${report.counts.regions} regions, ${report.counts.boundaries} GB boundaries (${report.counts.englishBoundaries} English; ${report.repaired.length} repaired by ST_MakeValid${report.repaired.length ? `: ${report.repaired.join(', ')}` : ''}), ${report.counts.landBorders} land borders, ${report.counts.acrossWater} across-water pairs within 10 km, ${report.counts.coastal} coastal districts`;
  if (values.check) {
    const problems = diffSeed(outDir, report.files);
    if (problems.length > 0) {
      process.stderr.write(
        `data:build --check: the seed in ${outDir} differs from a rebuild of ${dataDir}:\n${problems.map((p) => `  - ${p}`).join('\n')}\nRun npm run data:build and commit db/seed/.\n`,
      );
      return 1;
    }
    process.stdout.write(`data:build --check: seed is up to date: ${summary}\n`);
    return 0;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of report.files) writeFileSync(path.join(outDir, name), text);
  process.stdout.write(`data:build: wrote ${report.files.size} files to ${outDir}: ${summary}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof SourceError) process.stderr.write(`data:build failed: ${err.message}\n`);
    else process.stderr.write(`data:build failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
