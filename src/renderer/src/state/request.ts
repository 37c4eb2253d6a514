import type { ApiError, Result } from '../../../shared/ipc';
import { i18n } from '../i18n';

/**
 * Calls one `window.api` method and always answers a {@link Result}. A rejected promise (a
 * missing bridge, a handler that crashed) becomes an error Result, so callers handle one shape
 * and the window never blanks on a failed request.
 */
export async function request<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const result = await call();
    if (typeof result === 'object' && result !== null && typeof result.ok === 'boolean') return result;
    return failure('bad-reply', i18n.t('errors.badReply'), []);
  } catch (e) {
    return failure('request-failed', i18n.t('errors.requestFailed'), [
      e instanceof Error ? e.message : String(e),
    ]);
  }
}

function failure(code: string, message: string, details: string[]): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message, details } };
}
