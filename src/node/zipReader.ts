/**
 * Reading zips with yauzl, which exposes each entry (name, sizes, method) from the central
 * directory before inflating anything, and reads entries lazily from one open file.
 */
import { open as openFile, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { OerError, isOerError } from '../core/errors';
import { msg, type Message } from '../core/messages/message';
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
  /**
   * Set when the zip's directory could not be read and its entries were recovered by walking
   * the file from the start (see {@link OpenZipOptions.recover}): only whole entries are listed.
   */
  recovered?: RecoveredZip;
}

/** How a zip without a readable directory was recovered (see {@link OpenZipOptions.recover}). */
export interface RecoveredZip {
  /**
   * Why the walk stopped: `cut`, the file ends inside an entry or right after one (a copy or a
   * download that did not finish); `directory`, it reached the directory at the end, which is
   * cut or damaged; `damaged`, it reached bytes that are not an entry.
   */
  stop: 'cut' | 'directory' | 'damaged';
  /** The name of the entry that the end of the file cut through, when its header was whole. */
  cutEntry?: string;
  /** Where the last whole entry ends: everything listed lies before. */
  end: number;
}

/** Options of {@link openZip}. */
export interface OpenZipOptions {
  /**
   * When the directory at the end cannot be read (the file was cut short), walk the entries'
   * local headers from the start instead and list every whole entry found before the cut.
   * Only for zips whose local headers carry real sizes (ours do: no data descriptors).
   * @default false
   */
  recover?: boolean;
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
export function unsafeEntry(entry: Pick<Entry, 'fileName' | 'externalFileAttributes'>): Message | null {
  const name = entry.fileName;
  if (name.includes('\\')) return msg('zip.backslashes', { name });
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return msg('zip.absolutePath', { name });
  if (name.split('/').includes('..')) return msg('zip.climbsOut', { name });
  if (name.includes('\0')) return msg('zip.nulCharacter', { name });
  if (((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000) return msg('zip.symlink', { name });
  return null;
}

/**
 * Opens a zip file and lists its central directory, reading no entry data. Refuses, before
 * inflating anything, unsafe names, symbolic links, duplicate names (also those that differ
 * only in case, which collide on Windows and macOS) and anything over `limits`; yauzl then checks
 * that every entry inflates to exactly its declared size.
 *
 * With `recover`, a zip whose directory cannot be read (a file cut short) is opened through a
 * virtual copy: its bytes up to the end of the last whole entry, followed by a directory made
 * from the local headers found there (see {@link scanLocalHeaders}). Every check above still
 * applies, and entries stay at their real offsets, so raw reads and copies read the real file.
 */
export async function openZip(
  path: string,
  limits: ZipLimits = DEFAULT_LIMITS,
  { recover = false }: OpenZipOptions = {},
): Promise<ZipArchive> {
  const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true };
  let zip: ZipFile;
  try {
    zip = await new Promise<ZipFile>((resolve, reject) =>
      yauzl.open(path, options, (error, opened) =>
        error || !opened ? reject(error ?? new Error('cannot open zip')) : resolve(opened),
      ),
    );
  } catch (e) {
    if (!recover || (e as NodeJS.ErrnoException).code) throw e;
    return recovered(path, limits, options, e);
  }
  try {
    return await listed(zip, path, limits);
  } catch (e) {
    // A directory that starts well but breaks: walk the entries instead. Refusals stand.
    if (!recover || isOerError(e) || (e as NodeJS.ErrnoException).code) throw e;
    return recovered(path, limits, options, e);
  }
}

/** Lists the entries of an opened zip, refusing what {@link openZip} refuses. */
function listed(zip: ZipFile, path: string, limits: ZipLimits, recovery?: RecoveredZip): Promise<ZipArchive> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    const folded = new Set<string>();
    let total = 0;
    const refuse = (why: Message) => {
      zip.close();
      reject(new OerError('unsafe-zip', msg('zip.unsafe', { why })));
    };
    if (zip.entryCount > limits.maxEntries) {
      return refuse(msg('zip.tooManyEntries', { count: zip.entryCount, max: limits.maxEntries }));
    }
    zip.on('entry', (entry: Entry) => {
      const unsafe = unsafeEntry(entry);
      if (unsafe) return refuse(unsafe);
      const key = entry.fileName.toLowerCase();
      if (folded.has(key)) return refuse(msg('zip.duplicate', { name: entry.fileName }));
      folded.add(key);
      total += entry.uncompressedSize;
      if (entry.uncompressedSize > limits.maxEntrySize)
        return refuse(msg('zip.entryTooLarge', { name: entry.fileName, max: limits.maxEntrySize }));
      if (total > limits.maxTotalSize) return refuse(msg('zip.totalTooLarge', { max: limits.maxTotalSize }));
      if (
        entry.uncompressedSize > 2 ** 20 &&
        entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio
      ) {
        return refuse(
          msg('zip.bomb', {
            name: entry.fileName,
            ratio: Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize)),
          }),
        );
      }
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    const centralStart = zip.readEntryCursor as unknown as number;
    zip.once('end', () => archive(zip, entries, path, centralStart, recovery).then(resolve, reject));
    zip.once('error', (e: Error) => {
      // yauzl checks names itself before we see them; say what it found in our words.
      const name = /^(?:invalid characters in fileName|absolute path|invalid relative path): (.*)$/.exec(
        e.message,
      )?.[1];
      if (name !== undefined)
        return refuse(
          unsafeEntry({ fileName: name, externalFileAttributes: 0 }) ?? msg('zip.unsafeName', { name }),
        );
      zip.close();
      reject(e);
    });
    zip.readEntry();
  });
}

