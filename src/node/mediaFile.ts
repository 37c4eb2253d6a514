import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { OerError } from '../core/errors';
import { msg } from '../core/messages/message';

/** Media an author can add, by extension: what a browser plays or shows offline. */
export const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

/** The largest file that can be added: packages must stay far below zip's 4 GiB. */
const MAX_MEDIA = 1024 * 1024 * 1024;

/** A media file on disk, described for the course. */
export interface MediaFile {
  path: string;
  name: string;
  mime: string;
  size: number;
  hash: string;
}

/**
 * Describes a media file: type by extension, size, and SHA-256 computed while streaming, so a
 * 40 MB video is never held in memory.
 */
export async function describeMediaFile(path: string): Promise<MediaFile> {
  const name = basename(path);
  const mime = MEDIA_TYPES[extname(path).toLowerCase()];
  if (!mime) {
    throw new OerError('io', msg('media.unsupported', { name }));
  }
  const { size } = await stat(path);
  if (size > MAX_MEDIA) throw new OerError('io', msg('media.tooLarge', { name }));
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { path, name, mime, size, hash: hash.digest('hex') };
}
