/**
 * The Content Security Policy of the app's own pages. The renderer's index.html carries the
 * same policy in a meta tag; this header also covers the dev server.
 */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' about: data:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The policy for `npm run dev` only: Vite's dev server injects inline scripts and styles and
 * talks to the page over a websocket. Packaged and preview builds use {@link APP_CSP}.
 */
export function devCsp(csp: string = APP_CSP): string {
  return csp
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*");
}
