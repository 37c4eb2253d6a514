/**
 * A streaming zip writer for packages and project files, on Node's native zlib: deflate runs
 * on the thread pool and `zlib.crc32` (Node 22.2+) computes checksums in C. Measured against
 * jszip, archiver, yazl and fflate (bench/), the JS CRC-32 of those libraries was the
 * bottleneck; this writer stays close to Info-ZIP `zip` with flat memory.
 *
 * It writes one entry at a time to a temp file beside the target, then renames it over the
 * target, so a failed or cancelled export leaves no partial file at the target path. Each
 * local header is written with placeholder sizes and patched in place once the entry is done,
 * so no data descriptors are needed (the most widely readable form). Timestamps are fixed, so
 * the same entries give byte-identical archives. No Zip64: an archive over 4 GiB or 65,535
 * entries is refused with a clear message.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, createDeflateRaw, deflateRaw } from 'node:zlib';
import { OerError } from '../core/errors';

const deflateRawAsync = promisify(deflateRaw);

/** Bytes of one entry: in memory, or produced on demand (read lazily, streamed when large). */
export type ZipData = Uint8Array | string | (() => Promise<Uint8Array> | AsyncIterable<Uint8Array>);

/** An entry of another zip, copied byte for byte: no inflating, no compressing again. */
export interface RawZipData {
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** The entry's bytes as stored. */
  open(): Promise<AsyncIterable<Uint8Array>>;
}

/** One file to write. */
export interface ZipEntry {
  path: string;
  data: ZipData;
  /** Deflate it (text), or store it as it is (media that are compressed already). */
  deflate: boolean;
  /** When set, `data` and `deflate` are ignored and these bytes are copied as they are. */
  raw?: RawZipData;
}

/** How far a write has got. */
export interface ZipProgress {
  entriesDone: number;
  entriesTotal: number;
  /** Uncompressed bytes read so far. */
  bytesIn: number;
}

/** Options of {@link writeZip}. */
export interface WriteZipOptions {
  /** Aborting stops the write and removes the temp file; the target is left untouched. */
  signal?: AbortSignal;
  onProgress?: (progress: ZipProgress) => void;
  /** zlib level. @default 6 (Info-ZIP's default) */
  level?: number;
  /**
   * Flush the file to disk before the rename, so that even a power cut leaves the old file or
   * the new one. Project saves need it; an export, which can simply be run again, skips it.
   * @default true
   */
  durable?: boolean;
}

/** DOS date and time of 2020-01-01 00:00: every entry gets it, so output is reproducible. */
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const MAX32 = 0xffffffff;
/** Chunks of a large stored entry are gathered up to this size before each write. */
const WRITE_BATCH = 1 << 20;

