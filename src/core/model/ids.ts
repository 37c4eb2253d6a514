/**
 * Random ids for modules, lessons, blocks and assets. They start with a letter and stay
 * ASCII so they are valid `xs:ID`s in every manifest.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A function that returns a new unique id with the given one-letter prefix. */
export type IdGenerator = (prefix: string) => string;

/** The default generator: 12 random base-36 characters after the prefix. */
export const newId: IdGenerator = (prefix) => {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = prefix;
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length];
  return id;
};

/** A deterministic generator for tests and fixtures: `p1`, `p2`, ... */
export function sequentialIds(): IdGenerator {
  let n = 0;
  return (prefix) => `${prefix}${++n}`;
}
