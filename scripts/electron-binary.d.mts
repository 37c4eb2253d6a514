/** The Electron executable's path, or null when the binary has not been downloaded. */
export function findElectronBinary(): string | null;
/** Tries electron's own installer once; true when the binary is there afterwards. */
export function tryInstallElectron(): Promise<boolean>;
