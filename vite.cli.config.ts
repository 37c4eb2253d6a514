import { defineConfig } from 'vite';
import { nodeBundle } from './vite.node-bundle.ts';

/** The CLI is one Node ESM bundle over src/core and src/node; dependencies stay in node_modules. */
export default defineConfig(nodeBundle('src/cli/index.ts', 'out/cli'));
