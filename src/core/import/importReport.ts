/**
 * The import report: what an importer could not bring over, in lines a lecturer can read.
 * Importers meet the same loss on many pages (every Rustici page has scripts), so losses are
 * collected per kind and summed up in one line each, with the pages they happened on; other
 * notes are kept once each, with a count when they repeat.
 */

/** Kinds of content that an import drops or changes on a page. */
export type DropKind =
  'script' | 'frame' | 'embed' | 'media' | 'form' | 'style' | 'graphics' | 'table' | 'webImage' | 'pageLink';

/** What each kind of loss means for the lecturer, as the start of its report line. */
const DROP_MESSAGES: Record<DropKind, string> = {
  script: 'Scripts were removed (lessons cannot run them)',
  frame: 'Embedded frames (iframe) were removed',
  embed: 'Embedded objects and plug-ins (object, embed, applet) were removed',
  media: 'Video and audio were removed; add them again as media files',
  form: 'Forms and input fields were removed',
  style: 'Page styling (colours, fonts, layout) was not kept',
  graphics: 'Inline drawings and formulas (SVG, MathML, canvas) were removed',
  table: 'Tables were turned into plain paragraphs (lessons have no tables yet)',
  webImage: 'Images linked from the web were left out (only images inside the file are imported)',
  pageLink: 'Links to other pages of the package were turned into plain text',
};

/** How many page names a line lists before it says "and N more". */
const MAX_NAMES = 5;

/** Collects an import's report; {@link ImportReport.lines} renders it. */
export class ImportReport {
  private readonly notes = new Map<string, number>();
  private readonly drops = new Map<DropKind, Set<string>>();

  /** Records a line; the same line again only counts up. */
  note(line: string): void {
    this.notes.set(line, (this.notes.get(line) ?? 0) + 1);
  }

  /** Records that content of `kind` was dropped from the page named `page`. */
  dropped(kind: DropKind, page: string): void {
    let pages = this.drops.get(kind);
    if (!pages) this.drops.set(kind, (pages = new Set()));
    pages.add(page);
  }

  /** Whether `kind` was dropped anywhere. */
  hasDropped(kind: DropKind): boolean {
    return this.drops.has(kind);
  }

  /** The report: notes in the order they first came, then one line per kind of loss. */
  lines(): string[] {
    const lines = [...this.notes].map(([line, n]) => (n > 1 ? `${line} (${n} times)` : line));
    for (const kind of Object.keys(DROP_MESSAGES) as DropKind[]) {
      const pages = this.drops.get(kind);
      if (!pages) continue;
      const names = [...pages].map((p) => `"${p}"`);
      const shown =
        names.length > MAX_NAMES
          ? `${names.slice(0, MAX_NAMES).join(', ')} and ${names.length - MAX_NAMES} more`
          : names.join(', ');
      const count = names.length === 1 ? '1 page' : `${names.length} pages`;
      lines.push(`${DROP_MESSAGES[kind]}: on ${count} (${shown}).`);
    }
    return lines;
  }
}
