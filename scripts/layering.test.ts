import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rule that keeps the layers of STYLE.md: a wrong-way import must fail `npm run lint`. */
const eslint = new ESLint();

async function errors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('the layering lint rule', () => {
  it.each([
    [
      'src/core/model/x.ts',
      "import { app } from 'electron';\nexport const a = app;",
      /src\/core must not import "electron"/,
    ],
    [
      'src/core/model/x.ts',
      "import { readFile } from 'node:fs/promises';\nexport const a = readFile;",
      /must not import "node:fs\/promises"/,
    ],
    [
      'src/core/export/x.ts',
      "import { createHandlers } from '../../main/handlers';\nexport const a = createHandlers;",
      /must not import from src\/main/,
    ],
    ['src/core/export/x.ts', 'export const a = window.location;', /window/],
    [
      'src/renderer/src/x.ts',
      "import { readProjectFile } from '../../node/projectIo';\nexport const a = readProjectFile;",
      /must not import from src\/node/,
    ],
    [
      'src/renderer/src/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;",
      /must not import "electron"/,
    ],
    [
      'src/shared/x.ts',
      "import { BrowserWindow } from 'electron';\nexport const a = BrowserWindow;",
      /must not import "electron"/,
    ],
    [
      'src/cli/x.ts',
      "import { buildMenu } from '../main/menu';\nexport const a = buildMenu;",
      /must not import from src\/main/,
    ],
  ])('refuses a wrong-way import in %s', async (file, code, message) => {
    expect((await errors(code, file)).join('\n')).toMatch(message);
  });

  it('allows the right-way imports', async () => {
    expect(
      await errors(
        "import { renderLessonHtml } from '../../core/content/renderHtml';\nexport const a = renderLessonHtml;",
        'src/renderer/src/x.ts',
      ),
    ).toEqual([]);
    expect(
      await errors(
        "import { readFile } from 'node:fs/promises';\nexport const a = readFile;",
        'src/node/x.ts',
      ),
    ).toEqual([]);
  });
});
