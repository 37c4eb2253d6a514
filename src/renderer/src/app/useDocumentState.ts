import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../state/request';
import type { Notify } from './useNotices';

/**
 * Keeps the window title ("• intro.oercourse — OER Studio", the dot meaning unsaved changes)
 * and main's idea of the document in step with the file name and the dirty flag. Main shows
 * the title on the native window and uses the flag to ask before the window closes.
 */
export function useDocumentState(fileName: string | null, dirty: boolean, notify: Notify): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  const title = fileName ? `${dirty ? '• ' : ''}${fileName} — ${appName}` : appName;
  useEffect(() => {
    document.title = title;
    if (fileName === null) return;
    void request(() => window.api.setDocumentState({ title, dirty })).then((result) => {
      if (!result.ok) notify.error(result.error);
    });
  }, [title, fileName, dirty, notify]);
}
