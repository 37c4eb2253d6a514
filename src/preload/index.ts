/**
 * The preload exposes exactly the IPC contract as `window.api`, nothing else: no raw
 * ipcRenderer, no Node. Each request goes to its own named channel; main refuses others.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  COMMAND_CHANNEL,
  IMPORT_PROGRESS_CHANNEL,
  INVOKE_METHODS,
  PROGRESS_CHANNEL,
  invokeChannel,
  type AppCommand,
  type ExportProgress,
  type ImportProgress,
  type InvokeApi,
  type OerApi,
} from '../shared/ipc';

const requests = Object.fromEntries(
  INVOKE_METHODS.map((method) => [method, (arg?: unknown) => ipcRenderer.invoke(invokeChannel(method), arg)]),
) as unknown as InvokeApi;

/** A subscription to what main sends on `channel`; answers the unsubscribe function. */
function subscribe<T>(channel: string) {
  return (listener: (message: T) => void) => {
    const handler = (_event: IpcRendererEvent, message: T) => listener(message);
    ipcRenderer.on(channel, handler);
    return () => void ipcRenderer.removeListener(channel, handler);
  };
}

const api: OerApi = {
  ...requests,
  onCommand: subscribe<AppCommand>(COMMAND_CHANNEL),
  onExportProgress: subscribe<ExportProgress>(PROGRESS_CHANNEL),
  onImportProgress: subscribe<ImportProgress>(IMPORT_PROGRESS_CHANNEL),
};

contextBridge.exposeInMainWorld('api', api);
