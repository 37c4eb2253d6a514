import { defineConfig } from 'vite';
import { nodeBundle } from './vite.node-bundle.ts';

/** `npm run bench` runs the benchmarks as one Node bundle, like the CLI. */
export default defineConfig(nodeBundle('bench/index.ts', 'out/bench'));
