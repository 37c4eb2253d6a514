/**
 * Typed errors that carry a message a lecturer understands. The app shows `message` as it is;
 * the CLI prints it on one line. `code` lets callers branch without parsing text.
 */
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
  constructor(
    readonly code: OerErrorCode,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** True for an {@link OerError}, also across realms where `instanceof` fails. */
export function isOerError(e: unknown): e is OerError {
  return e instanceof OerError || (typeof e === 'object' && e !== null && (e as Error).name === 'OerError');
}
