#!/usr/bin/env node
// The installed `oer-studio` command. The CLI is built by `npm run build` into out/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `oer-studio: Node.js ${process.versions.node} is too old; install Node.js 22.12 or newer (24 LTS recommended).`,
  );
  process.exit(2);
}
const cli = new URL('../out/cli/index.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('oer-studio: the CLI is not built yet; run `npm run build` first.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
