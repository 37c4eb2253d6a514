/** Types whose bytes are compressed already: stored, not deflated again. */
const COMPRESSED =
  /^(image\/(png|jpeg|gif|webp|avif)|audio\/|video\/|application\/(zip|gzip|pdf|x-7z-compressed)|font\/woff2?)/;

/** Whether an entry of this MIME type is worth deflating. */
export function shouldDeflate(mime: string): boolean {
  return !COMPRESSED.test(mime);
}
