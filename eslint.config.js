// ESLint (flat config) with typescript-eslint's recommended rules.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');
const boundaries = require('eslint-plugin-boundaries');

/**
 * The layers of src/, lowest first (config.ts and logger.ts sit below them all, main.ts above).
 * A file may import from its own folder and from lower layers only, types included, and another
 * folder only through its index.ts, or its pure rules (*.rules.ts: no GraphQL, no SQL, so the
 * load-time commands can use a domain's definitions without loading its resolvers). The request
 * context every resolver takes is common's (common/context.ts), so nothing points up. Import
 * cycles, type imports included, are refused by dpdm (npm run lint).
 */
const LAYERS = [
  ['db', 'src/db'],
  ['common', 'src/common'],
  ['authorities', 'src/authorities'],
  ['mobility', 'src/mobility'],
  ['classification', 'src/classification'],
  ['deprivation', 'src/deprivation'],
  ['areas', 'src/areas'],
  ['filter', 'src/filter'],
  ['spatial', 'src/spatial'],
  ['analytics', 'src/analytics'],
  ['maps', 'src/maps'],
  ['imports', 'src/imports'],
  ['server', 'src/server'],
];
const below = (i) => LAYERS.slice(0, i).map(([type]) => type);

module.exports = tseslint.config(
  {
    ignores: [
      'dist/',
      'tools/dist/',
      'node_modules/',
      'coverage/',
      '.data/',
      'bench/postgraphile/',
      'bench/postgraphile5/',
      'test/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS.map(([type, pattern]) => ({ type, pattern })),
      'boundaries/include': ['src/**/*.ts'],
      // Resolve relative imports of .ts files (and a folder's index.ts) without a TypeScript resolver.
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            'src/ layers point down only: {{from.type}} may not import {{to.type}} ({{to.internalPath}}); see LAYERS in eslint.config.js',
          policies: [
            ...LAYERS.map(([type], i) => ({
              from: { element: { type } },
              allow: { to: { element: { types: below(i) } } },
            })),
            // Another folder is reached through its index.ts (or its *.rules.ts).
            { disallow: { to: { element: { fileInternalPath: '!{index.ts,*.rules.ts}' } } } },
          ],
        },
      ],
    },
  },
  {
    // The benchmark harness and test helpers in .mjs are plain Node ES modules.
    files: ['bench/**/*.mjs', 'test/**/*.mjs', 'src/*.mjs'],
    languageOptions: { sourceType: 'module', globals: globals.node },
  },
  {
    // The map page's and GraphiQL page's scripts run in the browser as ES modules.
    files: ['src/maps/map-page/*.js', 'src/server/graphiql-page/*.js'],
    languageOptions: { sourceType: 'module', globals: globals.browser },
  },
  {
    // Test preloads (node -r) and codegen plugins are CommonJS scripts run by Node.
    files: ['test/**/*.cjs', 'client/codegen/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js'],
    ignores: ['src/maps/map-page/*.js', 'src/server/graphiql-page/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
