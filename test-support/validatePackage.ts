/**
 * Runs the workplace's offline package validator (`../shared/validate/validate-package`, XSDs
 * of SCORM 1.2, SCORM 2004 4th Ed., CC 1.1 and 1.3) on a package. It is called, never copied:
 * where `../shared` is absent, tests that need it are skipped with {@link VALIDATOR_MISSING}.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The validator's path, beside the repository. */
export const VALIDATOR = resolve(repoRoot, '../shared/validate/validate-package');
/** Whether the validator and the tools it needs are here. */
export const validatorAvailable = existsSync(VALIDATOR);
/** Why package-validation tests are skipped. */
export const VALIDATOR_MISSING = `skipped: ${VALIDATOR} is absent (it lives in the workplace's shared/ folder beside the repository)`;

/** The validator's verdict and output. */
export interface ValidationResult {
  ok: boolean;
  output: string;
}

/** Validates a package zip or folder; resolves with the verdict, never rejects for an invalid package. */
export function validatePackage(path: string): Promise<ValidationResult> {
  return new Promise((resolvePromise, reject) => {
    execFile('bash', [VALIDATOR, path], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (error && typeof error.code !== 'number') reject(error);
      else if (error?.code === 2) reject(new Error(`validate-package could not run: ${output}`));
      else resolvePromise({ ok: !error, output });
    });
  });
}
