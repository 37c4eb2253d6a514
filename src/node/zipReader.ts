/**
 * Reading zips with yauzl, which exposes each entry (name, sizes, method) from the central
 * directory before inflating anything, and reads entries lazily from one open file.
 */
import { open as openFile, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { OerError } from '../core/errors';
import type { RawOrigin } from '../core/project/rawEntry';

/** An open zip: its entries by name, and a way to read each one. */
export interface ZipArchive {
  entries: Map<string, Entry>;
  /** Streams an entry's bytes, inflated and CRC-checked. */
  stream(entry: Entry): Promise<Readable>;
  /**
   * An entry's bytes as they are stored (still compressed), to copy them into another zip: read
   * straight from the file in large chunks, the next one read while the last one is written.
   * Each chunk is lent until the next one is asked for.
   */
  rawStream(entry: Entry): Promise<AsyncIterable<Uint8Array>>;
  /** `length` bytes of the file from `offset` on, read as {@link rawStream} reads. */
  rawRange(offset: number, length: number): Promise<AsyncIterable<Uint8Array>>;
  /** The file's path. */
  path: string;
  /**
   * Where an entry lies in the file, when its local header is exactly what our writer writes, so
   * the stretch of file holding it can be copied as it is; null otherwise.
   */
  origin(entry: Entry): RawOrigin | null;
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
        const centralStart = zip.readEntryCursor as unknown as number;
        zip.once('end', () => archive(zip, entries, path, centralStart).then(resolve, reject));
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

/**
 * Raw copies read this much at a time. Each read and write is a hop to the thread pool, and on a
 * busy machine a hop costs milliseconds: 2 MiB chunks copied at a quarter of the speed of 8 MiB.
 */
const RAW_CHUNK = 8 * 1024 * 1024;

/** DOS date of 2020-01-01 and time 00:00: what our writer stamps on every entry. */
const OUR_DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

/**
 * The entries whose local header is byte for byte what our writer writes: version 2.0, no
 * flags but UTF-8, our fixed timestamp, and no extra field, which shows as the next entry (or
 * the central directory) starting right after the name and data.
 */
function canonicalEntries(entries: Map<string, Entry>, centralStart: number): Set<Entry> {
  const sorted = [...entries.values()].sort(
    (a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader,
  );
  const canonical = new Set<Entry>();
  sorted.forEach((entry, i) => {
    const next = sorted[i + 1]?.relativeOffsetOfLocalHeader ?? centralStart;
    const utf8 = !/^[\x20-\x7e]*$/.test(entry.fileName);
    if (
      entry.versionNeededToExtract === 20 &&
      entry.generalPurposeBitFlag === (utf8 ? 0x0800 : 0) &&
      entry.lastModFileTime === 0 &&
      entry.lastModFileDate === OUR_DOS_DATE &&
      entry.fileNameRaw.equals(Buffer.from(entry.fileName, 'utf8')) &&
      next === entry.relativeOffsetOfLocalHeader + 30 + entry.fileNameLength + entry.compressedSize
    )
      canonical.add(entry);
  });
  return canonical;
}

/**
 * Raw-copy buffers, shared: each chunk is lent until the next one is asked for. Fresh 8 MiB
 * buffers for a gigabyte of media were garbage that glibc and V8 returned late, and peak RSS
 * grew by hundreds of megabytes.
 */
const spare: Buffer[] = [];
const borrow = () => spare.pop() ?? Buffer.allocUnsafeSlow(RAW_CHUNK);
const giveBack = (buffer: Buffer) => {
  if (spare.length < 3) spare.push(buffer);
};

/**
 * The bytes of a file from `start` to `end`, in large chunks, the next one read while the last
 * is used. A chunk is valid only until the next one is asked for: a consumer that keeps bytes
 * longer copies them.
 */
function chunks(fd: FileHandle, start: number, end: number, what: string): AsyncIterable<Uint8Array> {
  const readAt = async (at: number) => {
    const length = Math.min(RAW_CHUNK, end - at);
    const buffer = borrow();
    try {
      let done = 0;
      while (done < length) {
        const { bytesRead } = await fd.read(buffer, done, length - done, at + done);
        if (bytesRead === 0) throw new Error(`"${what}" is cut short`);
        done += bytesRead;
      }
    } catch (e) {
      giveBack(buffer);
      throw e;
    }
    return { buffer, length };
  };
  return (async function* () {
    let at = start;
    let next = at < end ? readAt(at) : null;
    try {
      while (next) {
        const { buffer, length } = await next;
        at += length;
        next = at < end ? readAt(at) : null;
        next?.catch(() => undefined); // a failure is thrown when awaited above
        yield buffer.subarray(0, length);
        giveBack(buffer);
      }
    } finally {
      // Abandoned half-way: take back the buffer of the read ahead, once it is done.
      void next?.then(
        ({ buffer }) => giveBack(buffer),
        () => undefined,
      );
    }
  })();
}

async function archive(
  zip: ZipFile,
  entries: Map<string, Entry>,
  path: string,
  centralStart: number,
): Promise<ZipArchive> {
  const open = (entry: Entry, decompress: boolean) =>
    new Promise<Readable>((resolve, reject) => {
      // yauzl refuses the decompress option for stored entries, whose bytes are the same either way.
      const options = entry.compressionMethod === 0 ? {} : { decompress };
      zip.openReadStream(entry, options, (error, readable) =>
        error || !readable ? reject(error ?? new Error('cannot read entry')) : resolve(readable),
      );
    });
  const stream = (entry: Entry) => open(entry, true);
  // yauzl reads through 16-64 KiB streams; copying a gigabyte of media that way cost several
  // times a `cp`. Raw copies read the file directly, through their own handle.
  let handle: Promise<FileHandle> | null = openFile(path, 'r');
  const file = () => (handle ??= openFile(path, 'r'));
  let identity: string;
  try {
    const info = await (await file()).stat();
    identity = `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}`;
  } catch (e) {
    zip.close();
    throw e;
  }
  const canonical = canonicalEntries(entries, centralStart);
  return {
    entries,
    path,
    origin: (entry) =>
      canonical.has(entry)
        ? { path, identity, name: entry.fileName, headerOffset: entry.relativeOffsetOfLocalHeader }
        : null,
    stream,
    async rawStream(entry) {
      const fd = await file();
      const header = Buffer.alloc(30);
      const offset = entry.relativeOffsetOfLocalHeader;
      const { bytesRead } = await fd.read(header, 0, 30, offset);
      if (bytesRead < 30 || header.readUInt32LE(0) !== 0x04034b50)
        throw new Error(`"${entry.fileName}": no local header where the central directory says`);
      const start = offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      return chunks(fd, start, start + entry.compressedSize, entry.fileName);
    },
    async rawRange(offset, length) {
      return chunks(await file(), offset, offset + length, basename(path));
    },
    async read(entry) {
      const chunks: Buffer[] = [];
      for await (const chunk of await stream(entry)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    close: () => {
      zip.close();
      void handle?.then((h) => h.close()).catch(() => undefined);
      handle = null;
    },
  };
}

export { Readable };
