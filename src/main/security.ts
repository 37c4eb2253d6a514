import { app, session, type WebContents } from 'electron';
import { APP_CSP, devCsp } from './csp';

/** Whether `url` is one of the app's own pages (the built renderer, or the dev server). */
export function isAppUrl(url: string, rendererUrl: string | undefined, rendererFile: string): boolean {
  if (rendererUrl) return url.startsWith(rendererUrl);
  try {
    return new URL(url).pathname === new URL(`file://${rendererFile}`).pathname;
  } catch {
    return false;
  }
}

/**
 * Locks down every web contents: no new windows, no navigation away from the app (a dropped
 * file or a link in a lesson must not replace the UI), no permissions, and a strict CSP.
 */
export function applySecurityPolicy(rendererUrl: string | undefined, rendererFile: string): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    const csp = rendererUrl ? devCsp() : APP_CSP;
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, rendererUrl, rendererFile)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
