#!/usr/bin/env node
/**
 * The launcher behind `npm start`, `npm run build:current` and npm's `prepare` (install) step.
 * Plain JavaScript, so it runs before anything is compiled.
 *
 *   start    compile when a source changed since the last build, then run dist/main.js in this
 *            process (no second Node start-up);
 *   build    compile when a source changed (the TypeScript compiler itself takes 2.5 s even when
 *            nothing changed, so it is skipped when the build is newer than every input);
 *   prepare  at `npm install`/`npm ci`: build, then the seeded snapshot of the embedded database,
 *            so the first start restores it instead of seeding (about 20 s). Skipped where the
 *            sources or the compiler are not installed (the Docker image's dependency stage);
 *   tools    build, then the lab tools in tools/ (their own project, compiled to tools/dist,
 *            never part of the product's build) when one of them changed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A TypeScript project: its tsconfig, the stamp tsc keeps its build info in, what it is built from, and a file its build writes. */
const PRODUCT = {
  tsconfig: path.join(root, 'tsconfig.json'),
  stamp: path.join(root, 'dist', '.tsbuildinfo'),
  inputs: ['src', 'tsconfig.json', 'package.json', 'package-lock.json'].map((p) => path.join(root, p)),
  output: path.join(root, 'dist', 'main.js'),
};
const TOOLS = {
  tsconfig: path.join(root, 'tools', 'tsconfig.json'),
  stamp: path.join(root, 'tools', 'dist', '.tsbuildinfo'),
  inputs: [path.join(root, 'tools'), path.join(root, 'tsconfig.json')],
  output: path.join(root, 'tools', 'dist', 'harness.js'),
};

/** The newest modification time among the inputs, directories included (a deleted file changes its folder). */
function newestInput(inputs) {
  let newest = 0;
  const visit = (p) => {
    if (p.endsWith(`${path.sep}dist`) || p.endsWith(`${path.sep}node_modules`)) return;
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    newest = Math.max(newest, st.mtimeMs);
    if (st.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
  };
  for (const p of inputs) visit(p);
  return newest;
}

function buildIsCurrent(project) {
  if (!existsSync(project.stamp) || !existsSync(project.output)) return false;
  return statSync(project.stamp).mtimeMs >= newestInput(project.inputs);
}

function build(project = PRODUCT) {
  if (buildIsCurrent(project)) return;
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(
    process.execPath,
    [tsc, '-p', project.tsconfig, '--incremental', '--tsBuildInfoFile', project.stamp],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  // tsc leaves its build info untouched when nothing changed; mark the build as current.
  const now = new Date();
  utimesSync(project.stamp, now, now);
}

const command = process.argv[2] ?? 'start';
if (command === 'build') {
  build();
} else if (command === 'tools') {
  build();
  build(TOOLS);
} else if (command === 'start') {
  build();
  await import(pathToFileURL(path.join(root, 'dist', 'main.js')).href);
} else if (command === 'prepare') {
  if (!existsSync(path.join(root, 'src')) || !existsSync(path.join(root, 'node_modules', 'typescript'))) {
    process.stdout.write('prepare: no sources or no compiler here; skipping the build and the seeded snapshot\n');
  } else {
    build();
    const snapshot = spawnSync(process.execPath, [path.join(root, 'dist', 'imports', 'cli', 'snapshot.js')], {
      stdio: 'inherit',
    });
    if (snapshot.status !== 0) {
      process.stderr.write(
        'prepare: the seeded snapshot could not be built; the first npm start will seed the database instead\n',
      );
    }
  }
} else {
  process.stderr.write(`launch.mjs: unknown command ${JSON.stringify(command)} (start, build, tools or prepare)\n`);
  process.exit(2);
}
