import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_CSP, devCsp } from './csp';

describe('the app CSP', () => {
  it('is the same in the renderer’s meta tag and in main’s header', () => {
    const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
    expect(/content="(default-src[^"]*)"/.exec(html)?.[1]).toBe(APP_CSP);
  });

  it('forbids inline script, eval, plugins and remote code; only dev mode relaxes it', () => {
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).not.toMatch(/unsafe-(inline|eval)|https?:/);
    expect(APP_CSP).toContain("object-src 'none'");
    expect(devCsp()).toContain("script-src 'self' 'unsafe-inline'");
  });
});
