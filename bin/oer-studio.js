#!/usr/bin/env node
// The installed `oer-studio` command. The CLI is built by `npm run build` into out/cli.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS } from './node-flags.js';

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

if (NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  const { main } = await import(cli.href);
  process.exitCode = await main(process.argv.slice(2));
} else {
  // Start again with the flags, which V8 reads only when a process starts.
  const child = spawn(
    process.execPath,
    [...NODE_FLAGS, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  // Ctrl-C reaches both processes; this one waits for the child to finish and passes on the rest.
  process.on('SIGINT', () => undefined);
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    console.error(`oer-studio: could not start Node.js again (${e.message}).`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
}
