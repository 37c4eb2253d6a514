/**
 * The preload exposes exactly the IPC contract as `window.api`, nothing else: no raw
 * ipcRenderer, no Node. Each request goes to its own named channel; main refuses others.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  COMMAND_CHANNEL,
  INVOKE_METHODS,
  PROGRESS_CHANNEL,
  invokeChannel,
  type AppCommand,
  type ExportProgress,
  type InvokeApi,
  type OerApi,
} from '../shared/ipc';

const requests = Object.fromEntries(
  INVOKE_METHODS.map((method) => [method, (arg?: unknown) => ipcRenderer.invoke(invokeChannel(method), arg)]),
) as unknown as InvokeApi;

const api: OerApi = {
  ...requests,
  onCommand(listener) {
    const handler = (_event: IpcRendererEvent, command: AppCommand) => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, handler);
    return () => ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
  },
  onExportProgress(listener) {
    const handler = (_event: IpcRendererEvent, progress: ExportProgress) => listener(progress);
    ipcRenderer.on(PROGRESS_CHANNEL, handler);
    return () => ipcRenderer.removeListener(PROGRESS_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('api', api);
