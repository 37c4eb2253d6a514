import JSZip from 'jszip';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../test-support/exportFixtures';
import { formatMessage, messageLanguage, type Text } from '../core/messages/message';
import type {
  ExportProgress,
  ExternalChangeChoice,
  ImportProgress,
  Result,
  UnsavedChoice,
} from '../shared/ipc';
import { createHandlers, fileNameFor, type Dialogs } from './handlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-main-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.message}`);
  return result.value;
}

function setup(
  answers: Partial<Record<keyof Dialogs, string | null | UnsavedChoice | ExternalChangeChoice>> = {},
  onProgress: (p: ExportProgress) => void = () => undefined,
  dataDir = join(dir, 'userData'),
) {
  const asked: string[] = [];
  const problems: Text[] = [];
  const states: { title: string; dirty: boolean }[] = [];
  const progress: ExportProgress[] = [];
  const importProgress: ImportProgress[] = [];
  // Set by a test to act while an import runs (for example, cancel it).
  const hooks = { onImportProgress: (_p: ImportProgress): void => undefined };
  const dialogs: Dialogs = {
    openProject: async () => (asked.push('open'), (answers.openProject as string | null) ?? null),
    saveProject: async (name) => (asked.push(`save:${name}`), (answers.saveProject as string | null) ?? null),
    exportPackage: async (name) => (
      asked.push(`export:${name}`),
      (answers.exportPackage as string | null) ?? null
    ),
    askUnsavedChanges: async () => (answers.askUnsavedChanges as UnsavedChoice) ?? 'cancel',
    chooseMedia: async () => (asked.push('media'), (answers.chooseMedia as string | null) ?? null),
    chooseImport: async () => (asked.push('import'), (answers.chooseImport as string | null) ?? null),
    chooseXliffExport: async (name) => (
      asked.push(`xliff-export:${name}`),
      (answers.chooseXliffExport as string | null) ?? null
    ),
    chooseXliffImport: async () => (
      asked.push('xliff-import'),
      (answers.chooseXliffImport as string | null) ?? null
    ),
    askExternalChange: async (name) => (
      asked.push(`changed:${name}`),
      (answers.askExternalChange as ExternalChangeChoice) ?? 'cancel'
    ),
    askSalvage: async (name, problem) => (
      asked.push(`salvage:${name}`),
      problems.push(problem),
      answers.askSalvage === 'recover'
    ),
  };
  const handlers = createHandlers({
    resourcesDir: RESOURCES,
    app: { name: 'OER Studio', version: 'test' },
    dialogs,
    host: {
      setDocumentState: (s) => states.push(s),
      close: () => asked.push('close'),
      sendProgress: (p) => (progress.push(p), onProgress(p)),
      sendImportProgress: (p) => (importProgress.push(p), hooks.onImportProgress(p)),
    },
    dataDir,
  });
  return { handlers, asked, problems, states, progress, importProgress, hooks };
}

