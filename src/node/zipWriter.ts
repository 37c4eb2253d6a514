/**
 * A streaming zip writer for packages and project files, on Node's native zlib: deflate runs
 * on the thread pool and `zlib.crc32` (Node 22.2+) computes checksums in C. Measured against
 * jszip, archiver, yazl and fflate (bench/), the JS CRC-32 of those libraries was the
 * bottleneck; this writer stays close to Info-ZIP `zip` with flat memory.
 *
 * It writes the entries in order to a temp file beside the target, then renames it over the
 * target, so a failed or cancelled export leaves no partial file at the target path. Entries
 * held in memory (lesson pages, manifests) are prepared a few ahead of the one being written:
 * rendered on the main thread while earlier ones deflate on the thread pool, so both cores
 * work. Entries copied from another zip go byte for byte: a run of them lying one after another
 * in their file goes as one ranged copy, and when the first entries lie at the very offsets of
 * their file (a save after an edit), the file is first copied whole in the kernel (`copyFile`:
 * copy_file_range or a reflink) and written on from the end of that stretch. Only a streamed
 * entry's local header
 * is written with placeholder sizes and patched in place once the entry is done, so no data
 * descriptors are needed (the most widely readable form). Timestamps are fixed, so the same
 * entries give byte-identical archives. No Zip64: an archive over 4 GiB or 65,535 entries is
 * refused with a clear message.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { constants } from 'node:fs';
import { copyFile, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, createDeflateRaw, deflateRaw } from 'node:zlib';
import { OerError } from '../core/errors';
import { msg, type Message } from '../core/messages/message';
import type { RawEntry, RawOrigin } from '../core/project/rawEntry';

const deflateRawAsync = promisify(deflateRaw);

/** Bytes of one entry: in memory, or produced on demand (read lazily, streamed when large). */
export type ZipData = Uint8Array | string | (() => Promise<Uint8Array> | AsyncIterable<Uint8Array>);

/** An entry of another zip, copied byte for byte: no inflating, no compressing again. */
export type RawZipData = RawEntry;

/** One file to write. */
export interface ZipEntry {
  path: string;
  data: ZipData;
  /** Deflate it (text), or store it as it is (media that are compressed already). */
  deflate: boolean;
  /** When set, `data` and `deflate` are ignored and these bytes are copied as they are. */
  raw?: RawZipData;
  /** Copied instead of `data` when `data` turns out to have its CRC-32 and size (an unchanged lesson). */
  reuse?: RawZipData;
}

/** An entry as written, for checking the archive afterwards. */
export interface WrittenEntry {
  path: string;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Compressed (or stored) by this write, rather than copied from another zip. */
  fresh: boolean;
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
  /**
   * Checks the temp file once it is complete, before it is flushed and renamed (a project save
   * reads it back); throwing abandons the write and leaves the target untouched.
   */
  check?: (tempPath: string, entries: WrittenEntry[]) => Promise<void>;
  /** Runs just before the rename over the target (a project save keeps the previous file as a backup). */
  beforeRename?: () => Promise<void>;
}

/** DOS date and time of 2020-01-01 00:00: every entry gets it, so output is reproducible. */
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const MAX32 = 0xffffffff;
/** Small chunks (headers, pages) are gathered up to this size before each write. */
const WRITE_BATCH = 1 << 20;
/** How many entries are prepared (rendered, deflated) ahead of the one being written. */
const LOOKAHEAD = 6;

