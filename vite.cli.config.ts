import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The CLI is one Node ESM bundle over src/core and src/node; dependencies stay in node_modules. */
export default defineConfig({
  build: {
    ssr: resolve('src/cli/index.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { entryFileNames: 'index.js', format: 'es' },
    },
  },
});
