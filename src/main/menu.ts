import { Menu, app, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_CHANNEL, type AppCommand, type RecentFileEntry } from '../shared/ipc';
import { mainStrings, type MainStrings } from './mainStrings';
import { appMenu, editMenu, viewMenu, windowMenu } from './roleMenus';

/** What File › Open Recent does: main handles it, as it owns the list. */
export interface RecentMenuActions {
  /** Opens a listed file in the focused window (after its unsaved-changes check). */
  open(filePath: string): void;
  clear(): void;
}

/**
 * The application menu. File commands go to the focused window's renderer, which owns the
 * document. Their shortcuts are shown here but handled by the renderer
 * (`registerAccelerator: false`), so they behave the same in the app and in the e2e tests.
 */
export function buildMenu(
  getWindow: () => BrowserWindow | null,
  recentFiles: readonly RecentFileEntry[] = [],
  recent?: RecentMenuActions,
  /** The labels; the system's language unless the renderer chose another (see mainStrings.ts). */
  s: MainStrings = mainStrings(app.getLocale()),
): Menu {
  const send = (command: AppCommand) => () => getWindow()?.webContents.send(COMMAND_CHANNEL, command);
  const item = (label: string, command: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: send(command),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  const isMac = process.platform === 'darwin';
  // Not a document command: its accelerator is registered here, on macOS's usual ⌘, only.
  const settings: MenuItemConstructorOptions = {
    label: s.menu.settings,
    click: send('settings'),
    ...(isMac ? { accelerator: 'Cmd+,' } : {}),
  };
  const recentItems: MenuItemConstructorOptions[] =
    recentFiles.length === 0
      ? [{ label: s.menu.noRecentFiles, enabled: false }]
      : recentFiles.map((file) => ({
          // "&" marks an access key in menu labels; a file named "Q&A" keeps its "&".
          label: file.fileName.replace(/&/g, '&&'),
          sublabel: file.filePath,
          toolTip: file.filePath,
          click: () => recent?.open(file.filePath),
        }));
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [appMenu(s, app.name, settings)] : []),
    {
      label: s.menu.file,
      submenu: [
        item(s.menu.newCourse, 'new', 'CmdOrCtrl+N'),
        item(s.menu.open, 'open', 'CmdOrCtrl+O'),
        {
          label: s.menu.openRecent,
          submenu: [
            ...recentItems,
            { type: 'separator' },
            { label: s.menu.clearRecent, enabled: recentFiles.length > 0, click: () => recent?.clear() },
          ],
        },
        item(s.menu.importPackage, 'import'),
        item(s.menu.openSample, 'openSample'),
        { type: 'separator' },
        item(s.menu.save, 'save', 'CmdOrCtrl+S'),
        item(s.menu.saveAs, 'saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item(s.menu.exportPackage, 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        ...(isMac ? [] : [settings, { type: 'separator' as const }]),
        isMac ? { role: 'close', label: s.menu.closeWindow } : { role: 'quit', label: s.menu.quit },
      ],
    },
    editMenu(s, isMac),
    {
      label: s.menu.course,
      submenu: [
        item(s.menu.courseDetails, 'details'),
        item(s.menu.media, 'media'),
        { type: 'separator' },
        item(s.menu.nextToTranslate, 'nextToTranslate', 'F8'),
        item(s.menu.swapLanguages, 'swapLanguages'),
        item(s.menu.changeTarget, 'changeTarget'),
        { type: 'separator' },
        item(s.menu.exportXliff, 'exportXliff'),
        item(s.menu.importXliff, 'importXliff'),
      ],
    },
    viewMenu(s),
    windowMenu(s, isMac),
  ];
  return Menu.buildFromTemplate(template);
}
