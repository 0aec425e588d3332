/** The database layer: the Db interface, the sql tag, the two drivers and the migrator. */
export * from './db';
export * from './connection-errors';
export * from './replicas';
export * from './migrator';
export * from './open';
export * from './ownership';
export * from './pg.driver';
export * from './pglite.driver';
export * from './sql';