/** A local header's signature: every entry's data follows one. */
const LOCAL_HEADER = 0x04034b50;
/** Headers are read this much at a time: lessons are small, so one read finds many. */
const SCAN_WINDOW = 64 * 1024;

/** An entry found by walking local headers: the fields a central directory record repeats. */
interface ScannedEntry {
  offset: number;
  /** The local header's bytes 4-30: version, flags, method, time, date, CRC-32, sizes. */
  fields: Buffer;
  name: Buffer;
  compressedSize: number;
}

/** What {@link scanLocalHeaders} found. */
interface Scan {
  entries: ScannedEntry[];
  recovered: RecoveredZip;
}

/**
 * Walks the local headers of a zip from the start, as far as they form whole entries one after
 * another: it stops at the end of the file, at the first entry whose header or data is not
 * wholly in the file, and at anything that is not a plain local header (the directory, damage,
 * a data descriptor, encryption, Zip64, an unknown method), whose size cannot be trusted.
 * Headers are read in bounded windows, and at most `maxEntries + 1` are listed (one more than
 * allowed, so the usual refusal follows); the file is never read whole.
 */
async function scanLocalHeaders(fd: FileHandle, size: number, maxEntries: number): Promise<Scan> {
  const entries: ScannedEntry[] = [];
  let window = Buffer.alloc(0);
  let windowAt = 0;
  /** `length` bytes at `at`, from the window when it holds them; fewer at the end of the file. */
  const bytesAt = async (at: number, length: number): Promise<Buffer> => {
    if (at >= windowAt && at + length <= windowAt + window.length) {
      return window.subarray(at - windowAt, at - windowAt + length);
    }
    const want = Math.min(Math.max(length, SCAN_WINDOW), size - at);
    const buffer = Buffer.alloc(Math.max(0, want));
    let done = 0;
    while (done < want) {
      const { bytesRead } = await fd.read(buffer, done, want - done, at + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    window = buffer.subarray(0, done);
    windowAt = at;
    return window.subarray(0, Math.min(length, done));
  };
  let at = 0;
  const stop = (why: RecoveredZip['stop'], cutEntry?: string): Scan => {
    // A streamed entry's header is written with zero sizes and patched once the entry is done:
    // an empty entry followed by no header is most likely one whose patch never came.
    const last = entries[entries.length - 1];
    if (why === 'damaged' && last && last.compressedSize === 0 && last.fields.readUInt32LE(10) === 0) {
      entries.pop();
      at = last.offset;
    }
    return { entries, recovered: { stop: why, end: at, ...(cutEntry === undefined ? {} : { cutEntry }) } };
  };
  while (entries.length <= maxEntries && entries.length < 0xffff) {
    if (at + 30 > size) return stop('cut');
    const header = await bytesAt(at, 30);
    const signature = header.readUInt32LE(0);
    if (signature === 0x02014b50 || signature === 0x06054b50) return stop('directory');
    if (signature !== LOCAL_HEADER) return stop('damaged');
    const flags = header.readUInt16LE(6);
    const method = header.readUInt16LE(8);
    const compressedSize = header.readUInt32LE(18);
    const uncompressedSize = header.readUInt32LE(22);
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    if (
      flags & 0x0009 || // encrypted, or sizes in a data descriptor after the data
      (method !== 0 && method !== 8) ||
      (method === 0 && compressedSize !== uncompressedSize) ||
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      nameLength === 0
    )
      return stop('damaged');
    const fields = Buffer.from(header.subarray(4, 30));
    if (at + 30 + nameLength > size) return stop('cut');
    const name = Buffer.from(await bytesAt(at + 30, nameLength));
    const dataEnd = at + 30 + nameLength + extraLength + compressedSize;
    if (dataEnd > size) return stop('cut', name.toString(flags & 0x0800 ? 'utf8' : 'latin1'));
    if (dataEnd > 0xffffffff) return stop('damaged'); // beyond what a zip without Zip64 addresses
    entries.push({ offset: at, fields, name, compressedSize });
    at = dataEnd;
  }
  return { entries, recovered: { stop: 'damaged', end: at } };
}

/**
 * A central directory and end record for entries found by {@link scanLocalHeaders}, as if
 * written right after them: each record repeats its local header, with no extra field, no
 * comment and plain file attributes.
 */
function synthesizedDirectory(entries: ScannedEntry[], start: number): Buffer {
  const records = entries.map((entry) => {
    const record = Buffer.alloc(46 + entry.name.length);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4); // made by: MS-DOS, spec 2.0; no UNIX mode, so never a link
    entry.fields.copy(record, 6, 0, 22); // version needed … uncompressed size, as in the local header
    record.writeUInt16LE(entry.name.length, 28);
    record.writeUInt32LE(entry.offset, 42);
    entry.name.copy(record, 46);
    return record;
  });
  const directory = Buffer.concat(records);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(start, 16);
  return Buffer.concat([directory, end]);
}

/**
 * A zip file as yauzl sees it when recovered: the real file's bytes up to `end`, then `tail`
 * (the synthesized directory), read from one handle in bounded chunks.
 */
class RecoveredReader extends yauzl.RandomAccessReader {
  constructor(
    private readonly fd: FileHandle,
    private readonly end: number,
    private readonly tail: Buffer,
  ) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const { fd, tail } = this;
    const realEnd = Math.min(end, this.end);
    const tailStart = this.end;
    return Readable.from(
      (async function* () {
        for (let at = start; at < realEnd;) {
          const buffer = Buffer.allocUnsafe(Math.min(SCAN_WINDOW, realEnd - at));
          const { bytesRead } = await fd.read(buffer, 0, buffer.length, at);
          if (bytesRead === 0) throw new Error('unexpected end of file');
          at += bytesRead;
          yield buffer.subarray(0, bytesRead);
        }
        if (end > tailStart) yield tail.subarray(Math.max(0, start - tailStart), end - tailStart);
      })(),
      { objectMode: false },
    );
  }

  override close(callback: (err: Error | null) => void): void {
    this.fd.close().then(
      () => callback(null),
      (e: Error) => callback(e),
    );
  }
}

