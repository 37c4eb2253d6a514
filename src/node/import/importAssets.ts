/**
 * Images found by an importer, turned into course assets: typed by their bytes, stored once per
 * content hash, and SVG sanitised so an imported drawing cannot carry scripts into a package.
 */
import { createHash } from 'node:crypto';
import { sniffImageType } from '../../core/import/imageType';
import type { IdGenerator } from '../../core/model/ids';
import type { Asset } from '../../core/model/types';
import { AssetStore } from '../projectIo';

/** Why an image was not added, for the import report. */
export type ImageRefusal = 'not-an-image';

/** The assets of one import: their bytes, and their entries for the course. */
export class ImportAssets {
  /** The bytes, by hash, ready for {@link writeProjectFile}. */
  readonly store = new AssetStore();
  /** The course's asset entries, in the order they were found. */
  readonly list: Asset[] = [];
  private readonly byHash = new Map<string, string>();

  /**
   * @param ids makes asset ids.
   * @param sanitizeSvg returns a safe copy of an SVG drawing, or null when nothing safe is left.
   */
  constructor(
    private readonly ids: IdGenerator,
    private readonly sanitizeSvg: (svg: string) => string | null,
  ) {}

  /**
   * Adds an image and returns its asset id (the same id for the same bytes), or a refusal when
   * the bytes are not an image a browser shows (EMF, TIFF, a renamed script…).
   */
  addImage(bytes: Uint8Array, name: string): { id: string } | { refused: ImageRefusal } {
    const type = sniffImageType(bytes);
    if (!type) return { refused: 'not-an-image' };
    if (type.mime === 'image/svg+xml') {
      const clean = this.sanitizeSvg(new TextDecoder().decode(bytes));
      if (!clean) return { refused: 'not-an-image' };
      bytes = new TextEncoder().encode(clean);
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const known = this.byHash.get(hash);
    if (known) return { id: known };
    const id = this.ids('a');
    this.byHash.set(hash, id);
    this.store.add(hash, bytes);
    this.list.push({ id, hash, name: assetName(name, type.extension), mime: type.mime, size: bytes.length });
    return { id };
  }
}

/** A display name that fits the schema (1–255 characters) and ends in the real extension. */
function assetName(name: string, extension: string): string {
  // Control characters and slashes would make a confusing name where the file is shown or saved.
  const safe = Array.from(name.replace(/\.[A-Za-z0-9]{1,5}$/, ''), (c) =>
    c.charCodeAt(0) < 0x20 || c === '/' || c === '\\' ? '_' : c,
  ).join('');
  const stem = safe.trim() || 'image';
  return `${stem.slice(0, 240)}.${extension}`;
}
