/** The link targets lesson HTML may carry; the same protocols the link extension allows. */
const ALLOWED = /^(https?:\/\/|mailto:)/i;

/**
 * Turns what was typed into a link target, or null when it is not allowed. "example.org/x"
 * becomes "https://example.org/x"; "a@b.org" becomes a mailto: link; `javascript:` is refused.
 */
export function normaliseHref(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  if (ALLOWED.test(text)) return text;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return null;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`;
  return /^[^\s/]+\.[^\s/]+/.test(text) ? `https://${text}` : null;
}
