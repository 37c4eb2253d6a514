/**
 * The Electron shell: one window per document, the menu, security, and IPC wiring. The work is
 * done by plain functions in handlers.ts (tested in Node) over src/core.
 */
import { BrowserWindow, Menu, app, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import {
  COMMAND_CHANNEL,
  INVOKE_METHODS,
  PROGRESS_CHANNEL,
  invokeChannel,
  type InvokeApi,
} from '../shared/ipc';
import { electronDialogs } from './dialogs';
import { createHandlers } from './handlers';
import { buildMenu } from './menu';
import { applySecurityPolicy, isAppUrl } from './security';

const here = import.meta.dirname;
const rendererUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const rendererFile = join(here, '../renderer/index.html');
const resourcesDir = join(app.getAppPath(), 'resources');

/** The handlers of each window, by web contents id: IPC from any other sender is refused. */
const windows = new Map<number, InvokeApi>();

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'OER Studio',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  let dirty = false;
  let closing = false;
  const handlers = createHandlers({
    resourcesDir,
    app: { name: 'OER Studio', version: app.getVersion() },
    dialogs: electronDialogs(window),
    host: {
      setDocumentState(state) {
        dirty = state.dirty;
        window.setTitle(state.title);
        window.setDocumentEdited(state.dirty);
      },
      close() {
        closing = true;
        window.close();
      },
      sendProgress(progress) {
        if (!window.isDestroyed()) window.webContents.send(PROGRESS_CHANNEL, progress);
      },
    },
  });
  const id = window.webContents.id;
  windows.set(id, handlers);
  // Closing with unsaved changes asks first: the renderer owns the document, so it asks,
  // saves if told to, and then calls closeWindow().
  window.on('close', (event) => {
    if (dirty && !closing) {
      event.preventDefault();
      window.webContents.send(COMMAND_CHANNEL, 'close');
    }
  });
  window.on('closed', () => windows.delete(id));
  window.once('ready-to-show', () => window.show());
  if (rendererUrl) void window.loadURL(rendererUrl);
  else void window.loadFile(rendererFile);
  return window;
}

function registerIpc(): void {
  for (const method of INVOKE_METHODS) {
    ipcMain.handle(invokeChannel(method), (event: IpcMainInvokeEvent, arg: unknown) => {
      const handlers = windows.get(event.sender.id);
      const frameUrl = event.senderFrame?.url ?? '';
      if (!handlers || !isAppUrl(frameUrl, rendererUrl, rendererFile)) {
        throw new Error(`Refused IPC from an unknown sender (${frameUrl}).`);
      }
      return (handlers[method] as (arg: unknown) => Promise<unknown>)(arg);
    });
  }
}

if (!app.requestSingleInstanceLock()) app.quit();

void app.whenReady().then(() => {
  applySecurityPolicy(rendererUrl, rendererFile);
  registerIpc();
  Menu.setApplicationMenu(buildMenu(() => BrowserWindow.getFocusedWindow()));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
