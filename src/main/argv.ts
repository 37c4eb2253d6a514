/**
 * Finding the course the operating system asked the app to open: a path on the command line
 * (`oer-studio course.oercourse`), or, on Windows and Linux, the argv that a double-click
 * hands to a second instance. No Electron import, so it is tested in Node.
 */
import { isAbsolute, resolve, win32 } from 'node:path';
import { PROJECT_EXTENSION } from '../core/project/projectFile';

/**
 * The course file named in `argv`, resolved against `cwd` (the folder the command ran in), or
 * null. Only arguments ending in `.oercourse` count: argv also holds the executable, in
 * development the app folder (`electron .`), and switches that Chromium and Electron add
 * (`--allow-file-access-from-files`, `--original-process-start-time=…`), none of which is a
 * course. When several are given, the last one wins, as with most editors' single window.
 */
export function projectFileFromArgv(argv: readonly string[], cwd: string): string | null {
  const suffix = `.${PROJECT_EXTENSION}`;
  let found: string | null = null;
  // argv[0] is the executable; a course file is never it.
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(suffix)) continue;
    // macOS Finder and some Linux launchers hand over file:// URLs.
    const path = arg.startsWith('file://') ? fileUrlToPath(arg) : arg;
    // A Windows path stays as it is, whatever system parses it (and tests it).
    if (path) found = isAbsolute(path) || win32.isAbsolute(path) ? path : resolve(cwd, path);
  }
  return found;
}

function fileUrlToPath(url: string): string | null {
  try {
    const parsed = new URL(url);
    const path = decodeURIComponent(parsed.pathname);
    // file:///C:/x on Windows has a leading slash before the drive letter.
    return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
  } catch {
    return null;
  }
}
