/**
 * Electron's standard menus (Edit, View, Window, and the macOS application menu) with labels in
 * the interface language. The ready-made roles (`{ role: 'editMenu' }`) label every item in
 * English whatever the locale, so each item keeps its role, which does the work and sets the
 * shortcut, and gets a label from {@link MainStrings}.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { fillIn, type MainStrings } from './mainStrings';

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * macOS's application menu: About, Settings (`settings`, the app's own item, where macOS users
 * look for it), Services, Hide, Quit. `app` is the product name.
 */
export function appMenu(
  s: MainStrings,
  app: string,
  settings?: MenuItemConstructorOptions,
): MenuItemConstructorOptions {
  return {
    label: app,
    submenu: [
      { role: 'about', label: fillIn(s.menu.about, { app }) },
      separator,
      ...(settings ? [settings, separator] : []),
      { role: 'services', label: s.menu.services },
      separator,
      { role: 'hide', label: fillIn(s.menu.hide, { app }) },
      { role: 'hideOthers', label: s.menu.hideOthers },
      { role: 'unhide', label: s.menu.showAll },
      separator,
      { role: 'quit', label: fillIn(s.menu.quitApp, { app }) },
    ],
  };
}

/** The Edit menu, as Electron's `editMenu` role builds it on each platform. */
export function editMenu(s: MainStrings, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: s.menu.edit,
    submenu: [
      { role: 'undo', label: s.menu.undo },
      { role: 'redo', label: s.menu.redo },
      separator,
      { role: 'cut', label: s.menu.cut },
      { role: 'copy', label: s.menu.copy },
      { role: 'paste', label: s.menu.paste },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' as const, label: s.menu.pasteAndMatchStyle }] : []),
      { role: 'delete', label: s.menu.delete },
      ...(isMac ? [] : [separator]),
      { role: 'selectAll', label: s.menu.selectAll },
    ],
  };
}

/** The View menu, as Electron's `viewMenu` role builds it. */
export function viewMenu(s: MainStrings): MenuItemConstructorOptions {
  return {
    label: s.menu.view,
    submenu: [
      { role: 'reload', label: s.menu.reload },
      { role: 'forceReload', label: s.menu.forceReload },
      { role: 'toggleDevTools', label: s.menu.toggleDevTools },
      separator,
      { role: 'resetZoom', label: s.menu.resetZoom },
      { role: 'zoomIn', label: s.menu.zoomIn },
      { role: 'zoomOut', label: s.menu.zoomOut },
      separator,
      { role: 'togglefullscreen', label: s.menu.toggleFullScreen },
    ],
  };
}

/**
 * The Window menu, as Electron's `windowMenu` role builds it. The `window` role keeps macOS's
 * list of open windows in it.
 */
export function windowMenu(s: MainStrings, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: s.menu.window,
    role: 'window',
    submenu: [
      { role: 'minimize', label: s.menu.minimize },
      { role: 'zoom', label: s.menu.zoom },
      ...(isMac
        ? [separator, { role: 'front' as const, label: s.menu.front }]
        : [{ role: 'close' as const, label: s.menu.close }]),
    ],
  };
}
