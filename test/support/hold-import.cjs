/**
 * A test-only preload (node -r) for the built import command: the import's write transaction
 * (the one that inserts scores) is held open for HOLD_IMPORT_MS after its statements, and says so
 * on stdout, so a test can kill the process inside the transaction. The product has no such hook;
 * this wraps the embedded and PostgreSQL drivers' open function from outside.
 */
const path = require('node:path');

const ms = Number(process.env.HOLD_IMPORT_MS || 60000);
const open = require(path.join(__dirname, '..', '..', 'dist', 'db', 'open.js'));
const openDb = open.openDb;

open.openDb = async (...args) => {
  const db = await openDb(...args);
  return {
    ...db,
    transaction(fn, options) {
      return db.transaction(async (tx) => {
        let inserted = false;
        const result = await fn({
          ...tx,
          query: (name, query) => ((inserted ||= name === 'insertScores'), tx.query(name, query)),
        });
        if (inserted) {
          process.stdout.write('import: holding the transaction open (test preload)\n');
          await new Promise((resolve) => setTimeout(resolve, ms));
        }
        return result;
      }, options);
    },
  };
};
