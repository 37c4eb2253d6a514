import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { COMMAND_CHANNEL, type AppCommand } from '../shared/ipc';

/**
 * The application menu. File commands go to the focused window's renderer, which owns the
 * document. Their shortcuts are shown here but handled by the renderer
 * (`registerAccelerator: false`), so they behave the same in the app and in the e2e tests.
 */
export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const send = (command: AppCommand) => () => getWindow()?.webContents.send(COMMAND_CHANNEL, command);
  const item = (label: string, command: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: send(command),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('&New Course…', 'new', 'CmdOrCtrl+N'),
        item('&Open…', 'open', 'CmdOrCtrl+O'),
        item('&Import Package…', 'import'),
        item('Open Sample Course', 'openSample'),
        { type: 'separator' },
        item('&Save', 'save', 'CmdOrCtrl+S'),
        item('Save &As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item('&Export Package…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&Course',
      submenu: [item('Course &Details…', 'details'), item('&Media…', 'media')],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