describe('main-process handlers', () => {
  it('opens the sample, saves it where the user chooses, and reopens it', async () => {
    const path = join(dir, 'ai');
    const { handlers, asked } = setup({ saveProject: path, openProject: `${path}.oercourse` });
    const sample = value(await handlers.openSample());
    expect(sample.filePath).toBeNull();
    expect(sample.course.modules.length).toBeGreaterThanOrEqual(2);
    const saved = value(await handlers.saveProject({ course: sample.course, saveAs: false }));
    expect(saved).toEqual({ filePath: `${path}.oercourse`, fileName: 'ai.oercourse' });
    expect(asked).toEqual([`save:${sample.course.title['en']}.oercourse`]);
    // A second save goes to the same file without asking.
    value(await handlers.saveProject({ course: sample.course, saveAs: false }));
    expect(asked).toHaveLength(1);
    const reopened = value(await handlers.openProject());
    expect(reopened?.course).toEqual(sample.course);
    expect(reopened?.fileName).toBe('ai.oercourse');
  });

  it('creates a new course in the chosen languages and refuses bad tags', async () => {
    const { handlers } = setup();
    const created = value(
      await handlers.newCourse({ title: ' Желілер ', languages: { source: 'kk', target: 'uz-Latn' } }),
    );
    expect(created.course.title).toEqual({ kk: 'Желілер' });
    expect(created.course.languages).toEqual({ source: 'kk', target: 'uz-Latn' });
    const bad = await handlers.newCourse({ title: 'x', languages: { source: 'english!', target: 'ru' } });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid-course', message: expect.stringContaining('"english!" is not a language tag') },
    });
    const same = await handlers.newCourse({ title: 'x', languages: { source: 'ru', target: 'ru' } });
    expect(same.ok).toBe(false);
  });

  it('re-validates every course the renderer sends and writes nothing for a bad one', async () => {
    const path = join(dir, 'x.oercourse');
    const { handlers, asked } = setup({ saveProject: path, exportPackage: join(dir, 'x.zip') });
    const course = value(await handlers.openSample()).course;
    const tampered = { ...course, modules: [{ id: '../../etc', title: {}, lessons: [] }] };
    const result = await handlers.saveProject({ course: tampered as never, saveAs: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-course' } });
    expect((await handlers.exportPackage({ course: tampered as never, format: 'scorm12' })).ok).toBe(false);
    expect(asked).toEqual([]);
  });

  it('exports a package to the chosen path', async () => {
    const path = join(dir, 'course.zip');
    const { handlers, asked } = setup({ exportPackage: path });
    const course = value(await handlers.openSample()).course;
    const exported = value(await handlers.exportPackage({ course, format: 'scorm12', languages: ['ru'] }));
    expect(exported?.filePath).toBe(path);
    expect(asked[0]).toBe(`export:${course.title['en']} scorm12.zip`);
    const zip = await JSZip.loadAsync(await readFile(path));
    expect(zip.file('imsmanifest.xml')).not.toBeNull();
    expect(Object.keys(zip.files).some((n) => n.endsWith('.en.html'))).toBe(false);
  });

  it('sends export warnings to the window as messages too, to word in its language', async () => {
    const { handlers } = setup({ exportPackage: join(dir, 'warned.zip') });
    const course = value(await handlers.openSample()).course;
    const lesson = course.modules[0]!.lessons[0]!;
    lesson.content['ru'] = { type: 'doc', content: [] };
    const exported = value(await handlers.exportPackage({ course, format: 'web' }))!;
    expect(exported.warnings).toEqual([`Lesson "${lesson.title['ru']}" has no ru text yet.`]);
    expect(exported.warningTexts?.map((t) => formatMessage(t, 'ru'))).toEqual([
      `В уроке «${lesson.title['ru']}» ещё нет текста на языке ru.`,
    ]);
  });

  it('answers null when a dialog is cancelled, and an error for an unknown format', async () => {
    const { handlers } = setup();
    const course = value(await handlers.openSample()).course;
    expect(value(await handlers.openProject())).toBeNull();
    expect(value(await handlers.saveProject({ course, saveAs: true }))).toBeNull();
    expect(await handlers.exportPackage({ course, format: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-format' },
    });
  });

  it('explains a file that is not a course, and keeps the open document', async () => {
    const path = join(dir, 'notes.oercourse');
    await writeFile(path, 'just text');
    const { handlers } = setup({ openProject: path, saveProject: join(dir, 'keep.oercourse') });
    const course = value(await handlers.openSample()).course;
    const result = await handlers.openProject();
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'not-a-zip',
        message: expect.stringContaining('"notes.oercourse" is not an OER Studio course'),
      },
    });
    // The failed open did not replace the session's file: saving still asks where.
    expect(value(await handlers.saveProject({ course, saveAs: false }))?.fileName).toBe('keep.oercourse');
  });

  it('sends its errors as descriptors that a Russian interface words in Russian, nested reasons too', async () => {
    const path = join(dir, 'notes.oercourse');
    await writeFile(path, 'just text');
    const result = await setup({ openProject: path }).handlers.openProject();
    if (result.ok) throw new Error('expected an error');
    expect(result.error.text).toBeDefined();
    expect(formatMessage(result.error.text!, 'en')).toBe(result.error.message);
    expect(formatMessage(result.error.text!, messageLanguage('ru-RU'))).toBe(
      'Файл «notes.oercourse» — не курс OER Studio: это не zip-архив. Откройте файл .oercourse, а файлы других форматов добавьте через «Импорт».',
    );
    // A zip refused as unsafe: "X was not opened." around the refusal, around its reason.
    const zip = new JSZip();
    zip.file('Lesson.txt', 'a');
    zip.file('lesson.txt', 'b');
    const unsafe = join(dir, 'twice.oercourse');
    await writeFile(unsafe, await zip.generateAsync({ type: 'nodebuffer' }));
    const refused = await setup({ openProject: unsafe }).handlers.openProject();
    if (refused.ok) throw new Error('expected an error');
    expect(refused.error).toMatchObject({
      code: 'unsafe-zip',
      message:
        '"twice.oercourse" was not opened. This file is refused as unsafe: "lesson.txt" appears twice (names that differ only in case count as the same).',
    });
    expect(formatMessage(refused.error.text!, 'ru')).toBe(
      'Файл «twice.oercourse» не открыт. Этот файл отклонён как небезопасный: «lesson.txt» встречается дважды (имена, различающиеся только регистром букв, считаются одинаковыми).',
    );
  });

  it('offers to recover what is left of a file cut short, as a new untitled course', async () => {
    const path = join(dir, 'ai.oercourse');
    const saver = setup({ saveProject: path });
    const sample = value(await saver.handlers.openSample()).course;
    value(await saver.handlers.saveProject({ course: sample, saveAs: false }));
    // A copy that stopped part-way: the lessons are there, the outline and directory are not.
    const whole = await readFile(path);
    const cut = join(dir, 'cut.oercourse');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.8)));

    const refused = setup({ openProject: cut });
    const result = await refused.handlers.openProject();
    expect(result).toMatchObject({ ok: false, error: { code: 'damaged-course' } });
    expect(refused.asked).toEqual(['open', 'salvage:cut.oercourse']);
    // The salvage question words the problem in main's interface language.
    expect(formatMessage(refused.problems[0]!, 'ru')).toMatch(
      /^Файл «cut\.oercourse» повреждён: он обрывается/,
    );

    const app = setup({ openProject: cut, askSalvage: 'recover', saveProject: join(dir, 'new.oercourse') });
    const recovered = value(await app.handlers.openProject())!;
    expect(recovered).toMatchObject({ filePath: null, fileName: 'Untitled' });
    expect(recovered.warnings.join(' ')).toMatch(/cut short/);
    expect(recovered.warningTexts?.map((t) => formatMessage(t, 'ru')).join(' ')).toMatch(
      /обрывается раньше времени/,
    );
    const lessons = recovered.course.modules.flatMap((m) => m.lessons);
    expect(lessons.length).toBeGreaterThan(0);
    const firstText = JSON.stringify(sample.modules[0]!.lessons[0]!.content);
    expect(JSON.stringify(lessons[0]!.content)).toBe(firstText);
    // Save asks for a new name: the damaged file is never written over.
    value(await app.handlers.saveProject({ course: recovered.course, saveAs: false }));
    expect(app.asked.at(-1)).toMatch(/^save:/);
    expect((await readFile(cut)).length).toBe(Math.floor(whole.length * 0.8));
  });

  it('passes the document state to the window and closes it', async () => {
    const { handlers, states, asked } = setup();
    value(await handlers.setDocumentState({ title: '• a.oercourse — OER Studio', dirty: true }));
    value(await handlers.closeWindow());
    expect(states).toEqual([{ title: '• a.oercourse — OER Studio', dirty: true }]);
    expect(asked).toEqual(['close']);
  });

  it('passes the course languages on for the spellchecker, and only well-formed tags', async () => {
    const { handlers, states } = setup();
    const hostile = ['kk', '../../etc', 'ru', 'uz'] as unknown as string[];
    value(await handlers.setDocumentState({ title: 't', dirty: false, languages: hostile }));
    expect(states).toEqual([{ title: 't', dirty: false, languages: ['kk', 'ru'] }]);
  });

  it('lists the formats of the registry', async () => {
    const { handlers } = setup();
    expect(value(await handlers.listFormats()).map((f) => f.id)).toContain('scorm12');
  });
});

