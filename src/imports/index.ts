/** Loading data: what the server and the commands above this layer use to prepare a database. */
export { defaultMigrationsDir, prepareDatabase, type PrepareOptions } from './prepare-database';
export {
  defaultSnapshotPaths,
  ensureSnapshot,
  readSnapshot,
  snapshotIsCurrent,
  snapshotKey,
  type SnapshotPaths,
} from './snapshot';
export { DATA_COMMANDS, type DataCommandName } from './data-commands';
export { serveJobs, type JobRequest, type JobServer } from './handover';
