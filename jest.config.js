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
  // A worker whose heap passed this after a file is replaced: what the runtime still holds of
  // earlier files is freed, and the last workers exit within jest's 500 ms. On the embedded
  // database a replaced worker opens its shared database again, so it is replaced less often.
  workerIdleMemoryLimit: process.env.TEST_DATABASE_URL ? '256MB' : '512MB',
  setupFiles: ['reflect-metadata'],
};
