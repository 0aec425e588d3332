/**
 * What every domain may use: errors with codes, argument validation, pagination, DataLoader
 * helpers, cost estimators, the reference cache, the GeoJSON scalar and CRS enum, callers'
 * points and geometries, and data sources.
 */
export * from './conditional';
export * from './context';
export * from './cost';
export * from './crs.enum';
export * from './errors';
export * from './geojson.scalar';
export * from './loader';
export * from './module';
export * from './node';
export * from './pagination';
export * from './document-cache';
export * from './reference-cache';
export * from './source.queries';
export * from './source.type';
export * from './validation';
export * from './geo/geometry.check';
export * from './geo/geometry-validity';
export * from './geo/geometry.sql';
export * from './geo/point';
export * from './geo/point.fields';
export * from './byte-cache';
export * from './raw-json';
export * from './shared-cache';
