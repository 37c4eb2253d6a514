/**
 * Paths inside a package, as manifests and pages write them: relative to a folder, URL-encoded,
 * with queries and fragments, and in Common Cartridge with the `$IMS-CC-FILEBASE$` token.
 * Every reference is resolved here, so none can reach outside the package.
 */

/** The folder part of a package path (`a/b/page.html` → `a/b/`), or `''` at the root. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/** The last segment of a path, without query or fragment. */
export function fileNameOf(path: string): string {
  const clean = path.split(/[?#]/)[0] ?? '';
  return clean.slice(clean.lastIndexOf('/') + 1);
}

/** Whether a reference names a URL with a scheme (`http:`, `data:`, `javascript:`) rather than a path. */
export function hasScheme(reference: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(reference.trim());
}

/**
 * The CC file base token: Canvas and other CC exporters write links to the cartridge's files
 * as `$IMS-CC-FILEBASE$/…` (some encode the dollars, some use underscores), meaning "the folder of
 * the resource's files", which Canvas puts in `web_resources/`.
 */
const FILEBASE = /^(?:\$|%24)IMS[-_]CC[-_]FILEBASE(?:\$|%24)\/?/i;

/** Whether a reference starts with the Common Cartridge file base token. */
export function usesFileBase(reference: string): boolean {
  return FILEBASE.test(reference.trim());
}

/**
 * Resolves `reference` (as written in a page or manifest in folder `from`) to a package path
 * relative to the package root, or null when it is not a path (it has a scheme, or is empty) or
 * when it climbs out of the package with `..`. Queries and fragments are dropped and
 * percent-escapes decoded. A `$IMS-CC-FILEBASE$` reference resolves from the package root; the
 * caller tries `web_resources/` as well.
 */
export function resolvePackagePath(from: string, reference: string): string | null {
  let ref = reference.trim();
  let base = from;
  if (FILEBASE.test(ref)) {
    ref = ref.replace(FILEBASE, '');
    base = '';
  }
  if (!ref || hasScheme(ref) || ref.startsWith('//')) return null;
  ref = ref.split(/[?#]/)[0] ?? '';
  if (!ref) return null;
  try {
    ref = decodeURIComponent(ref);
  } catch {
    // A stray % in a hand-written link: keep the text as written.
  }
  if (ref.includes('\\') || ref.includes('\0')) return null;
  const segments = ref.startsWith('/') ? [] : folderOf(base).split('/').filter(Boolean);
  for (const segment of ref.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.length ? segments.join('/') : null;
}
