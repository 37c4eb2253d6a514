import type { OerApi } from '../shared/ipc';

declare global {
  interface Window {
    /** The IPC contract, exposed by the preload (or bridged by the e2e tests). */
    api: OerApi;
  }
}

export {};
