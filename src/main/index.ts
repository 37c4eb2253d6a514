/**
 * The Electron shell: one window per document, the menu, security, and IPC wiring. The work is
 * done by plain functions in handlers.ts (tested in Node) over src/core.
 */
import { BrowserWindow, Menu, app, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import {
  COMMAND_CHANNEL,
  INVOKE_METHODS,
  IMPORT_PROGRESS_CHANNEL,
  PROGRESS_CHANNEL,
  invokeChannel,
  type RecentFileEntry,
} from '../shared/ipc';
import { clearRecentFiles, listRecentFiles, sweepRecentTemps } from '../node/recentFiles';
import { projectFileFromArgv } from './argv';
import { electronDialogs } from './dialogs';
import { createHandlers, recentFilesPath, type WindowHandlers } from './handlers';
import { configureSpellchecker, dictionaryDownloadUrl } from './spellcheck';
import { mainStrings } from './mainStrings';
import { buildMenu } from './menu';
import { applySecurityPolicy, isAppUrl } from './security';

const here = import.meta.dirname;
const rendererUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const rendererFile = join(here, '../renderer/index.html');
const resourcesDir = join(app.getAppPath(), 'resources');

/** The handlers of each window, by web contents id: IPC from any other sender is refused. */
const windows = new Map<number, WindowHandlers>();
/** Recovery entries of the open windows: shared, so no window offers another's live work. */
const liveRecoveries = new Set<string>();
/** A file the system asked to open before there was a window to open it in. */
let fileForFirstWindow = projectFileFromArgv(process.argv, process.cwd());
/** The interface language chosen in the renderer's Settings; null until told, or for the system's. */
let uiLanguage: string | null = null;
/** The recent list the menu shows, kept to rebuild the menu in another language. */
let menuRecentFiles: readonly RecentFileEntry[] = [];

/** The menu and dialog text, in the renderer's interface language. */
const uiStrings = () => mainStrings(uiLanguage ?? app.getLocale());

function dataDir(): string {
  return app.getPath('userData');
}

function refreshMenu(recentFiles: readonly RecentFileEntry[]): void {
  menuRecentFiles = recentFiles;
  Menu.setApplicationMenu(
    buildMenu(
      () => BrowserWindow.getFocusedWindow(),
      recentFiles,
      {
        open: (filePath) => openInWindow(filePath),
        clear: () => {
          void clearRecentFiles(recentFilesPath(dataDir())).then(() => refreshMenu([]));
        },
      },
      uiStrings(),
    ),
  );
}

/**
 * Opens a file the system or the menu asked for, in the focused window: its renderer deals
 * with unsaved changes first, then asks main for the file (`openRequestedFile`).
 */
function openInWindow(filePath: string): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const handlers = window ? windows.get(window.webContents.id) : undefined;
  if (!window || !handlers) {
    fileForFirstWindow = filePath;
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
  handlers.requestOpen(filePath);
  window.webContents.send(COMMAND_CHANNEL, 'openRequested');
}

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
  // The languages the spellchecker was last set to (see spellcheck.ts).
  let spellchecked = '';
  const handlers = createHandlers({
    resourcesDir,
    app: { name: 'OER Studio', version: app.getVersion() },
    dialogs: electronDialogs(window, uiStrings, () => uiLanguage ?? app.getLocale()),
    host: {
      setDocumentState(state) {
        dirty = state.dirty;
        const languages = state.languages?.join(' ');
        if (languages && languages !== spellchecked) {
          spellchecked = languages;
          configureSpellchecker(window.webContents.session, state.languages ?? [], {
            platform: process.platform,
            dictionariesUrl: dictionaryDownloadUrl(resourcesDir),
          });
        }
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
      sendImportProgress(progress) {
        if (!window.isDestroyed()) window.webContents.send(IMPORT_PROGRESS_CHANNEL, progress);
      },
      uiLanguageChanged(language) {
        if (language === uiLanguage) return;
        uiLanguage = language;
        refreshMenu(menuRecentFiles);
      },
      recentFilesChanged(files) {
        refreshMenu(files);
        const [latest] = files;
        // The Dock's and the taskbar's own recent lists.
        if (latest) app.addRecentDocument(latest.filePath);
      },
    },
    dataDir: dataDir(),
    liveRecoveries,
  });
  // The renderer asks for it at start (startupInfo, then openRequestedFile).
  if (fileForFirstWindow) handlers.requestOpen(fileForFirstWindow);
  fileForFirstWindow = null;
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
  window.on('closed', () => {
    windows.delete(id);
    // A clean close: the work was saved or discarded, so its recovery entry goes.
    void handlers.dispose();
  });
  // A crashed renderer loses the document it held, but not the work: its recovery entry is
  // left alone, and the reloaded renderer offers it like after a crash of the whole app.
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    handlers.rendererGone();
    window.webContents.reload();
  });
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
      // Only the contract's methods: the handlers object also has main's own (dispose…).
      return (handlers[method] as (arg: unknown) => Promise<unknown>)(arg);
    });
  }
}

if (!app.requestSingleInstanceLock()) app.quit();

// macOS: a double-click in the Finder (or a drop on the Dock icon). It can come before the app
// is ready, so the file waits for the first window.
app.on('open-file', (event, filePath) => {
  event.preventDefault();
  if (app.isReady()) openInWindow(filePath);
  else fileForFirstWindow = filePath;
});

void app.whenReady().then(async () => {
  applySecurityPolicy(rendererUrl, rendererFile);
  registerIpc();
  refreshMenu([]);
  createWindow();
  const listFile = recentFilesPath(dataDir());
  refreshMenu(await listRecentFiles(listFile).catch(() => []));
  // Temp files that a save killed mid-way left beside the courses worked on lately.
  void sweepRecentTemps(listFile).catch(() => undefined);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

// Windows and Linux: a double-click starts a second instance, which quits at once (the lock
// above) and hands its argv here.
app.on('second-instance', (_event, argv, workingDirectory) => {
  const filePath = projectFileFromArgv(argv, workingDirectory);
  if (filePath) {
    openInWindow(filePath);
    return;
  }
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
