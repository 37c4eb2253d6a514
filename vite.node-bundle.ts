import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';

/**
 * A Vite config that bundles one TypeScript entry into a Node ESM file (the CLI, the
 * benchmarks): our code inlined, Node's built-ins and npm dependencies left to Node.
 */
export function nodeBundle(entry: string, outDir: string): UserConfig {
  return {
    build: {
      ssr: resolve(entry),
      outDir,
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      rollupOptions: {
        external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { entryFileNames: 'index.js', format: 'es' },
      },
    },
  };
}