describe('media, progress, cancel and folders', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

  it('adds a media file, shows it as a data URL, saves it into the project and exports it', async () => {
    const media = join(dir, 'Схема сети.png');
    await writeFile(media, png);
    const project = join(dir, 'with-media.oercourse');
    const pkg = join(dir, 'with-media.zip');
    const { handlers, progress } = setup({ chooseMedia: media, saveProject: project, exportPackage: pkg });
    const course = value(await handlers.openSample()).course;
    const asset = value(await handlers.addAsset())!;
    expect(asset).toMatchObject({ name: 'Схема сети.png', mime: 'image/png', size: png.length });
    expect(value(await handlers.assetDataUrl(asset.hash))).toBe(
      `data:image/png;base64,${png.toString('base64')}`,
    );
    const withAsset = { ...course, assets: [asset] };
    value(await handlers.saveProject({ course: withAsset, saveAs: false }));
    const saved = await JSZip.loadAsync(await readFile(project));
    expect(await saved.file(`assets/${asset.hash}`)!.async('nodebuffer')).toEqual(png);
    value(await handlers.exportPackage({ course: withAsset, format: 'scorm12' }));
    const exported = await JSZip.loadAsync(await readFile(pkg));
    expect(Object.keys(exported.files).filter((n) => n.startsWith('media/'))).toEqual([
      `media/${asset.hash.slice(0, 16)}.png`,
    ]);
    expect(progress.at(-1)).toMatchObject({ entriesDone: progress.at(-1)!.entriesTotal });
  });

  it('refuses a file that is not media', async () => {
    const text = join(dir, 'notes.txt');
    await writeFile(text, 'x');
    const { handlers } = setup({ chooseMedia: text });
    expect(await handlers.addAsset()).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('"notes.txt" is not a supported media file') },
    });
  });

  it('cancels an export and leaves no file', async () => {
    const pkg = join(dir, 'cancelled.zip');
    // The user presses Cancel once the export is under way (after its first entry).
    const { handlers } = setup({ exportPackage: pkg }, () => void handlers.cancelExport());
    const course = value(await handlers.openSample()).course;
    expect(await handlers.exportPackage({ course, format: 'scorm12' })).toMatchObject({
      ok: false,
      error: { message: 'The export was cancelled.' },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes the website as a folder', async () => {
    const site = join(dir, 'site');
    const { handlers } = setup({ exportPackage: site });
    const course = value(await handlers.openSample()).course;
    value(await handlers.exportPackage({ course, format: 'web', folder: true }));
    expect((await readdir(site)).sort()).toEqual(['about', 'content', 'index.html', 'oer-studio', 'player']);
    // A second export to the same folder is refused rather than mixed into it.
    expect(await handlers.exportPackage({ course, format: 'web', folder: true })).toMatchObject({
      ok: false,
      error: { message: '"site" already exists: choose a new folder name.' },
    });
  });
});

