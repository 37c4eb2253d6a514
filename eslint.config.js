// ESLint flat config. The `layers` rules keep the architecture of STYLE.md: a pure src/core,
// one IPC contract in src/shared, and environment code only at the edges. A wrong-way import
// fails `npm run lint`.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** A no-restricted-imports rule that forbids the given packages and folders. */
function layer(name, { packages = [], folders = [], nodeApis = false }) {
  const paths = [...packages, ...(nodeApis ? nodeBuiltins : [])].map((p) => ({
    name: p,
    message: `${name} must not import "${p}" (see STYLE.md, "Folders by where code runs").`,
  }));
  const patterns = folders.map((folder) => ({
    regex: `(^|/)(src/)?${folder}(/|$)`,
    message: `${name} must not import from src/${folder} (see STYLE.md, "Folders by where code runs").`,
  }));
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

const ui = ['react', 'react-dom', '@tiptap/react'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      '.tools/**',
      'dist/**',
      'test-results/**',
      'e2e-artifacts/**',
      'resources/player/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'bin/**/*.js',
      '*.config.{js,ts}',
      'e2e/**/*.ts',
      'bench/**/*.{ts,mjs}',
      'test-support/**/*.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['resources/player/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      ...layer('src/core', {
        packages: ['electron', ...ui],
        folders: ['main', 'renderer', 'preload', 'cli', 'node', 'shared'],
        nodeApis: true,
      }),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'process',
        'Buffer',
        '__dirname',
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: layer('src/shared', {
      packages: ['electron', ...ui],
      folders: ['main', 'renderer', 'preload', 'cli', 'node'],
      nodeApis: true,
    }),
  },
  {
    files: ['src/node/**/*.ts'],
    ignores: ['src/node/**/*.test.ts'],
    rules: layer('src/node', {
      packages: ['electron', ...ui],
      folders: ['main', 'renderer', 'preload', 'cli'],
    }),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: layer('src/main', { packages: ui, folders: ['renderer', 'preload', 'cli'] }),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: layer('src/preload', {
      packages: ui,
      folders: ['main', 'renderer', 'cli', 'node', 'core/(?!model/types)'],
      nodeApis: true,
    }),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layer('src/cli', { packages: ['electron', ...ui], folders: ['main', 'renderer', 'preload'] }),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer('src/renderer', { packages: ['electron'], folders: ['main', 'cli', 'node'], nodeApis: true }),
    },
  },
);
