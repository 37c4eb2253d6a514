import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { MEDIA_TYPES } from '../node/mediaFile';
import type { Dialogs } from './handlers';

/** The native dialogs of one window. */
export function electronDialogs(window: BrowserWindow): Dialogs {
  const documents = () => app.getPath('documents');
  return {
    async openProject() {
      const result = await dialog.showOpenDialog(window, {
        title: 'Open Course',
        properties: ['openFile'],
        filters: [
          { name: 'OER Studio course', extensions: ['oercourse'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseImport() {
      const result = await dialog.showOpenDialog(window, {
        title: 'Import Package',
        properties: ['openFile'],
        filters: [{ name: 'Packages exported by OER Studio', extensions: ['zip', 'imscc'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseMedia() {
      const result = await dialog.showOpenDialog(window, {
        title: 'Add Media',
        properties: ['openFile'],
        filters: [
          { name: 'Images, audio and video', extensions: Object.keys(MEDIA_TYPES).map((e) => e.slice(1)) },
        ],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveProject(defaultName) {
      const result = await dialog.showSaveDialog(window, {
        title: 'Save Course',
        defaultPath: join(documents(), defaultName),
        filters: [{ name: 'OER Studio course', extensions: ['oercourse'] }],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async exportPackage(defaultName, format) {
      const result = await dialog.showSaveDialog(window, {
        title: `Export ${format.label}`,
        defaultPath: join(documents(), defaultName),
        filters: format.options.some((o) => o.id === 'folder')
          ? []
          : [{ name: format.label, extensions: [format.extension] }],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async askUnsavedChanges() {
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        message: 'Save changes to this course?',
        detail: 'Your changes will be lost if you don’t save them.',
        buttons: ['Save', 'Don’t Save', 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
    },
  };
}
