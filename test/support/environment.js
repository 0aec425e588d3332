/**
 * The tests' environment: Node's, plus the embedded test database shared by the files one jest
 * worker runs. Opening a copy of the seeded database takes 1.5-2.5 s of CPU (PGlite, PostGIS and
 * the 72 MB dump), and most files only read it, as they all share one database on PostgreSQL
 * (TEST_DATABASE_URL). So the first file of a worker that asks opens it here, in the worker's own
 * realm (this module is loaded once per worker), and later files borrow the same instance
 * (support/db.ts). A file that writes, or switches roles, opens a private copy instead.
 *
 * PostgreSQL keeps a timer armed (its timeouts, as an Emscripten setitimer), so the database is
 * closed when jest asks the worker to end: jest-worker's end message is [CHILD_MESSAGE_END] (2 in
 * its types.js), after which the worker's process must exit by itself within 500 ms. A run in
 * jest's own process (one file, in band) has no worker to end: there each file opens its own.
 */
const path = require('node:path');
const { readFileSync } = require('node:fs');
const { Blob } = require('node:buffer');
const { setTimeout } = require('node:timers');
const { TestEnvironment } = require('jest-environment-node');

const ROOT = path.resolve(__dirname, '..', '..');

/** This worker's shared database (a PGlite), opened at the first request. */
let shared;
/** The test file this worker ran last. */
let lastFile;

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
  const onEnd = (message) => {
    if (!Array.isArray(message) || message[0] !== CHILD_MESSAGE_END) return;
    process.off('message', onEnd);
    void shared?.then((db) => db.close()).catch(() => undefined);
    // Jest kills a worker still alive 500 ms after this and warns "A worker process has failed to
    // exit gracefully" without saying why: say what still holds this one open, and after which file.
    setTimeout(() => {
      const held = process.getActiveResourcesInfo().join(', ');
      process.stderr.write(
        `jest worker ${process.pid} still open 400 ms after the end, after ${lastFile ?? 'no file'}; its resources (one Timeout is this message's): ${held}\n`,
      );
    }, 400).unref();
  };
  process.on('message', onEnd);
}

class AtlasEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
  }

  async setup() {
    await super.setup();
    lastFile = path.relative(ROOT, this.testPath);
    if (inWorker) this.global.atlasSharedDatabase = () => (shared ??= openShared());
  }
}

module.exports = AtlasEnvironment;
