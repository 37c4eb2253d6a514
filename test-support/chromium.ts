import { existsSync } from 'node:fs';

/**
 * How tests launch Chromium here: Debian's where it is installed (Playwright cannot download
 * browsers on this workplace), Playwright's own elsewhere; with the background-networking flags,
 * without which Chromium keeps trying to reach hosts that the closed network refuses.
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const chromiumExecutable = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
