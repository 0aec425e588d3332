/**
 * `npm run db:snapshot`: builds the seeded snapshot of the embedded database (migrations and the
 * committed seed, as a PGlite dump in .data/snapshot/) unless the current one is there. npm's
 * `prepare` script runs it at install, so the first `npm start` restores it instead of seeding.
 */
import { loadConfig, projectRoot } from '../../config';
import { createLogger } from '../../logger';
import { defaultSnapshotPaths, ensureSnapshot } from '../snapshot';

async function main(): Promise<void> {
  const { logLevel } = loadConfig();
  const log = createLogger(logLevel === 'info' ? 'warn' : logLevel);
  const paths = defaultSnapshotPaths(projectRoot());
  const { built, ms } = await ensureSnapshot(paths, log);
  process.stdout.write(
    built
      ? `seeded snapshot built in ${(ms / 1000).toFixed(1)} s: ${paths.file}\n`
      : `seeded snapshot is current: ${paths.file}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`db:snapshot failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
