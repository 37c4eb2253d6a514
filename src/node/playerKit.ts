import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlayerKit } from '../core/export/types';

/**
 * Loads the learner player (runtime script and styles from `resources/player/`) and the bundled
 * fonts (`resources/fonts/`, copied to `player/fonts/`) for the exporters.
 */
export async function loadPlayerKit(resourcesDir: string): Promise<PlayerKit> {
  const files: PlayerKit['files'] = [];
  for (const [dir, prefix] of [
    [join(resourcesDir, 'player'), ''],
    [join(resourcesDir, 'fonts'), 'fonts/'],
  ] as const) {
    const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
    for (const name of names) files.push({ path: prefix + name, data: await readFile(join(dir, name)) });
  }
  return { files };
}