interface CentralRecord {
  name: Buffer;
  utf8: boolean;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function tooLarge(what: string): OerError {
  return new OerError(
    'export-failed',
    `The package is too large for a zip file (${what}); split the course into smaller ones.`,
  );
}

function cancelled(): OerError {
  return new OerError('export-failed', 'The export was cancelled.');
}

/** Writes `entries` in order as a zip at `path`, atomically; resolves with the archive size. */
export async function writeZip(
  path: string,
  entries: readonly ZipEntry[],
  options: WriteZipOptions = {},
): Promise<number> {
  const { signal, onProgress, level = 6, durable = true } = options;
  if (entries.length > 0xffff) throw tooLarge(`${entries.length} files; at most 65,535`);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx');
    const file = handle;
    let position = 0;
    const write = async (bytes: Uint8Array) => {
      await file.write(bytes, 0, bytes.length, position);
      position += bytes.length;
    };
    const central: CentralRecord[] = [];
    let bytesIn = 0;
    for (const [index, entry] of entries.entries()) {
      if (signal?.aborted) throw cancelled();
      const name = Buffer.from(entry.path, 'utf8');
      const utf8 = !/^[\x20-\x7e]*$/.test(entry.path);
      const method = entry.raw ? entry.raw.method : entry.deflate ? 8 : 0;
      const offset = position;
      await write(localHeader(name, utf8, method, 0, 0, 0));
      const { crc, size, compressed } = await writeData(entry, write, level, signal);
      bytesIn += size;
      if (size > MAX32 || compressed > MAX32 || position > MAX32)
        throw tooLarge(`${entry.path} goes past 4 GiB`);
      const patch = Buffer.alloc(12);
      patch.writeUInt32LE(crc, 0);
      patch.writeUInt32LE(compressed, 4);
      patch.writeUInt32LE(size, 8);
      await file.write(patch, 0, 12, offset + 14);
      central.push({ name, utf8, method, crc, compressed, size, offset });
      onProgress?.({ entriesDone: index + 1, entriesTotal: entries.length, bytesIn });
    }
    const centralStart = position;
    for (const record of central) await write(centralHeader(record));
    const centralSize = position - centralStart;
    if (position > MAX32) throw tooLarge('over 4 GiB in all');
    await write(endOfCentralDirectory(central.length, centralSize, centralStart));
    if (durable) await file.sync();
    await file.close();
    handle = undefined;
    await rename(temp, path);
    return position;
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

/** Writes one entry's bytes; returns their CRC-32, size and size as written. */
async function writeData(
  entry: ZipEntry,
  write: (bytes: Uint8Array) => Promise<void>,
  level: number,
  signal: AbortSignal | undefined,
): Promise<{ crc: number; size: number; compressed: number }> {
  let crc = 0;
  let size = 0;
  let compressed = 0;
  const batch = batcher(async (bytes) => {
    compressed += bytes.length;
    await write(bytes);
  });
  const check = () => {
    if (signal?.aborted) throw cancelled();
  };
  if (entry.raw) {
    // A copy from another zip: its checksum and sizes are known, and its bytes go as they are.
    for await (const chunk of await entry.raw.open()) {
      check();
      await batch.add(chunk);
    }
    await batch.flush();
    if (compressed !== entry.raw.compressedSize) {
      throw new Error(`${entry.path}: copied ${compressed} bytes, expected ${entry.raw.compressedSize}`);
    }
    return { crc: entry.raw.crc32, size: entry.raw.size, compressed };
  }
  const count = (chunk: Uint8Array) => {
    crc = crc32(chunk, crc);
    size += chunk.length;
  };
  const source = typeof entry.data === 'function' ? entry.data() : entry.data;
  if (typeof source === 'string' || source instanceof Uint8Array || source instanceof Promise) {
    // Data in one piece (lesson pages, manifests, small assets): one deflate call on the thread pool.
    const whole = await source;
    const bytes = typeof whole === 'string' ? Buffer.from(whole, 'utf8') : whole;
    count(bytes);
    await batch.add(entry.deflate ? await deflateRawAsync(bytes, { level }) : bytes);
  } else if (entry.deflate) {
    const deflater = createDeflateRaw({ level });
    const drain = (async () => {
      for await (const out of deflater as AsyncIterable<Buffer>) await batch.add(out);
    })();
    try {
      for await (const chunk of source) {
        check();
        count(chunk);
        if (!deflater.write(chunk)) await once(deflater, 'drain');
      }
      deflater.end();
    } catch (e) {
      deflater.destroy();
      await drain.catch(() => undefined);
      throw e;
    }
    await drain;
  } else {
    for await (const chunk of source) {
      check();
      count(chunk);
      await batch.add(chunk);
    }
  }
  await batch.flush();
  return { crc, size, compressed };
}

/**
 * Gathers small chunks (readers hand out 16–64 KiB) into writes of about 1 MiB: one positional
 * write per chunk made copying a large video several times slower than `cp`.
 */
function batcher(write: (bytes: Uint8Array) => Promise<void>) {
  let chunks: Uint8Array[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const out = chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks, size);
    chunks = [];
    size = 0;
    await write(out);
  };
  return {
    flush,
    async add(chunk: Uint8Array) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= WRITE_BATCH) await flush();
    },
  };
}

/** Bit 11 of the general-purpose flag: the name is UTF-8. */
function flags(utf8: boolean): number {
  return utf8 ? 0x0800 : 0;
}

function localHeader(
  name: Buffer,
  utf8: boolean,
  method: number,
  crc: number,
  compressed: number,
  size: number,
): Buffer {
  const header = Buffer.alloc(30 + name.length);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  header.writeUInt16LE(flags(utf8), 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(compressed, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  name.copy(header, 30);
  return header;
}

function centralHeader(r: CentralRecord): Buffer {
  const header = Buffer.alloc(46 + r.name.length);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE((3 << 8) | 20, 4); // made by: UNIX, spec 2.0, so permissions below apply
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(flags(r.utf8), 8);
  header.writeUInt16LE(r.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(r.crc, 16);
  header.writeUInt32LE(r.compressed, 20);
  header.writeUInt32LE(r.size, 24);
  header.writeUInt16LE(r.name.length, 28);
  header.writeUInt16LE(0, 30); // extra
  header.writeUInt16LE(0, 32); // comment
  header.writeUInt16LE(0, 34); // disk
  header.writeUInt16LE(0, 36); // internal attributes
  header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
  header.writeUInt32LE(r.offset, 42);
  r.name.copy(header, 46);
  return header;
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}
