/**
 * Typed errors that carry a message a lecturer understands. `text` is that message as a
 * descriptor ({@link Message}), which the app words in its interface language; `message` is
 * its English wording (from the same English catalogue), which the CLI prints on one line and
 * logs keep. `code` lets callers branch without parsing text.
 */
import { englishText, msg, type Message, type Text } from './messages/message';

export type OerErrorCode =
  | 'not-a-zip'
  | 'not-a-course'
  | 'damaged-course'
  | 'newer-version'
  | 'invalid-course'
  | 'missing-asset'
  | 'unknown-format'
  | 'export-failed'
  | 'unsafe-zip'
  | 'io';

/** An error whose message is meant for the user, with a stable code. */
export class OerError extends Error {
  override readonly name = 'OerError';
  /** The details in English, one line each (for the CLI and logs). */
  readonly details: string[];
  /** The details as the user reads them: messages to word, or plain text (an OS error) shown as it is. */
  readonly detailTexts: Text[];
  constructor(
    readonly code: OerErrorCode,
    /** The message, to word in the user's language; `message` is its English wording. */
    readonly text: Message,
    details: readonly Text[] = [],
  ) {
    super(englishText(text));
    this.detailTexts = [...details];
    this.details = details.map(englishText);
  }
}

/** True for an {@link OerError}, also across realms where `instanceof` fails. */
export function isOerError(e: unknown): e is OerError {
  return e instanceof OerError || (typeof e === 'object' && e !== null && (e as Error).name === 'OerError');
}

/**
 * The message of an error as a descriptor: an {@link OerError}'s own, or (an error from another
 * realm, an OS or library error) its message as plain text.
 */
export function errorText(e: unknown): Text {
  if (isOerError(e) && (e as Partial<OerError>).text) return e.text;
  return e instanceof Error ? e.message : String(e);
}

/**
 * The same error with `wrapper` around its message: `wrap(e, 'project.notOpened', { name })`
 * words "{{name}} was not opened. {{reason}}" with the error's own message as `reason`.
 */
export function wrapError(e: OerError, key: Message['key'], params: Message['params'] = {}): OerError {
  return new OerError(e.code, msg(key, { ...params, reason: errorText(e) }), e.detailTexts ?? e.details);
}
