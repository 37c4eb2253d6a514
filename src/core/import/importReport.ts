/**
 * The import report: what an importer could not bring over, in lines a lecturer can read.
 * Importers meet the same loss on many pages (every Rustici page has scripts), so losses are
 * collected per kind and summed up in one line each, with the pages they happened on; other
 * notes are kept once each, with a count when they repeat. Lines are messages (see
 * `core/messages`), so the app shows them in its interface language and the CLI in English.
 */
import { englishText, msg, type Message, type MessageKey } from '../messages/message';

/** Kinds of content that an import drops or changes on a page. */
export type DropKind =
  'script' | 'frame' | 'embed' | 'media' | 'form' | 'style' | 'graphics' | 'table' | 'webImage' | 'pageLink';

/** What each kind of loss means for the lecturer, as the start of its report line, in report order. */
const DROP_MESSAGES: Record<DropKind, MessageKey> = {
  script: 'report.drop.script',
  frame: 'report.drop.frame',
  embed: 'report.drop.embed',
  media: 'report.drop.media',
  form: 'report.drop.form',
  style: 'report.drop.style',
  graphics: 'report.drop.graphics',
  table: 'report.drop.table',
  webImage: 'report.drop.webImage',
  pageLink: 'report.drop.pageLink',
};

/** How many page names a line lists before it says "and N more". */
const MAX_NAMES = 5;

/**
 * Page names as one message: each quoted in the reader's language ("a" or «a»), separated by
 * commas. A message's values are texts, not lists, so the list nests: `a, (b, (c))`.
 */
function nameList(names: string[]): Message {
  const [first = '', ...rest] = names;
  const quoted = msg('report.name', { name: first });
  return rest.length ? msg('report.nameList', { first: quoted, rest: nameList(rest) }) : quoted;
}

/** Collects an import's report; {@link ImportReport.messages} and {@link ImportReport.lines} render it. */
export class ImportReport {
  /** Notes by their JSON, to count repeats: the note and how often it came. */
  private readonly notes = new Map<string, { note: Message; count: number }>();
  private readonly drops = new Map<DropKind, Set<string>>();

  /** Records a line; the same line again only counts up. */
  note(line: Message): void {
    const id = JSON.stringify(line);
    const known = this.notes.get(id);
    if (known) known.count++;
    else this.notes.set(id, { note: line, count: 1 });
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

  /** The report as messages: notes in the order they first came, then one line per kind of loss. */
  messages(): Message[] {
    const lines = [...this.notes.values()].map(({ note, count }) =>
      count > 1 ? msg('report.repeated', { line: note, count }) : note,
    );
    for (const kind of Object.keys(DROP_MESSAGES) as DropKind[]) {
      const pages = this.drops.get(kind);
      if (!pages) continue;
      const names = [...pages];
      const shown =
        names.length > MAX_NAMES
          ? msg('report.namesMore', {
              names: nameList(names.slice(0, MAX_NAMES)),
              count: names.length - MAX_NAMES,
            })
          : nameList(names);
      lines.push(
        msg('report.droppedOn', { what: msg(DROP_MESSAGES[kind]), count: names.length, pages: shown }),
      );
    }
    return lines;
  }

  /** The report in English, one line each (the CLI, logs). */
  lines(): string[] {
    return this.messages().map(englishText);
  }
}
