/**
 * Jest: TypeScript via SWC (transpile only; `npm run typecheck` checks the types); one seeded
 * database prepared in globalSetup, copied per test file.
 *
 * No --experimental-vm-modules: with it, every test file's context (and the embedded database it
 * opened, ~300 MB each) stays alive to the end of the run (jestjs/jest#14605) and V8 cannot reuse
 * compiled code across files. The few modules that needed it are compiled to CommonJS here:
 * PGlite's own `import("fs")`-style calls and the ESM-only packages tiles.spec.ts reads tiles with.
 */
const swcTypeScript = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      target: 'es2022',
      // type-graphql reads the decorators' design:type metadata, as tsc's emitDecoratorMetadata writes it.
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
const swcJavaScript = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022', keepClassNames: true },
    module: { type: 'commonjs', strictMode: false },
    sourceMaps: false,
    inputSourceMap: false,
  },
];
const COMPILED_PACKAGES = [
  '@electric-sql/pglite',
  '@electric-sql/pglite-postgis',
  'pbf',
  '@mapbox/vector-tile',
  '@mapbox/point-geometry',
];

module.exports = {
  // Node's, with the embedded test database shared by the files of a worker (support/environment.js).
  testEnvironment: '<rootDir>/test/support/environment.js',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': swcTypeScript,
    '^.+\\.[cm]?js$': swcJavaScript,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${COMPILED_PACKAGES.join('|')})/)`],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // Slowest files first, from a committed list when this clone has no timings yet.
  testSequencer: '<rootDir>/test/support/sequencer.js',
  testTimeout: 120000,
  maxWorkers: 2,
  // No workerIdleMemoryLimit: a file's modules are freed after it (a worker's heap stays near
  // 200-250 MB after a collection, file after file, since each server no longer leaves prom-client's
  // GC observer behind: server/metrics.ts), and jest-worker replaces a worker found over the limit
  // after its last file even when the end has been sent, so the replacement never hears it and is
  // killed 500 ms later with the "failed to exit gracefully" warning.
  setupFiles: ['reflect-metadata'],
};
