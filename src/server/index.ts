/** The server: what main.ts and the commands start it with. */
export { createContext } from './context';
export { createServer, type AtlasServer, type ServerOptions } from './http';
export { createProcessMetrics } from './metrics';
export { getSchema, schemaSdl } from './schema';
