import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../state/request';
import type { Notify } from './useNotices';

/**
 * Keeps the window title ("• intro.oercourse — OER Studio", the dot meaning unsaved changes)
 * and main's idea of the document in step with the file name and the dirty flag. Main shows
 * the title on the native window and uses the flag to ask before the window closes; the
 * course's languages set the spellchecker.
 */
export function useDocumentState(
  fileName: string | null,
  dirty: boolean,
  notify: Notify,
  languages?: { source: string; target: string },
): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  const title = fileName ? `${dirty ? '• ' : ''}${fileName} — ${appName}` : appName;
  const source = languages?.source;
  const target = languages?.target;
  useEffect(() => {
    document.title = title;
    if (fileName === null) return;
    // The languages set the spellchecker of both editors (main configures the session).
    const pair = source && target ? { languages: [source, target] } : {};
    void request(() => window.api.setDocumentState({ title, dirty, ...pair })).then((result) => {
      if (!result.ok) notify.error(result.error);
    });
  }, [title, fileName, dirty, notify, source, target]);
}
