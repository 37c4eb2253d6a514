/**
 * An entry of a zip file already on disk, as it is stored there (deflated or not), with the
 * checksum and sizes from its central directory. Writers copy such an entry byte for byte into
 * another zip: no inflating, no compressing again, no checksum to compute. That is how a save
 * copies a gigabyte of video and every unchanged lesson at about the speed of a file copy, and
 * how an export copies media and the embedded course from the project file.
 */
export interface RawEntry {
  /** 0 stored, 8 deflated. */
  method: number;
  /** CRC-32 of the uncompressed bytes. */
  crc32: number;
  compressedSize: number;
  /** Uncompressed size. */
  size: number;
  /**
   * The entry's bytes as stored. Each chunk may be lent, valid only until the next one is asked
   * for (large copies reuse their buffers): a consumer that keeps bytes longer copies them.
   */
  open(): Promise<AsyncIterable<Uint8Array>>;
  /**
   * Where the entry lies in its file, when its local header is exactly what our writer writes
   * (no extra field, fixed timestamp). A writer that finds the first entries of a new file at
   * the same offsets of the same file copies that whole stretch with one in-kernel file copy.
   */
  origin?: RawOrigin;
  /**
   * Reads `length` bytes of the file from this entry's local header on: this entry and the ones
   * after it, when they lie one after another (see {@link origin}).
   */
  openStretch?(length: number): Promise<AsyncIterable<Uint8Array>>;
}

/** The place of a stored entry in a file on disk (see {@link RawEntry.origin}). */
export interface RawOrigin {
  path: string;
  /** Device, inode, size and modification time of the file the entry was read from, when opened. */
  identity: string;
  /** The entry's name in that file. */
  name: string;
  headerOffset: number;
}

/** Finds the stored entry of a project file by its name (`course.json`, `lessons/l1.json`, `assets/<sha256>`). */
export type RawEntryLookup = (entryName: string) => RawEntry | null;
