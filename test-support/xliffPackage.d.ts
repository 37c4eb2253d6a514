/**
 * Types for the `xliff` package, which ships none. Tests use it as a parser independent of
 * ours, to check that the XLIFF files OER Studio writes read the same elsewhere.
 */

/** One unit as the `xliff` package reads it: text, or inline elements as objects. */
interface XliffPackageUnit {
  source: unknown;
  target?: unknown;
  note?: string;
  additionalAttributes?: Record<string, string>;
}

/** A whole file as the `xliff` package reads it: units by file (1.2 `original`, 2.0 `id`) and id. */
interface XliffPackageResult {
  sourceLanguage?: string;
  targetLanguage?: string;
  resources: Record<string, Record<string, XliffPackageUnit>>;
}

declare module 'xliff/xliff12ToJs' {
  const xliff12ToJs: (xml: string) => Promise<XliffPackageResult>;
  export default xliff12ToJs;
}

declare module 'xliff/xliff2js' {
  const xliff2js: (xml: string) => Promise<XliffPackageResult>;
  export default xliff2js;
}
