// A paired A/B of two builds of the server: the CPU time the server process spends per request on
// one benchmark question (read from /proc/<pid>/stat, after a warm-up), the two builds taking
// turns so the machine's drift touches both alike, and the median of the per-round ratios A/B.
// On a shared machine whose speed moves by 20 % between minutes this tells a change of a few per
// cent, which req/s in a quick bench run cannot.
//   npm run bench:ab -- --base bc6e8a9 --only all,large
//   npm run bench:ab -- --base main --only one --requests 6000 --rounds 6
// A is this checkout's build (dist/); B is `--base` (a commit, branch or tag), checked out into a
// temporary worktree and built there with this checkout's node_modules. Needs DATABASE_URL of a
// local server whose role can create databases; it (re)creates the database atlas_ab. Linux only.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createSeededDatabase, databaseUrl } from './database.mjs';
import { QUESTIONS } from './questions.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const BASE = arg('base');
const ONLY = arg('only', 'all').split(',').filter(Boolean);
const REQUESTS = Number(arg('requests', '3000'));
const ROUNDS = Number(arg('rounds', '4'));
const CONNECTIONS = 8;
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'atlas_ab';
const dbUrl = databaseUrl(ADMIN_URL, DB);
const log = (...args) => console.error('[ab]', ...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!BASE)
  throw new Error('usage: npm run bench:ab -- --base <commit> [--only all,one] [--requests 3000] [--rounds 4]');
if (!Number.isInteger(REQUESTS) || REQUESTS < 100) throw new Error('--requests must be a whole number, at least 100');
if (!Number.isInteger(ROUNDS) || ROUNDS < 2) throw new Error('--rounds must be a whole number, at least 2');
const questions = ONLY.map((key) => {
  const q = QUESTIONS.find((x) => x.key === key);
  if (!q) throw new Error(`--only: no GraphQL question "${key}"; one of ${QUESTIONS.map((x) => x.key).join(', ')}`);
  return q;
});

/** CPU milliseconds (user + system) the process has used so far. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
}

async function waitFor(url) {
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer`);
}

/** Starts the build in `dir`, asks `query` (after a warm-up), and returns its CPU ms per request. */
async function cpuPerRequest(dir, port, query) {
  const child = spawn(process.execPath, [path.join(dir, 'dist', 'main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      GRAPHIQL: 'false',
      NODE_ENV: 'production',
      RESPONSE_CACHE_BYTES: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitFor(`http://127.0.0.1:${port}/readyz`);
    const request = {
      url: `http://127.0.0.1:${port}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      connections: CONNECTIONS,
    };
    await autocannon({ ...request, amount: Math.min(1000, REQUESTS) });
    const before = cpuMs(child.pid);
    const run = await autocannon({ ...request, amount: REQUESTS });
    if (run.non2xx || run.errors) throw new Error(`${dir}: ${run.non2xx} non-2xx answers, ${run.errors} errors`);
    return (cpuMs(child.pid) - before) / REQUESTS;
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
  }
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const worktree = mkdtempSync(path.join(os.tmpdir(), 'atlas-ab-'));
try {
  const commit = execFileSync('git', ['rev-parse', '--short', BASE], { cwd: ROOT, encoding: 'utf8' }).trim();
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim();
  log(`B: building ${commit} in ${worktree}`);
  execFileSync('git', ['worktree', 'add', '--detach', worktree, commit], { cwd: ROOT, stdio: 'ignore' });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(worktree, 'node_modules'));
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {
    cwd: worktree,
    stdio: 'inherit',
  });
  await createSeededDatabase(ADMIN_URL, DB, log);
  const lines = [
    `Paired A/B (\`npm run bench:ab\`, ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}): server CPU ms per request, ${REQUESTS} requests a round at concurrency ${CONNECTIONS}, response cache off; A = ${head}${dirty ? ' with uncommitted changes in src/' : ''}, B = ${commit}.`,
    '',
    '| question | rounds: A / B ms per request | A ÷ B, median of the rounds |',
    '|---|---|---|',
  ];
  for (const q of questions) {
    const rounds = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const a = await cpuPerRequest(ROOT, 4721, q.atlas[0]);
      const b = await cpuPerRequest(worktree, 4722, q.atlas[0]);
      rounds.push({ a, b });
      log(`${q.key} round ${i + 1}: A ${a.toFixed(3)} ms, B ${b.toFixed(3)} ms, A/B ${(a / b).toFixed(3)}`);
    }
    const ratio = median(rounds.map((r) => r.a / r.b));
    lines.push(
      `| ${q.name} | ${rounds.map((r) => `${r.a.toFixed(3)} / ${r.b.toFixed(3)}`).join(', ')} | ${ratio.toFixed(3)} |`,
    );
  }
  const out = path.join(ROOT, 'bench', 'results', 'ab-latest.md');
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
  log('wrote', out);
} finally {
  try {
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    rmSync(worktree, { recursive: true, force: true });
    execFileSync('git', ['worktree', 'prune'], { cwd: ROOT, stdio: 'ignore' });
  }
}
