/**
 * Reading zips with yauzl, which exposes each entry (name, sizes, method) from the central
 * directory before inflating anything, and reads entries lazily from one open file.
 */
import { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

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

/** Opens a zip file and lists its central directory, reading no entry data. */
export function openZip(path: string): Promise<ZipArchive> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => {
        if (error || !zip) return reject(error ?? new Error('cannot open zip'));
        const entries = new Map<string, Entry>();
        zip.on('entry', (entry: Entry) => {
          entries.set(entry.fileName, entry);
          zip.readEntry();
        });
        zip.once('end', () => resolve(archive(zip, entries)));
        zip.once('error', (e) => {
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