describe('import', () => {
  it('reopens our own export as an untitled course with its assets', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const media = join(dir, 'fig.png');
    await writeFile(media, png);
    const pkg = join(dir, 'course.imscc');
    const first = setup({ chooseMedia: media, exportPackage: pkg });
    const course = value(await first.handlers.openSample()).course;
    const asset = value(await first.handlers.addAsset())!;
    value(await first.handlers.exportPackage({ course: { ...course, assets: [asset] }, format: 'cc11' }));
    const second = setup({ chooseImport: pkg, saveProject: join(dir, 'back.oercourse') });
    const imported = value(await second.handlers.importPackage())!;
    expect(imported).toMatchObject({ filePath: null, warnings: [] });
    expect(imported.course).toEqual({ ...course, assets: [asset] });
    expect(value(await second.handlers.assetDataUrl(asset.hash))).toBe(
      `data:image/png;base64,${png.toString('base64')}`,
    );
    expect(
      value(await second.handlers.saveProject({ course: imported.course, saveAs: false }))?.fileName,
    ).toBe('back.oercourse');
    // The window's progress bar was told how far the import got, up to every file.
    const steps = second.importProgress;
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.at(-1)).toEqual({ done: steps.at(-1)!.total, total: steps.at(-1)!.total });
    expect(steps.map((s) => s.done)).toEqual([...steps.map((s) => s.done)].sort((a, b) => a - b));
  });

  it('a cancelled import answers null and leaves the open course and its file as they were', async () => {
    const pkg = join(dir, 'course.zip');
    const exporter = setup({ exportPackage: pkg });
    const sample = value(await exporter.handlers.openSample()).course;
    value(await exporter.handlers.exportPackage({ course: sample, format: 'scorm12' }));

    const path = join(dir, 'mine.oercourse');
    const app = setup({ chooseImport: pkg, saveProject: path });
    const mine = value(await app.handlers.openSample()).course;
    value(await app.handlers.saveProject({ course: mine, saveAs: false }));
    app.hooks.onImportProgress = () => void app.handlers.cancelImport();
    expect(value(await app.handlers.importPackage())).toBeNull();
    expect(app.importProgress.length).toBeGreaterThan(0);
    expect(app.importProgress.some((p) => p.total > 0 && p.done === p.total)).toBe(false);
    // Still the same document: a save goes to its file without asking where.
    app.asked.length = 0;
    expect(value(await app.handlers.saveProject({ course: mine, saveAs: false }))?.filePath).toBe(path);
    expect(app.asked).toEqual([]);
  });
});

describe('fileNameFor', () => {
  it('keeps Unicode titles and removes characters file systems refuse', () => {
    expect(fileNameFor('Введение в ИИ: часть 1/2?', 'oercourse')).toBe('Введение в ИИ часть 1 2.oercourse');
    expect(fileNameFor('  \u0007 ', 'zip')).toBe('Untitled.zip');
  });
});
