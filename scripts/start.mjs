// `npm start`: builds the app and opens it on the bundled sample course. Where the Electron
// binary cannot be downloaded, it says so in one sentence and points to the CLI.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findElectronBinary, tryInstallElectron } from './electron-binary.mjs';
import { requireNode22 } from './node-version.mjs';

requireNode22();

if (!findElectronBinary() && !(await tryInstallElectron())) {
  console.error(
    'OER Studio cannot open its window here because the Electron binary could not be downloaded on this machine; ' +
      'use the command-line tool instead: npm run build && npx oer-studio new --sample course.oercourse && ' +
      'npx oer-studio export course.oercourse --format scorm12 -o course.zip',
  );
  process.exit(1);
}

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [cli, 'preview', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
