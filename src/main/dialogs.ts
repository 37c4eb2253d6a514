import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { MEDIA_TYPES } from '../node/mediaFile';
import type { Dialogs } from './handlers';
import { formatMessage, messageLanguage } from '../core/messages/message';
import { fillIn, mainStrings, type MainStrings } from './mainStrings';

/**
 * The native dialogs of one window. `strings` and `locale` (the interface language, for the
 * messages of core errors shown in a dialog) are asked at each dialog, so they follow a change
 * of the interface language while the window is open.
 */
export function electronDialogs(
  window: BrowserWindow,
  strings: () => MainStrings = () => mainStrings(app.getLocale()),
  locale: () => string = () => app.getLocale(),
): Dialogs {
  const documents = () => app.getPath('documents');
  return {
    async openProject() {
      const s = strings().dialogs;
      const result = await dialog.showOpenDialog(window, {
        title: s.openCourse,
        properties: ['openFile'],
        filters: [
          { name: s.courseFiles, extensions: ['oercourse'] },
          { name: s.allFiles, extensions: ['*'] },
        ],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseImport() {
      const s = strings().dialogs;
      const result = await dialog.showOpenDialog(window, {
        title: s.importPackage,
        properties: ['openFile'],
        filters: [{ name: s.packageFiles, extensions: ['zip', 'imscc', 'docx'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseXliffExport(defaultName) {
      const s = strings().dialogs;
      const result = await dialog.showSaveDialog(window, {
        title: s.exportXliff,
        defaultPath: join(documents(), defaultName),
        filters: [{ name: s.xliffFiles, extensions: ['xlf', 'xliff'] }],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async chooseXliffImport() {
      const s = strings().dialogs;
      const result = await dialog.showOpenDialog(window, {
        title: s.importXliff,
        properties: ['openFile'],
        filters: [
          { name: s.xliffFiles, extensions: ['xlf', 'xliff', 'xml'] },
          { name: s.allFiles, extensions: ['*'] },
        ],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseMedia() {
      const s = strings().dialogs;
      const result = await dialog.showOpenDialog(window, {
        title: s.addMedia,
        properties: ['openFile'],
        filters: [{ name: s.mediaFiles, extensions: Object.keys(MEDIA_TYPES).map((e) => e.slice(1)) }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveProject(defaultName) {
      const s = strings().dialogs;
      const result = await dialog.showSaveDialog(window, {
        title: s.saveCourse,
        defaultPath: join(documents(), defaultName),
        filters: [{ name: s.courseFiles, extensions: ['oercourse'] }],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async exportPackage(defaultName, format) {
      const result = await dialog.showSaveDialog(window, {
        title: fillIn(strings().dialogs.exportPackage, { format: format.label }),
        defaultPath: join(documents(), defaultName),
        filters: format.options.some((o) => o.id === 'folder')
          ? []
          : [{ name: format.label, extensions: [format.extension] }],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async askUnsavedChanges() {
      const s = strings().dialogs;
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        message: s.unsavedMessage,
        detail: s.unsavedDetail,
        buttons: [s.save, s.dontSave, s.cancel],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
    },
    async askExternalChange(fileName) {
      const s = strings().dialogs;
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        message: fillIn(s.externalChangeMessage, { name: fileName }),
        detail: s.externalChangeDetail,
        buttons: [s.overwrite, s.saveAs, s.cancel],
        defaultId: 1,
        cancelId: 2,
        noLink: true,
      });
      return (['overwrite', 'saveAs', 'cancel'] as const)[response] ?? 'cancel';
    },
    async askSalvage(fileName, problem) {
      const s = strings().dialogs;
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        message: fillIn(s.salvageMessage, { name: fileName }),
        detail: `${formatMessage(problem, messageLanguage(locale()))}\n\n${s.salvageDetail}`,
        buttons: [s.recover, s.cancel],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      });
      return response === 0;
    },
  };
}
