import type { ApiError } from '../../../shared/ipc';
import { formatMessage, hasMessage, messageLanguage, type Text } from '../../../core/messages/message';
import { i18n } from './index';

/**
 * Words a message from core or main (an error, a warning) in the interface language. A plain
 * string is shown as it is; a message whose key this window does not know (sent by a newer
 * main, say) falls back to `english`, the wording main sent beside it.
 */
export function messageText(text: Text | undefined, english: string): string {
  if (text === undefined) return english;
  if (typeof text !== 'string' && !hasMessage(text.key)) return english;
  return formatMessage(text, messageLanguage(i18n.resolvedLanguage ?? i18n.language ?? 'en'));
}

/** An error's message and details in the interface language (see {@link messageText}). */
export function errorTexts(error: ApiError): { message: string; details: string[] } {
  const texts = error.detailTexts;
  return {
    message: messageText(error.text, error.message),
    details:
      texts && texts.length === error.details.length
        ? texts.map((t, i) => messageText(t, error.details[i] ?? ''))
        : error.details,
  };
}

/** Warnings in the interface language: their descriptors when main sent them, else the English lines. */
export function warningTexts(english: string[], texts?: Text[]): string[] {
  return texts && texts.length === english.length
    ? texts.map((t, i) => messageText(t, english[i] ?? ''))
    : english;
}
