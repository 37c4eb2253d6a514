/**
 * Telling whether a project file changed on disk since this window opened or saved it: a
 * co-author on a shared drive, or a sync client, may have written over it in the meantime.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/** How much of a file's end is read: enough for the central directory of any ordinary course. */
const TAIL_BYTES = 256 * 1024;
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;

/** What a file looked like at one moment. */
export interface FileFingerprint {
  size: number;
  mtimeMs: number;
  /**
   * A hash of the zip's central directory, which holds the CRC and size of every entry, so it
   * changes whenever any content does. Null when it could not be read cheaply (zip64, a
   * directory larger than the tail read, not a zip): then the modification time decides.
   */
  centralDirectoryHash: string | null;
}

/** The fingerprint of the file at `path`, or null when there is no file there. */
export async function fingerprintFile(path: string): Promise<FileFingerprint | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const info = await handle.stat();
    const length = Math.min(info.size, TAIL_BYTES);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, info.size - length);
    return {
      size: info.size,
      mtimeMs: info.mtimeMs,
      centralDirectoryHash: hashCentralDirectory(tail, info.size),
    };
  } finally {
    await handle.close();
  }
}

/**
 * Whether the file changed between two fingerprints. Same size and same central directory
 * means the same content even if the time moved (a sync client that touched the file), so the
 * author is not asked for nothing; without a directory hash, any change of time counts.
 */
export function fileChanged(before: FileFingerprint, now: FileFingerprint): boolean {
  if (before.size !== now.size) return true;
  if (before.centralDirectoryHash && now.centralDirectoryHash)
    return before.centralDirectoryHash !== now.centralDirectoryHash;
  return before.mtimeMs !== now.mtimeMs;
}

/** The hash of the central directory found in the last bytes of a zip of `fileSize` bytes. */
function hashCentralDirectory(tail: Buffer, fileSize: number): string | null {
  const tailStart = fileSize - tail.length;
  // The end record sits at the very end unless the zip has a comment (up to 64 KiB) after it.
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (tail.readUInt32LE(at) !== EOCD_SIGNATURE) continue;
    const size = tail.readUInt32LE(at + 12);
    const offset = tail.readUInt32LE(at + 16);
    // 0xffffffff means the real values are in a zip64 record: leave it to the time.
    if (size === 0xffffffff || offset === 0xffffffff) return null;
    if (offset < tailStart || offset + size > tailStart + at) return null;
    return createHash('sha256')
      .update(tail.subarray(offset - tailStart, at + EOCD_SIZE))
      .digest('hex');
  }
  return null;
}
