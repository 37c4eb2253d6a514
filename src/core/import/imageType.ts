/**
 * Image types by their bytes. Imported files carry names and MIME types written by other tools
 * (or by an attacker), so an image's type is read from its signature, never from its name.
 */

/** An image type a browser shows offline. */
export interface ImageType {
  mime: string;
  extension: string;
}

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/**
 * The type of an image by its signature: PNG, JPEG, GIF, WebP, or SVG (XML text whose root is
 * `<svg>`); null for anything else, including formats browsers cannot show (EMF, WMF, TIFF).
 */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mime: 'image/png', extension: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', extension: 'jpg' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a')))
    return { mime: 'image/gif', extension: 'gif' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
    return { mime: 'image/webp', extension: 'webp' };
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).trimStart();
  // An SVG file opens with an XML declaration, comments or a doctype before its <svg> root.
  if (/^(?:\uFEFF)?(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>/]/i.test(head))
    return { mime: 'image/svg+xml', extension: 'svg' };
  return null;
}
