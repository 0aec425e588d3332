/**
 * The built server and commands as real child processes, as a user runs them: `startServer`
 * spawns dist/main.js and resolves once it serves; `runCommand` runs a built CLI to its end. Both
 * read the process's output as it comes (a blocked pipe would stall a server a command waits on).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ROOT } from './paths';

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  /** http://127.0.0.1:<port> */
  base: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The environment of a child: the test's own, without a database URL, plus `env`. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && k !== 'INIT_CWD'),
  );
  return { ...base, LOG_LEVEL: 'info', ...env };
}

/** Starts dist/main.js on port 0 with `env`; rejects with its output when it exits before serving. */
export async function startServer(env: Record<string, string>, timeoutMs = 90000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js')], {
    env: childEnv({ PORT: '0', HOST: '127.0.0.1', ...env }),
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not serve within ${timeoutMs} ms: ${output.slice(-2000)}`)),
      timeoutMs,
    );
    const look = (): void => {
      const match = /"url":"http:\/\/localhost:(\d+)\/graphql"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout!.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before serving: ${output.slice(-2000)}`));
    });
  });
  return {
    child,
    pid: child.pid!,
    base,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <script> ...args` (a path under dist/) in `cwd` to its end. */
export async function runCommand(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd = ROOT,
): Promise<CommandResult> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', script), ...args], {
    env: childEnv({ LOG_LEVEL: 'warn', ...env }),
    cwd,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, stdout, stderr };
}

/**
 * POSTs a GraphQL operation (a typed document from test/generated, with its variables); resolves to
 * the parsed body and the response's ETag (its data version comes first).
 */
export async function query<T, V extends Record<string, unknown> = Record<string, unknown>>(
  base: string,
  document: TypedDocumentNode<T, V> | string,
  variables?: V,
): Promise<{ data: T; etag: string | null }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return { data: body.data, etag: response.headers.get('etag') };
}

/** A TCP port free on 127.0.0.1 now (the OS picks it). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
