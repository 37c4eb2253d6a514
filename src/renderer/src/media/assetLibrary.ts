import { useSyncExternalStore } from 'react';
import type { Asset } from '../../../core/model/types';
import { request } from '../state/request';

/** Whether the editor can show an asset as a picture. Audio and video are never read whole. */
export function isImage(asset: Pick<Asset, 'mime'>): boolean {
  return asset.mime.startsWith('image/');
}

/**
 * The course's assets as the window shows them: which asset an image block names, and each
 * image's bytes as a data: URL (the editor, the preview and the Media panel have no file
 * access). Lesson JSON keeps only asset ids, so every view resolves them through here.
 *
 * The URL cache is keyed by the SHA-256 of the bytes, so it stays right across documents: the
 * same hash is the same picture whichever project it came from. A URL is fetched once, on first
 * use; views subscribe and re-render when it arrives.
 */
export class AssetLibrary {
  private byId = new Map<string, Asset>();
  private readonly urls = new Map<string, string>();
  private readonly pending = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  /** Tells the library the open course's assets (call on every change of `course.assets`). */
  setAssets(assets: readonly Asset[]): void {
    const next = new Map(assets.map((a) => [a.id, a]));
    const same =
      next.size === this.byId.size &&
      [...next].every(([id, asset]) => this.byId.get(id)?.hash === asset.hash);
    this.byId = next;
    if (!same) this.changed();
  }

  /** The asset with this id in the open course. */
  asset(id: string): Asset | undefined {
    return this.byId.get(id);
  }

  /** The data: URL of an image asset by id; null until it has loaded (loading starts here). */
  urlForAsset = (id: string): string | null => {
    const asset = this.byId.get(id);
    return asset && isImage(asset) ? this.urlForHash(asset.hash) : null;
  };

  /** The data: URL of image bytes by hash; null until it has loaded (loading starts here). */
  urlForHash(hash: string): string | null {
    const url = this.urls.get(hash);
    if (url) return url;
    this.load(hash);
    return null;
  }

  /** Keeps a URL known already (an image just added). */
  remember(hash: string, url: string): void {
    this.urls.set(hash, url);
    this.changed();
  }

  /** A number that changes whenever an asset or a URL does, for React to subscribe to. */
  readonly getVersion = (): number => this.version;

  /** Calls `listener` on every change; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private load(hash: string): void {
    if (this.pending.has(hash)) return;
    this.pending.add(hash);
    void request(() => window.api.assetDataUrl(hash)).then((result) => {
      // A failed read (a damaged project file) shows as a missing picture, and is not retried
      // on every render; reopening the project tries again.
      if (result.ok && result.value.startsWith('data:image/')) this.urls.set(hash, result.value);
      this.changed();
    });
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  /** Forgets failed loads, so that a newly opened project can read its pictures again. */
  retryFailed(): void {
    for (const hash of this.pending) if (!this.urls.has(hash)) this.pending.delete(hash);
  }
}

/** The window's one asset library. */
export const assetLibrary = new AssetLibrary();

/** Re-renders the caller when an asset or an image URL changes; answers the library's version. */
export function useAssetLibraryVersion(): number {
  return useSyncExternalStore(assetLibrary.subscribe, assetLibrary.getVersion);
}
