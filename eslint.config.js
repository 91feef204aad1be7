// Lint for the whole project. Besides typescript-eslint and the rules of hooks, it enforces the
// architecture: which layer may import which (eslint-plugin-boundaries), so the one-way
// dependencies of docs/ARCHITECTURE.md are checked by a tool rather than promised in comments.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layers of src/, one folder each; `app` holds the game app's entry (index.html loads it). */
const LAYERS = [
  { type: 'engine', pattern: 'src/engine' },
  { type: 'solver', pattern: 'src/solver' },
  { type: 'levels', pattern: 'src/levels' },
  { type: 'worker', pattern: 'src/worker' },
  { type: 'online', pattern: 'src/online' },
  { type: 'store', pattern: 'src/store' },
  { type: 'ui', pattern: 'src/ui' },
  { type: 'embed', pattern: 'src/embed' },
  { type: 'cli', pattern: 'src/cli' },
  { type: 'server', pattern: 'src/server' },
  { type: 'app', pattern: 'src/app' },
];

/** What each layer may import from the project (its own folder always). */
const MAY_IMPORT = {
  engine: [],
  solver: ['engine'],
  levels: ['engine'],
  worker: ['engine', 'solver', 'levels'],
  online: ['engine'],
  store: ['engine', 'levels', 'online'],
  ui: ['store', 'engine', 'levels'],
  embed: ['ui', 'store', 'engine', 'levels', 'worker'],
  cli: ['engine', 'solver', 'levels', 'server'],
  server: ['engine', 'solver', 'levels', 'online'],
  app: ['ui', 'store', 'engine', 'levels', 'worker', 'embed', 'online'],
};

/** Packages a layer may not use: the pure layers run in Node, in the worker and on the server. */
const BROWSER_ONLY = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'comlink'];
const NODE_ONLY = ['node:*'];
const FORBIDDEN_PACKAGES = {
  engine: [...BROWSER_ONLY, ...NODE_ONLY],
  solver: [...BROWSER_ONLY, ...NODE_ONLY],
  levels: [...BROWSER_ONLY, ...NODE_ONLY],
  online: [...BROWSER_ONLY, ...NODE_ONLY],
  worker: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', ...NODE_ONLY],
  store: ['react', 'react-dom', 'react-dom/*', 'comlink', ...NODE_ONLY],
  ui: ['comlink', ...NODE_ONLY],
  cli: BROWSER_ONLY,
  server: BROWSER_ONLY,
};

const policies = [
  ...Object.entries(MAY_IMPORT).map(([type, allowed]) => ({
    from: { element: { type } },
    allow: { to: { element: { types: { anyOf: [type, ...allowed] } } } },
  })),
  // The store may know the solver's result types, never its code: the solver lives in the worker.
  // It knows the worker client's types too, never its code: the app loads the client after the
  // board, and each entry hands the store its client.
  {
    from: { element: { type: 'store' } },
    allow: { to: { element: { types: { anyOf: ['solver', 'worker'] } } }, dependency: { kind: 'type' } },
  },
  // Packages are checked per layer below (no-restricted-imports).
  { allow: { to: { module: { origin: ['external', 'core'] } } } },
];

export default tseslint.config(
  { ignores: ['dist/', 'dev-dist/', 'coverage/', 'node_modules/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'boundaries/include': ['src/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies }],
      'boundaries/no-unknown-files': 'error',
    },
  },
  ...Object.entries(FORBIDDEN_PACKAGES).map(([type, patterns]) => ({
    files: [`src/${type}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: `the ${type} layer must not use this package` }] }],
    },
  })),
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Scripts, benchmarks and the CLI talk to a terminal.
    files: ['scripts/**', 'bench/**', 'bin/**', 'src/cli/**', 'src/server/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