/**
 * Opens a zip whose directory cannot be read by walking its local headers (see
 * {@link OpenZipOptions.recover}). A file that does not even start with a local header is no
 * zip: `original`, yauzl's error, is thrown again.
 */
async function recovered(
  path: string,
  limits: ZipLimits,
  options: yauzl.Options,
  original: unknown,
): Promise<ZipArchive> {
  const fd = await openFile(path, 'r');
  let zip: ZipFile;
  let scan: Scan;
  try {
    const { size } = await fd.stat();
    const head = Buffer.alloc(4);
    const { bytesRead } = await fd.read(head, 0, 4, 0);
    if (bytesRead < 4 || head.readUInt32LE(0) !== LOCAL_HEADER) throw original;
    scan = await scanLocalHeaders(fd, size, limits.maxEntries);
    const tail = synthesizedDirectory(scan.entries, scan.recovered.end);
    const reader = new RecoveredReader(fd, scan.recovered.end, tail);
    zip = await new Promise<ZipFile>((resolve, reject) =>
      yauzl.fromRandomAccessReader(reader, scan.recovered.end + tail.length, options, (error, opened) =>
        error || !opened ? reject(error ?? new Error('cannot open zip')) : resolve(opened),
      ),
    );
  } catch (e) {
    await fd.close().catch(() => undefined);
    throw e;
  }
  return listed(zip, path, limits, scan.recovered);
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
  recovery?: RecoveredZip,
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
    ...(recovery ? { recovered: recovery } : {}),
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
