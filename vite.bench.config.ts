import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** `npm run bench` runs the benchmarks as one Node bundle, like the CLI. */
export default defineConfig({
  build: {
    ssr: resolve('bench/index.ts'),
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { entryFileNames: 'index.js', format: 'es' },
    },
  },
});
