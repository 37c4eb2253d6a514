// Where the Electron binary is, without triggering electron's lazy download (which
// `require('electron')` does). Shared by `npm start` and the Electron e2e spec.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

/** The Electron executable's path, or null when the binary has not been downloaded. */
export function findElectronBinary() {
  const require = createRequire(import.meta.url);
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist');
  const executable = join(base, relative);
  return existsSync(executable) ? executable : null;
}

/** Tries electron's own installer once; true when the binary is there afterwards. */
export async function tryInstallElectron() {
  const { spawnSync } = await import('node:child_process');
  const require = createRequire(import.meta.url);
  const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 300_000 });
  return findElectronBinary() !== null;
}
