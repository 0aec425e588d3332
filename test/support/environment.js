/**
 * The tests' environment: Node's, plus the embedded test database shared by the files one jest
 * worker runs. Opening a copy of the seeded database takes 1.5-2.5 s of CPU (PGlite, PostGIS and
 * the 72 MB dump), and most files only read it, as they all share one database on PostgreSQL
 * (TEST_DATABASE_URL). So the first file of a worker that asks opens it here, in the worker's own
 * realm (this module is loaded once per worker), and later files borrow the same instance
 * (support/db.ts). A file that writes, or switches roles, opens a private copy instead.
 *
 * PostgreSQL keeps a timer armed (its timeouts, as an Emscripten setitimer), so a worker holding
 * the database would never exit by itself: it exits when jest asks it to end (jest-worker's end
 * message is [CHILD_MESSAGE_END], 2 in its types.js). A run in jest's own process (one file, in
 * band) has no worker to end: there each file opens its own.
 */
const path = require('node:path');
const { readFileSync } = require('node:fs');
const { Blob } = require('node:buffer');
const { TestEnvironment } = require('jest-environment-node');

const ROOT = path.resolve(__dirname, '..', '..');

/** This worker's shared database (a PGlite), opened at the first request. */
let shared;

async function openShared() {
  // The built driver (npm test builds first): this realm does not load TypeScript.
  const { createPglite } = require(path.join(ROOT, 'dist', 'db', 'pglite.driver.js'));
  const { createLogger } = require(path.join(ROOT, 'dist', 'logger.js'));
  const dump = readFileSync(path.join(ROOT, '.data', 'snapshot', 'pglite-seeded.tar'));
  return createPglite(null, createLogger('silent'), { loadDataDir: new Blob([dump]) });
}

const CHILD_MESSAGE_END = 2;
const inWorker = typeof process.send === 'function';

if (inWorker) {
  // Jest kills a worker still alive 500 ms after its end message and warns "A worker process has
  // failed to exit gracefully". Most of that time goes to the system taking back the worker's
  // memory (1-1.5 GB here: the shared database's WebAssembly memory and files, V8's heap), which
  // took 250-400 ms with both workers ending at once on this 2-core machine; closing the database
  // first (a checkpoint, then the event loop draining) added 20-150 ms more. The worker has sent
  // its last result by then and the shared database lives in memory only, so it exits at once.
  process.on('message', (message) => {
    if (Array.isArray(message) && message[0] === CHILD_MESSAGE_END) process.exit(0);
  });
}

class AtlasEnvironment extends TestEnvironment {
  async setup() {
    await super.setup();
    if (inWorker) this.global.atlasSharedDatabase = () => (shared ??= openShared());
  }
}

module.exports = AtlasEnvironment;
