/**
 * The files of an open package as importers read them: relative to the folder that holds the
 * manifest, found even when the manifest's case differs from the zip's (packages made on
 * Windows), decoded in the charset the page declares, and read only up to a size that no real
 * page or picture reaches.
 */
import type { Entry } from 'yauzl';
import type { ZipArchive } from '../zipReader';

/** The largest page or descriptor read into memory. */
const MAX_TEXT = 32 * 1024 * 1024;
/** The largest image read into memory. */
const MAX_IMAGE = 128 * 1024 * 1024;

/** Why a file was not read. */
export type ReadRefusal = 'missing' | 'too-large' | 'damaged';

/** The files of a package under one folder of a zip. */
export class PackageFiles {
  private readonly folded = new Map<string, Entry>();

  /**
   * @param zip the open package.
   * @param base the folder of the manifest inside the zip (`''`, or `course/` when the package
   *   was zipped with its folder).
   */
  constructor(
    private readonly zip: ZipArchive,
    private readonly base: string,
  ) {
    for (const [name, entry] of zip.entries) {
      if (name.startsWith(base)) this.folded.set(name.slice(base.length).toLowerCase(), entry);
    }
  }

  /** The entry at a package path, matched exactly first, then ignoring case. */
  find(path: string): Entry | undefined {
    return this.zip.entries.get(this.base + path) ?? this.folded.get(path.toLowerCase());
  }

  /** The bytes of a file, or why not. */
  async bytes(path: string, max = MAX_IMAGE): Promise<Buffer | ReadRefusal> {
    const entry = this.find(path);
    if (!entry || entry.fileName.endsWith('/')) return 'missing';
    if (entry.uncompressedSize > max) return 'too-large';
    // A damaged entry (bad CRC, truncated data) costs that file, not the whole import.
    return this.zip.read(entry).catch(() => 'damaged' as const);
  }

  /**
   * The text of a file: UTF-8 unless a byte-order mark, an XML declaration or an HTML
   * `<meta charset>` names another encoding (old Russian pages are often windows-1251).
   */
  async text(path: string): Promise<{ text: string } | ReadRefusal> {
    const bytes = await this.bytes(path, MAX_TEXT);
    if (typeof bytes === 'string') return bytes;
    return { text: decodeText(bytes) };
  }
}

/** Decodes a page or XML file in the charset it declares; UTF-8 when it declares none we know. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An encoding label Node does not know: read it as UTF-8, as browsers mostly do.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
