import { describe, expect, it } from 'vitest';
import { normaliseHref } from './normaliseHref';

describe('normaliseHref', () => {
  it('keeps web and mail addresses', () => {
    expect(normaliseHref(' https://example.org/a?b=c ')).toBe('https://example.org/a?b=c');
    expect(normaliseHref('mailto:a@b.org')).toBe('mailto:a@b.org');
  });

  it('completes what people usually type', () => {
    expect(normaliseHref('example.org/docs')).toBe('https://example.org/docs');
    expect(normaliseHref('teacher@uni.kz')).toBe('mailto:teacher@uni.kz');
    expect(normaliseHref('пример.рф')).toBe('https://пример.рф');
  });

  it('refuses script and other schemes, and text that is not an address', () => {
    expect(normaliseHref('javascript:alert(1)')).toBeNull();
    expect(normaliseHref('JaVaScRiPt:alert(1)')).toBeNull();
    expect(normaliseHref('data:text/html,<script>')).toBeNull();
    expect(normaliseHref('file:///etc/passwd')).toBeNull();
    expect(normaliseHref('just words')).toBeNull();
    expect(normaliseHref('')).toBeNull();
  });
});