interface CentralRecord {
  /**
   * The entry's path. Kept as a string, not bytes: small Buffers are slices of 64 KiB pool
   * blocks, and a name kept per entry held a block each (21 MB for a 400-lesson export).
   */
  path: string;
  utf8: boolean;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function tooLarge(what: Message): OerError {
  return new OerError('export-failed', msg('export.zipTooLarge', { what }));
}

function cancelled(): OerError {
  return new OerError('export-failed', msg('export.cancelled'));
}

/** An entry made ready to write: bytes (deflated if asked), a raw copy, or a stream to read then. */
type Prepared =
  | { kind: 'bytes'; method: number; crc: number; size: number; out: Uint8Array }
  | { kind: 'raw'; raw: RawZipData }
  | { kind: 'stream'; source: AsyncIterable<Uint8Array> };

/**
 * Prepares one entry. Data in one piece (lesson pages, manifests, small assets) is checksummed
 * here and deflated by one call on the thread pool; streamed data is left to the writer.
 */
async function prepare(entry: ZipEntry, level: number): Promise<Prepared> {
  if (entry.raw) return { kind: 'raw', raw: entry.raw };
  const source = typeof entry.data === 'function' ? entry.data() : entry.data;
  if (typeof source !== 'string' && !(source instanceof Uint8Array) && !(source instanceof Promise))
    return { kind: 'stream', source };
  const whole = await source;
  const bytes = typeof whole === 'string' ? Buffer.from(whole, 'utf8') : whole;
  const crc = crc32(bytes);
  const reuse = entry.reuse;
  if (reuse && reuse.crc32 === crc && reuse.size === bytes.length) return { kind: 'raw', raw: reuse };
  const out = entry.deflate ? await deflateRawAsync(bytes, { level }) : bytes;
  return { kind: 'bytes', method: entry.deflate ? 8 : 0, crc, size: bytes.length, out };
}

/**
 * A temp name beside `path` (`.<name>.<12 hex digits>.<suffix>`), in the same folder so a rename
 * can replace `path` atomically. `sweepOrphanTemps` in projectIo removes those a killed process left.
 */
export function tempPath(path: string, suffix: 'part' | 'tmp'): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.${suffix}`);
}

/** Writes `entries` in order as a zip at `path`, atomically; resolves with the archive size. */
export async function writeZip(
  path: string,
  entries: readonly ZipEntry[],
  options: WriteZipOptions = {},
): Promise<number> {
  const { signal, onProgress, level = 6, durable = true, check, beforeRename } = options;
  if (entries.length > 0xffff) throw tooLarge(msg('export.tooManyFiles', { count: entries.length }));
  const temp = tempPath(path, 'part');
  let handle: FileHandle | undefined;
  const pending: (Promise<Prepared> | undefined)[] = [];
  const started: boolean[] = [];
  const start = (i: number) => {
    const entry = entries[i];
    if (!entry || started[i]) return;
    started[i] = true;
    const prepared = prepare(entry, level);
    prepared.catch(() => undefined); // thrown when its turn comes
    pending[i] = prepared;
  };
  try {
    const prefix = await copiedPrefix(entries);
    // The first entries lie at the same offsets in the file they come from: copy that file in
    // the kernel, then write on from the end of that stretch. Windows' CopyFile may refuse a
    // destination that is open, so there the copy comes first and nothing is flushed during it.
    if (prefix && process.platform === 'win32') {
      await copyFile(prefix.path, temp, constants.COPYFILE_EXCL);
      handle = await open(temp, 'r+');
    } else {
      handle = await open(temp, 'wx');
      if (prefix) await kernelCopy(prefix.path, temp, handle, durable);
    }
    const out = writer(handle, prefix?.end ?? 0);
    const central: CentralRecord[] = prefix?.records ?? [];
    const written: WrittenEntry[] = central.map((r, i) => ({
      path: (entries[i] as ZipEntry).path,
      method: r.method,
      crc32: r.crc,
      compressedSize: r.compressed,
      size: r.size,
      fresh: false,
    }));
    let bytesIn = central.reduce((sum, r) => sum + r.size, 0);
    for (let index = central.length; index < entries.length; index++) {
      const entry = entries[index] as ZipEntry;
      if (signal?.aborted) throw cancelled();
      const stretch = entry.raw ? rawStretch(entries, index) : 0;
      if (stretch > 1) {
        // Entries lying one after another in the file they come from, local headers included:
        // one ranged copy, whatever their number (the lessons after an edited one).
        const first = entry.raw as RawZipData;
        const from = (first.origin as RawOrigin).headerOffset;
        const base = out.position;
        let length = 0;
        for (let i = index; i < index + stretch; i++) {
          const e = entries[i] as ZipEntry;
          const raw = e.raw as RawZipData;
          const offset = base + ((raw.origin as RawOrigin).headerOffset - from);
          const record = {
            method: raw.method,
            crc: raw.crc32,
            size: raw.size,
            compressed: raw.compressedSize,
          };
          central.push({ path: e.path, utf8: !/^[\x20-\x7e]*$/.test(e.path), offset, ...record });
          written.push({
            path: e.path,
            method: raw.method,
            crc32: raw.crc32,
            compressedSize: raw.compressedSize,
            size: raw.size,
            fresh: false,
          });
          bytesIn += raw.size;
          length += 30 + Buffer.byteLength(e.path) + raw.compressedSize;
        }
        let copied = 0;
        for await (const chunk of await (
          first.openStretch as (n: number) => Promise<AsyncIterable<Uint8Array>>
        )(length)) {
          if (signal?.aborted) throw cancelled();
          copied += chunk.length;
          await out.add(chunk, true);
        }
        if (copied !== length) throw new Error(`${entry.path}: copied ${copied} bytes, expected ${length}`);
        if (out.position > MAX32) throw tooLarge(msg('export.over4GiB'));
        index += stretch - 1;
        onProgress?.({ entriesDone: index + 1, entriesTotal: entries.length, bytesIn });
        continue;
      }
      for (let i = index; i <= index + LOOKAHEAD; i++) start(i);
      const prepared = await (pending[index] as Promise<Prepared>);
      pending[index] = undefined;
      // Prepared ahead, perhaps while a cancel came: it is honoured before anything is written.
      if (signal?.aborted) throw cancelled();
      const name = Buffer.from(entry.path, 'utf8');
      const utf8 = !/^[\x20-\x7e]*$/.test(entry.path);
      const offset = out.position;
      let record: { method: number; crc: number; size: number; compressed: number };
      if (prepared.kind === 'bytes') {
        const { method, crc, size } = prepared;
        record = { method, crc, size, compressed: prepared.out.length };
        await out.add(localHeader(name, utf8, method, crc, record.compressed, size));
        await out.add(prepared.out);
      } else if (prepared.kind === 'raw') {
        const raw = prepared.raw;
        record = { method: raw.method, crc: raw.crc32, size: raw.size, compressed: raw.compressedSize };
        await out.add(localHeader(name, utf8, raw.method, raw.crc32, raw.compressedSize, raw.size));
        let copied = 0;
        for await (const chunk of await raw.open()) {
          if (signal?.aborted) throw cancelled();
          copied += chunk.length;
          await out.add(chunk, true);
        }
        if (copied !== raw.compressedSize)
          throw new Error(`${entry.path}: copied ${copied} bytes, expected ${raw.compressedSize}`);
      } else {
        const method = entry.deflate ? 8 : 0;
        await out.add(localHeader(name, utf8, method, 0, 0, 0));
        const start = out.position;
        const { crc, size } = await writeStream(entry.deflate, prepared.source, out, level, signal);
        record = { method, crc, size, compressed: out.position - start };
        const patch = Buffer.alloc(12);
        patch.writeUInt32LE(crc, 0);
        patch.writeUInt32LE(record.compressed, 4);
        patch.writeUInt32LE(size, 8);
        await out.patch(patch, offset + 14);
      }
      bytesIn += record.size;
      if (record.size > MAX32 || record.compressed > MAX32 || out.position > MAX32)
        throw tooLarge(msg('export.entryPast4GiB', { path: entry.path }));
      central.push({ path: entry.path, utf8, offset, ...record });
      written.push({
        path: entry.path,
        method: record.method,
        crc32: record.crc,
        compressedSize: record.compressed,
        size: record.size,
        fresh: prepared.kind !== 'raw',
      });
      onProgress?.({ entriesDone: index + 1, entriesTotal: entries.length, bytesIn });
    }
    const centralStart = out.position;
    for (const record of central) await out.add(centralHeader(record));
    const centralSize = out.position - centralStart;
    if (out.position > MAX32) throw tooLarge(msg('export.over4GiB'));
    await out.add(endOfCentralDirectory(central.length, centralSize, centralStart));
    await out.flush();
    if (prefix) await handle.truncate(out.position); // the copied file's old tail
    await check?.(temp, written);
    if (durable) await handle.sync();
    await handle.close();
    handle = undefined;
    await beforeRename?.();
    // The last moment a cancel can still leave the target as it was.
    if (signal?.aborted) throw cancelled();
    await rename(temp, path);
    if (durable) await syncFolder(dirname(path));
    return out.position;
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

/**
 * Copies the file `from` over `to`, just created and open as `handle`, in the kernel: a reflink
 * where the file system has them (APFS, Btrfs, XFS), so no bytes are copied at all, else
 * copy_file_range. With `flush`, what is copied so far is flushed to disk while the copy goes
 * on, so the save's final fsync finds little left to write: copying then flushing a 1 GB
 * project took 1.05-1.9 s on ext4 here, copying while flushing 0.97-1.24 s.
 */
async function kernelCopy(from: string, to: string, handle: FileHandle, flush: boolean): Promise<void> {
  let copying = true;
  const copied = copyFile(from, to, constants.COPYFILE_FICLONE).finally(() => {
    copying = false;
  });
  copied.catch(() => undefined); // thrown when awaited below, even if a flush fails first
  while (flush && copying) {
    await handle.datasync();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await copied;
}

/**
 * How many entries from `index` on are raw copies lying one after another, local headers
 * included (see `RawEntry.origin`), in the same file.
 */
function rawStretch(entries: readonly ZipEntry[], index: number): number {
  const first = entries[index]?.raw;
  const origin = first?.origin;
  if (!first?.openStretch || !origin || origin.name !== entries[index]?.path) return 0;
  let count = 1;
  let next = origin.headerOffset + 30 + Buffer.byteLength(origin.name) + first.compressedSize;
  for (let i = index + 1; i < entries.length; i++) {
    const raw = entries[i]?.raw;
    const at = raw?.origin;
    if (!raw || !at || at.path !== origin.path || at.identity !== origin.identity) break;
    if (at.name !== entries[i]?.path || at.headerOffset !== next) break;
    next += 30 + Buffer.byteLength(at.name) + raw.compressedSize;
    count++;
  }
  return count;
}

/** Below this, copying the previous file first is not worth a second pass over its tail. */
const MIN_PREFIX = 4 * 1024 * 1024;

/**
 * The leading entries that are raw copies lying at exactly the same offsets of one file, with
 * local headers exactly as ours (see `RawEntry.origin`): a save after an edit finds every asset,
 * and every lesson before the edited one, there. Null when there are none worth copying, or when
 * the file on disk is no longer the one the entries were read from.
 */
async function copiedPrefix(
  entries: readonly ZipEntry[],
): Promise<{ path: string; end: number; records: CentralRecord[] } | null> {
  let origin: RawOrigin | undefined;
  let position = 0;
  const records: CentralRecord[] = [];
  for (const entry of entries) {
    const raw = entry.raw ?? reusable(entry);
    const at = raw?.origin;
    if (!raw || !at || at.name !== entry.path || at.headerOffset !== position) break;
    if (origin && (at.path !== origin.path || at.identity !== origin.identity)) break;
    origin ??= at;
    const utf8 = !/^[\x20-\x7e]*$/.test(entry.path);
    records.push({
      path: entry.path,
      utf8,
      method: raw.method,
      crc: raw.crc32,
      compressed: raw.compressedSize,
      size: raw.size,
      offset: position,
    });
    position += 30 + Buffer.byteLength(entry.path) + raw.compressedSize;
  }
  if (!origin || position < MIN_PREFIX) return null;
  const info = await stat(origin.path).catch(() => null);
  if (!info || `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}` !== origin.identity) return null;
  return { path: origin.path, end: position, records };
}

/** An entry's `reuse`, when its data is in memory and is exactly those bytes (the `mimetype`). */
function reusable(entry: ZipEntry): RawZipData | undefined {
  const { reuse, data } = entry;
  if (!reuse || !(typeof data === 'string' || data instanceof Uint8Array)) return undefined;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return bytes.length === reuse.size && crc32(bytes) === reuse.crc32 ? reuse : undefined;
}

/**
 * Flushes a folder, so that a rename in it survives a power cut. Not possible on Windows,
 * where opening a folder fails, and where the rename is durable once it returns.
 */
export async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows (EISDIR/EPERM), or a file system that cannot sync folders: nothing more to do.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Streams one entry's bytes, deflating them if asked; returns their CRC-32 and size. */
async function writeStream(
  deflate: boolean,
  source: AsyncIterable<Uint8Array>,
  out: Writer,
  level: number,
  signal: AbortSignal | undefined,
): Promise<{ crc: number; size: number }> {
  let crc = 0;
  let size = 0;
  const check = () => {
    if (signal?.aborted) throw cancelled();
  };
  const count = (chunk: Uint8Array) => {
    crc = crc32(chunk, crc);
    size += chunk.length;
  };
  if (deflate) {
    const deflater = createDeflateRaw({ level });
    const drain = (async () => {
      for await (const chunk of deflater as AsyncIterable<Buffer>) await out.add(chunk);
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
      await out.add(chunk);
    }
  }
  return { crc, size };
}

interface Writer {
  /** Bytes added so far: the archive offset of the next byte. */
  readonly position: number;
  /** Adds bytes; `lent` bytes are copied if they are kept past the call. */
  add(bytes: Uint8Array, lent?: boolean): Promise<void>;
  flush(): Promise<void>;
  /** Overwrites bytes already added (a local header's sizes). */
  patch(bytes: Uint8Array, at: number): Promise<void>;
}

/**
 * Appends to a file, gathering small chunks (headers, pages, 16–64 KiB stream chunks) into one
 * vectored write of about 1 MiB: one write per chunk made copying a large video several times
 * slower than `cp`. Large chunks go out as they are, with whatever is pending, in one `writev`.
 */
function writer(file: FileHandle, start: number): Writer {
  let chunks: Uint8Array[] = [];
  let pendingSize = 0;
  let flushed = start;
  const flush = async () => {
    if (pendingSize === 0) return;
    const out = chunks;
    const size = pendingSize;
    chunks = [];
    pendingSize = 0;
    let done = 0;
    while (done < size) {
      const { bytesWritten } = await file.writev(done === 0 ? out : remaining(out, done), flushed + done);
      done += bytesWritten;
    }
    flushed += size;
  };
  return {
    get position() {
      return flushed + pendingSize;
    },
    flush,
    async add(bytes, lent = false) {
      if (bytes.length === 0) return;
      const flushNow = pendingSize + bytes.length >= WRITE_BATCH || chunks.length >= 511;
      chunks.push(lent && !flushNow ? Buffer.from(bytes) : bytes);
      pendingSize += bytes.length;
      if (flushNow) await flush();
    },
    async patch(bytes, at) {
      await flush();
      await file.write(bytes, 0, bytes.length, at);
    },
  };
}

/** The chunks after the first `skip` bytes, for the rest of a partial vectored write. */
function remaining(chunks: Uint8Array[], skip: number): Uint8Array[] {
  const rest: Uint8Array[] = [];
  for (const chunk of chunks) {
    if (skip >= chunk.length) {
      skip -= chunk.length;
      continue;
    }
    rest.push(skip > 0 ? chunk.subarray(skip) : chunk);
    skip = 0;
  }
  return rest;
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
  const name = Buffer.from(r.path, 'utf8');
  const header = Buffer.alloc(46 + name.length);
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
  header.writeUInt16LE(name.length, 28);
  header.writeUInt16LE(0, 30); // extra
  header.writeUInt16LE(0, 32); // comment
  header.writeUInt16LE(0, 34); // disk
  header.writeUInt16LE(0, 36); // internal attributes
  header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
  header.writeUInt32LE(r.offset, 42);
  name.copy(header, 46);
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
