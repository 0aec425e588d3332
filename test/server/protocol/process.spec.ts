/**
 * The built server as a process: it starts with no configuration but a database (a new embedded
 * one starts from the seeded snapshot), answers, reports its process's figures beside its own at
 * /metrics, and on SIGTERM drains, closes the database and exits 0 by itself.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../../support/paths';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-process-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('serves, then exits 0 on SIGTERM', async () => {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  };
  if (process.env.TEST_DATABASE_URL) env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  else env.PGLITE_DATA_DIR = path.join(scratch, 'pglite');
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js')], { env });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/localhost:\d+)\/graphql"/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before serving: ${output.slice(-2000)}`)));
  });
  const base = url.replace('localhost', '127.0.0.1');
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ authority(code: "E09000033") { name } }' }),
  });
  expect(await response.json()).toEqual({ data: { authority: { name: 'Westminster' } } });
  const metrics = await (await fetch(`${base}/metrics`)).text();
  expect(metrics).toMatch(/^atlas_graphql_requests_total\{operation="anonymous",outcome="ok"\} 1$/m);
  expect(metrics).toMatch(/^process_resident_memory_bytes \d+$/m);
  expect(metrics).toMatch(/^nodejs_eventloop_lag_seconds [\d.e-]+$/m);
  expect(metrics).toMatch(/^# TYPE nodejs_gc_duration_seconds histogram$/m);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(output).toMatch(/"msg":"stopped"/);
  // A new embedded data directory starts from the seeded snapshot, not from migrating and seeding.
  if (!process.env.TEST_DATABASE_URL) {
    expect(output).toMatch(/starting from the seeded snapshot/);
    expect(output).toMatch(/seed already loaded/);
  }
}, 180000);
