/**
 * The tests' environment: Node's, plus the embedded test database shared by the files one jest
 * worker runs. Opening a copy of the seeded database takes 1.5-2.5 s of CPU (PGlite, PostGIS and
 * the 72 MB dump), and most files only read it, as they all share one database on PostgreSQL
 * (TEST_DATABASE_URL). So the first file of a worker that asks opens it here, in the worker's own
 * realm (this module is loaded once per worker), and later files borrow the same instance
 * (support/db.ts). A file that writes, or switches roles, opens a private copy instead.
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

class AtlasEnvironment extends TestEnvironment {
  async setup() {
    await super.setup();
    this.global.atlasSharedDatabase = () => (shared ??= openShared());
  }
}

module.exports = AtlasEnvironment;
