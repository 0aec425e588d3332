/**
 * The local channel between a data command (import, db:backup, db:restore) and the embedded
 * server that owns the database directory. PGlite lets one process hold a directory, so while a
 * server runs, the command does not open it: it hands its arguments to the server, which runs the
 * same command in its own process (and so serves the result at once), and streams the report
 * back. The channel is a Unix socket in the owner's private folder (mode 0700, the socket 0600):
 * only the same user on the same machine can reach it; nothing listens on the network.
 *
 * Protocol: newline-delimited JSON. The command sends one request, `{ job, argv, cwd }`; the
 * server answers with `{ out }` lines, then `{ exit }` (the command's exit code) or `{ error,
 * user }` (what stopped it; `user` when the message is the whole story). Jobs run one at a time.
 */
import { chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { privateFolder } from '../db';
import type { Logger } from '../logger';
import type { CommandIo } from './command-io';
import { isDataCommand, isUserError, type DataCommandName } from './data-commands';

export interface JobRequest {
  job: DataCommandName;
  argv: string[];
  /** The command's working folder: its file names are relative to it. */
  cwd: string;
}

type JobMessage = { out: string } | { exit: number } | { error: string; user: boolean };

/** A request line longer than this is refused (argv is a few file names and flags). */
const MAX_REQUEST_BYTES = 64 * 1024;

export interface JobServer {
  readonly socket: string;
  /** Stops taking jobs, and resolves once the one running (if any) has finished. */
  close(): Promise<void>;
}

function parseRequest(line: string): JobRequest | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'the request is not JSON';
  }
  const { job, argv, cwd } = (value ?? {}) as Record<string, unknown>;
  if (!isDataCommand(job)) return `unknown job ${JSON.stringify(job)}`;
  if (!Array.isArray(argv) || argv.length > 200 || !argv.every((a) => typeof a === 'string'))
    return 'argv must be a list of strings';
  if (typeof cwd !== 'string' || !path.isAbsolute(cwd)) return 'cwd must be an absolute path';
  return { job, argv, cwd };
}

/**
 * Takes jobs on `socketPath` and runs each through `run` (which runs the command and makes the
 * server serve its result before it resolves).
 */
export async function serveJobs(
  socketPath: string,
  run: (request: JobRequest, io: CommandIo) => Promise<number>,
  log: Logger,
): Promise<JobServer> {
  privateFolder(path.dirname(socketPath));
  // The folder is this owner's: a socket left there is a dead owner's.
  rmSync(socketPath, { force: true });
  let queue: Promise<unknown> = Promise.resolve();
  let running = 0;
  const server = net.createServer((conn) => {
    conn.on('error', () => undefined); // a command that went away mid-job: the job still finishes
    const send = (message: JobMessage): void => {
      if (!conn.destroyed) conn.write(`${JSON.stringify(message)}\n`);
    };
    let received = 0;
    conn.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > MAX_REQUEST_BYTES) conn.destroy();
    });
    const lines = createInterface({ input: conn, crlfDelay: Infinity });
    lines.once('line', (line) => {
      lines.close();
      const request = parseRequest(line);
      if (typeof request === 'string') {
        send({ error: `refused: ${request}`, user: true });
        conn.end();
        return;
      }
      running += 1;
      queue = queue.then(async () => {
        const started = performance.now();
        log.info({ job: request.job, argv: request.argv }, 'running a job handed over by a local command');
        try {
          const code = await run(request, { out: (text) => send({ out: text }), cwd: request.cwd });
          log.info(
            { job: request.job, exit: code, ms: Math.round(performance.now() - started) },
            'handed-over job finished',
          );
          send({ exit: code });
        } catch (err) {
          const user = isUserError(err);
          if (user) log.info({ job: request.job, err: (err as Error).message }, 'handed-over job refused');
          else log.error({ job: request.job, err }, 'handed-over job failed');
          send({ error: (err as Error).message, user });
        } finally {
          running -= 1;
          conn.end();
        }
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
  chmodSync(socketPath, 0o600);
  log.info({ socket: socketPath }, 'taking import, backup and restore jobs from local commands');
  return {
    socket: socketPath,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (running > 0) log.info({ running }, 'finishing the handed-over job before stopping');
      await queue;
      rmSync(socketPath, { force: true });
    },
  };
}

export type HandoverResult = { exit: number } | { error: string; user: boolean };

/** The owner closed the connection before it reported: whether the job ran is not known. */
export class HandoverLostError extends Error {}

/** The owner went away before it took the job: the command may open the directory itself. */
export class OwnerGoneError extends Error {}

/**
 * Hands `request` to the server listening on `socketPath` and relays its report to `io.out`.
 * While the server is still starting (no socket yet) it retries for up to `waitMs`, as long as
 * `ownerAlive` says the server is still there (else OwnerGoneError).
 */
export async function handOver(
  socketPath: string,
  request: JobRequest,
  io: { out: (line: string) => void },
  options: { waitMs: number; ownerAlive: () => boolean },
): Promise<HandoverResult> {
  const deadline = Date.now() + options.waitMs;
  let conn: net.Socket;
  for (;;) {
    try {
      conn = await new Promise<net.Socket>((resolve, reject) => {
        const c = net.createConnection(socketPath);
        c.once('connect', () => {
          c.off('error', reject);
          resolve(c);
        });
        c.once('error', reject);
      });
      break;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ECONNREFUSED') throw err;
      if (!options.ownerAlive()) throw new OwnerGoneError('the server that owned the database has stopped');
      if (Date.now() >= deadline)
        throw new Error(
          `the server that owns the database did not take the job within ${Math.round(options.waitMs / 1000)} s (${socketPath}: ${code})`,
          { cause: err },
        );
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return new Promise<HandoverResult>((resolve, reject) => {
    let result: HandoverResult | null = null;
    conn.on('error', () => undefined);
    const lines = createInterface({ input: conn, crlfDelay: Infinity });
    lines.on('line', (line) => {
      let message: JobMessage;
      try {
        message = JSON.parse(line) as JobMessage;
      } catch {
        return;
      }
      if ('out' in message) io.out(message.out);
      else if ('exit' in message) result = { exit: message.exit };
      else if ('error' in message) result = { error: message.error, user: message.user };
    });
    lines.once('close', () => {
      if (result) resolve(result);
      else reject(new HandoverLostError('the server closed the connection before it reported'));
    });
    conn.write(`${JSON.stringify(request)}\n`);
  });
}
