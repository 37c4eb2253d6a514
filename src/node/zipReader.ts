/**
 * Reading zips with yauzl, which exposes each entry (name, sizes, method) from the central
 * directory before inflating anything, and reads entries lazily from one open file.
 */
import { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { OerError } from '../core/errors';

/** An open zip: its entries by name, and a way to read each one. */
export interface ZipArchive {
  entries: Map<string, Entry>;
  /** Streams an entry's bytes, inflated and CRC-checked. */
  stream(entry: Entry): Promise<Readable>;
  /** Streams an entry's bytes as they are stored (still compressed), to copy them into another zip. */
  rawStream(entry: Entry): Promise<Readable>;
  /** Reads a whole entry into memory. */
  read(entry: Entry): Promise<Buffer>;
  close(): void;
}

/** Caps that keep a hostile zip (a bomb, a flood of entries) from exhausting the machine. */
export interface ZipLimits {
  maxEntries: number;
  /** The largest uncompressed entry. */
  maxEntrySize: number;
  /** The largest total of uncompressed sizes. */
  maxTotalSize: number;
  /** The largest uncompressed/compressed ratio of an entry over 1 MiB. */
  maxRatio: number;
}

/** Limits for course files and packages: generous for real courses, far below what hurts. */
export const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: 50_000,
  maxEntrySize: 4 * 1024 ** 3,
  maxTotalSize: 16 * 1024 ** 3,
  maxRatio: 200,
};

/**
 * Why an entry's name or type is unsafe to extract or to trust, or null: absolute paths,
 * `..` segments, backslashes, drive letters and symbolic links (UNIX mode in the high bits of
 * the external attributes).
 */
export function unsafeEntry(entry: Pick<Entry, 'fileName' | 'externalFileAttributes'>): string | null {
  const name = entry.fileName;
  if (name.includes('\\')) return `"${name}" uses backslashes`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return `"${name}" is an absolute path`;
  if (name.split('/').includes('..')) return `"${name}" climbs out of the archive with ..`;
  if (name.includes('\0')) return `"${name}" holds a NUL character`;
  if (((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000) return `"${name}" is a symbolic link`;
  return null;
}

/**
 * Opens a zip file and lists its central directory, reading no entry data. Refuses, before
 * inflating anything, unsafe names, symbolic links, duplicate names (also those that differ
 * only in case, which collide on Windows and macOS) and anything over `limits`; yauzl then checks
 * that every entry inflates to exactly its declared size.
 */
export function openZip(path: string, limits: ZipLimits = DEFAULT_LIMITS): Promise<ZipArchive> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true },
      (error, zip) => {
        if (error || !zip) return reject(error ?? new Error('cannot open zip'));
        const entries = new Map<string, Entry>();
        const folded = new Set<string>();
        let total = 0;
        const refuse = (why: string) => {
          zip.close();
          reject(new OerError('unsafe-zip', `This file is refused as unsafe: ${why}.`));
        };
        if (zip.entryCount > limits.maxEntries) {
          return refuse(
            `it holds ${zip.entryCount} files, more than the ${limits.maxEntries} a course may have`,
          );
        }
        zip.on('entry', (entry: Entry) => {
          const unsafe = unsafeEntry(entry);
          if (unsafe) return refuse(unsafe);
          const key = entry.fileName.toLowerCase();
          if (folded.has(key))
            return refuse(
              `"${entry.fileName}" appears twice (names that differ only in case count as the same)`,
            );
          folded.add(key);
          total += entry.uncompressedSize;
          if (entry.uncompressedSize > limits.maxEntrySize)
            return refuse(`"${entry.fileName}" unpacks to more than ${limits.maxEntrySize} bytes`);
          if (total > limits.maxTotalSize)
            return refuse(`its files unpack to more than ${limits.maxTotalSize} bytes`);
          if (
            entry.uncompressedSize > 2 ** 20 &&
            entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio
          ) {
            return refuse(
              `"${entry.fileName}" is compressed ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} to 1, like a zip bomb`,
            );
          }
          entries.set(entry.fileName, entry);
          zip.readEntry();
        });
        zip.once('end', () => resolve(archive(zip, entries)));
        zip.once('error', (e: Error) => {
          // yauzl checks names itself before we see them; say what it found in our words.
          const name = /^(?:invalid characters in fileName|absolute path|invalid relative path): (.*)$/.exec(
            e.message,
          )?.[1];
          if (name !== undefined)
            return refuse(
              unsafeEntry({ fileName: name, externalFileAttributes: 0 }) ?? `"${name}" is not a safe name`,
            );
          zip.close();
          reject(e);
        });
        zip.readEntry();
      },
    );
  });
}

function archive(zip: ZipFile, entries: Map<string, Entry>): ZipArchive {
  const open = (entry: Entry, decompress: boolean) =>
    new Promise<Readable>((resolve, reject) => {
      // yauzl refuses the decompress option for stored entries, whose bytes are the same either way.
      const options = entry.compressionMethod === 0 ? {} : { decompress };
      zip.openReadStream(entry, options, (error, readable) =>
        error || !readable ? reject(error ?? new Error('cannot read entry')) : resolve(readable),
      );
    });
  const stream = (entry: Entry) => open(entry, true);
  return {
    entries,
    stream,
    rawStream: (entry) => open(entry, false),
    async read(entry) {
      const chunks: Buffer[] = [];
      for await (const chunk of await stream(entry)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    close: () => zip.close(),
  };
}

export { Readable };
