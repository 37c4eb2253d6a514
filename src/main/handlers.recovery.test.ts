/**
 * The handlers' side of not losing work: autosave to the recovery area, recovery after a
 * crash, the question before overwriting a file someone else changed, save failures, the
 * recent list, and files the system asks to open. Real temp files throughout; a "crash" is a
 * new set of handlers over the same data folder, without the old one's clean close.
 */
import JSZip from 'jszip';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../test-support/exportFixtures';
import { createCourse } from '../core/model/course';
import type { Course } from '../core/model/types';
import { AssetStore, writeProjectFile } from '../node/projectIo';
import type { ExternalChangeChoice, Result, UnsavedChoice } from '../shared/ipc';
import { englishText } from '../core/messages/message';
import { SAVE_FAILED_HINT, createHandlers, recoveryDir, type Dialogs } from './handlers';

const APP = { name: 'OER Studio', version: 'test' };
let dir: string;
let dataDir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oer-recover-'));
  dataDir = join(dir, 'userData');
});
afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.message}`);
  return result.value;
}

/** Dialog answers the test queues; an unexpected dialog fails the test. */
function scripted() {
  const queues: Record<string, unknown[]> = { open: [], save: [], changed: [], media: [] };
  const asked: string[] = [];
  const take = <T>(kind: string, label: string): T => {
    asked.push(label);
    if (!queues[kind]!.length) throw new Error(`unexpected dialog: ${label}`);
    return queues[kind]!.shift() as T;
  };
  const dialogs: Dialogs = {
    openProject: async () => take('open', 'open'),
    chooseImport: async () => take('import', 'import'),
    chooseMedia: async () => take('media', 'media'),
    chooseXliffExport: async () => take('xliff', 'xliff-export'),
    chooseXliffImport: async () => take('xliff', 'xliff-import'),
    saveProject: async (name) => take('save', `save:${name}`),
    exportPackage: async () => take('export', 'export'),
    askUnsavedChanges: async () => take<UnsavedChoice>('unsaved', 'unsaved'),
    askExternalChange: async (name) => take<ExternalChangeChoice>('changed', `changed:${name}`),
    askSalvage: async (name) => take<boolean>('salvage', `salvage:${name}`),
  };
  return { dialogs, asked, queue: (kind: string, answer: unknown) => queues[kind]!.push(answer) };
}

/** One window of one run of the app over `dataDir`. */
function launch(live?: Set<string>) {
  const { dialogs, asked, queue } = scripted();
  const handlers = createHandlers({
    resourcesDir: RESOURCES,
    app: APP,
    dialogs,
    host: {
      setDocumentState: () => undefined,
      close: () => asked.push('close'),
      sendProgress: () => undefined,
    },
    dataDir,
    liveRecoveries: live,
  });
  return { handlers, asked, queue };
}

const recoveryFiles = async () => (await readdir(recoveryDir(dataDir)).catch(() => [] as string[])).sort();

/** A course saved to `path` by handlers, as a user would have it on disk. */
async function savedCourse(path: string): Promise<Course> {
  const { handlers, queue } = launch();
  const sample = value(
    await handlers.newCourse({ title: 'Сети', languages: { source: 'ru', target: 'en' } }),
  );
  queue('save', path);
  value(await handlers.saveProject({ course: sample.course, saveAs: false }));
  await handlers.dispose();
  return sample.course;
}

const retitled = (course: Course, title: string): Course => ({
  ...course,
  title: { ...course.title, ru: title },
});

describe('autosave and recovery', () => {
  it('keeps unsaved work beside, never over, the file; a crash offers it back, bound to the file', async () => {
    const path = join(dir, 'net.oercourse');
    await savedCourse(path);
    const onDisk = await readFile(path);

    const first = launch();
    first.queue('open', path);
    const opened = value(await first.handlers.openProject())!;
    const edited = retitled(opened.course, 'Сети (черновик)');
    value(await first.handlers.autosave({ course: edited }));
    expect(await readFile(path)).toEqual(onDisk);
    expect(await recoveryFiles()).toHaveLength(2);
    // The window is still open: its own work is not offered as left by a crash.
    const live = new Set<string>();
    const other = launch(live);
    expect(value(await other.handlers.listRecoveries())).toHaveLength(1);

    // Crash: no save, no clean close. The next run finds the work.
    const secondRun = new Set<string>();
    const second = launch(secondRun);
    const info = value(await second.handlers.startupInfo());
    expect(info.recoveries).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{16}$/),
        title: 'Сети (черновик)',
        filePath: path,
        fileName: 'net.oercourse',
        savedAt: expect.any(String),
      },
    ]);
    expect(Date.now() - Date.parse(info.recoveries[0]!.savedAt)).toBeLessThan(60_000);
    const recovered = value(await second.handlers.recoverDocument({ id: info.recoveries[0]!.id }));
    expect(recovered).toMatchObject({ filePath: path, fileName: 'net.oercourse', dirty: true });
    expect(recovered.course).toEqual(edited);
    // It is kept under the new window's entry at once, and no longer listed as left behind.
    expect(value(await launch(secondRun).handlers.listRecoveries())).toEqual([]);

    // Save goes to the original file without asking, and the recovery area empties.
    value(await second.handlers.saveProject({ course: recovered.course, saveAs: false }));
    expect(second.asked).toEqual([]);
    const zip = await JSZip.loadAsync(await readFile(path));
    expect(JSON.parse(await zip.file('course.json')!.async('string')).course.title.ru).toBe(
      'Сети (черновик)',
    );
    expect(await recoveryFiles()).toEqual([]);
  });

  it('protects untitled courses with their added media, and a recovered one asks where to save', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const media = join(dir, 'diagram.png');
    await writeFile(media, png);
    const first = launch();
    const course = value(
      await first.handlers.newCourse({ title: 'Draft', languages: { source: 'en', target: 'ru' } }),
    ).course;
    first.queue('media', media);
    const asset = value(await first.handlers.addAsset())!;
    value(await first.handlers.autosave({ course: { ...course, assets: [asset] } }));
    await rm(media); // the media file is gone: the recovery area has its own copy

    const second = launch();
    const [entry] = value(await second.handlers.listRecoveries());
    expect(entry).toMatchObject({ title: 'Draft', filePath: null, fileName: null });
    const recovered = value(await second.handlers.recoverDocument({ id: entry!.id }));
    expect(recovered).toMatchObject({ filePath: null, fileName: 'Untitled', dirty: true });
    expect(value(await second.handlers.assetDataUrl(asset.hash))).toBe(
      `data:image/png;base64,${png.toString('base64')}`,
    );
    const target = join(dir, 'draft.oercourse');
    second.queue('save', target);
    value(await second.handlers.saveProject({ course: recovered.course, saveAs: false }));
    expect(second.asked).toEqual(['save:Draft.oercourse']);
    const zip = await JSZip.loadAsync(await readFile(target));
    expect(await zip.file(`assets/${asset.hash}`)!.async('nodebuffer')).toEqual(png);
    expect(await recoveryFiles()).toEqual([]);
  });

  it('clears the entry on save, on opening another course, on close and on dispose', async () => {
    const { handlers, queue } = launch();
    const course = value(await handlers.openSample()).course;
    const keep = async () => {
      value(await handlers.autosave({ course: retitled(course, 'x') }));
      expect(await recoveryFiles()).toHaveLength(2);
    };
    await keep();
    queue('save', join(dir, 'a.oercourse'));
    value(await handlers.saveProject({ course, saveAs: false }));
    expect(await recoveryFiles()).toEqual([]);
    await keep();
    value(await handlers.openSample()); // the renderer asked about unsaved changes: discarded
    expect(await recoveryFiles()).toEqual([]);
    await keep();
    value(await handlers.closeWindow());
    expect(await recoveryFiles()).toEqual([]);
    await keep();
    await handlers.dispose();
    expect(await recoveryFiles()).toEqual([]);
  });

  it('discards an entry, refuses ids that are not entries, and never touches a live window’s', async () => {
    const live = new Set<string>();
    const crashed = launch();
    const course = value(await crashed.handlers.openSample()).course;
    value(await crashed.handlers.autosave({ course }));
    const running = launch(live);
    value(await running.handlers.autosave({ course: value(await running.handlers.openSample()).course }));
    const [left] = value(await running.handlers.listRecoveries());
    expect(value(await running.handlers.listRecoveries())).toHaveLength(1);
    const liveId = [...live].find((id) => id !== left!.id)!;
    value(await launch(live).handlers.discardRecovery({ id: liveId }));
    expect(await recoveryFiles()).toHaveLength(4);
    value(await running.handlers.discardRecovery({ id: left!.id }));
    expect(await recoveryFiles()).toHaveLength(2);
    const bad = await running.handlers.recoverDocument({ id: '../../etc' });
    expect(bad).toMatchObject({ ok: false, error: { message: 'This recovered work is no longer there.' } });
    expect(await running.handlers.recoverDocument({ id: left!.id })).toMatchObject({ ok: false });
  });

  it('never leaves a copy behind when a save overtakes an autosave', async () => {
    const { handlers, queue } = launch();
    const course = value(await handlers.openSample()).course;
    queue('save', join(dir, 'raced.oercourse'));
    const copies = [1, 2, 3].map((n) => handlers.autosave({ course: retitled(course, `copy ${n}`) }));
    await Promise.all([...copies, handlers.saveProject({ course, saveAs: false })]);
    expect(await recoveryFiles()).toEqual([]);
    // Edits made after the save are kept again.
    value(await handlers.autosave({ course: retitled(course, 'after the save') }));
    expect(await recoveryFiles()).toHaveLength(2);
    value(await handlers.closeWindow());
    expect(await recoveryFiles()).toEqual([]);
  });

  it('offers the work of a crashed renderer to the window’s next renderer', async () => {
    const live = new Set<string>();
    const { handlers, queue } = launch(live);
    const course = value(await handlers.openSample()).course;
    value(await handlers.autosave({ course: retitled(course, 'before the crash') }));
    expect(value(await handlers.listRecoveries())).toEqual([]);
    handlers.rendererGone();
    // The reloaded renderer asks at its start, like after a crash of the whole app.
    const [entry] = value(await handlers.startupInfo()).recoveries;
    expect(entry).toMatchObject({ title: course.title['en'], filePath: null });
    const recovered = value(await handlers.recoverDocument({ id: entry!.id }));
    expect(recovered.course.title['ru']).toBe('before the crash');
    queue('save', join(dir, 'saved.oercourse'));
    value(await handlers.saveProject({ course: recovered.course, saveAs: false }));
    expect(await recoveryFiles()).toEqual([]);
    await handlers.dispose();
    expect(live.size).toBe(0);
  });

  it('writes nothing for a course that fails validation', async () => {
    const { handlers } = launch();
    expect(await handlers.autosave({ course: { nonsense: true } as unknown as Course })).toMatchObject({
      ok: false,
    });
    expect(await recoveryFiles()).toEqual([]);
  });
});

describe('recovery copies of a course with large media', () => {
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  const video = randomBytes(4 * 1024 * 1024);
  const videoHash = sha256(video);
  const videoRecord = {
    id: 'a1',
    hash: videoHash,
    name: 'lecture.mp4',
    mime: 'video/mp4',
    size: video.length,
  };

  /** A course file with a lecture video of a few megabytes, as a user would have it on disk. */
  async function courseWithVideo(path: string, title = 'Сети', bytes: Uint8Array = video): Promise<Course> {
    const course: Course = {
      ...createCourse({ title, languages: { source: 'ru', target: 'en' } }),
      assets: [videoRecord],
    };
    const store = new AssetStore();
    store.add(videoHash, bytes); // `bytes` other than the video's: a file that lies about its media
    await writeProjectFile(path, course, store, APP);
    return course;
  }
  /** The sizes of the recovery copies (the courses, not the sidecars). */
  const copySizes = async () =>
    Promise.all(
      (await recoveryFiles())
        .filter((n) => n.endsWith('.oercourse'))
        .map(async (n) => (await stat(join(recoveryDir(dataDir), n))).size),
    );
  const mediaIn = async (path: string, hash: string) =>
    (await JSZip.loadAsync(await readFile(path))).file(`assets/${hash}`)?.async('nodebuffer');
  const titleIn = async (path: string) =>
    JSON.parse(await (await JSZip.loadAsync(await readFile(path))).file('course.json')!.async('string'))
      .course.title.ru;

  /** Opens `path` in a first run, edits its title, autosaves, and crashes (no clean close). */
  async function editedThenCrashed(path: string) {
    const first = launch();
    first.queue('open', path);
    const opened = value(await first.handlers.openProject())!;
    const edited = retitled(opened.course, 'Сети (черновик)');
    value(await first.handlers.autosave({ course: edited }));
    return { first, edited };
  }

  it('keeps each edit in a small copy, and a crash gives back the course with its media byte for byte', async () => {
    const path = join(dir, 'net.oercourse');
    await courseWithVideo(path);
    const { edited } = await editedThenCrashed(path);
    // The copy holds the edit, not a second copy of the video.
    const [size] = await copySizes();
    expect(size).toBeLessThan(video.length / 50);

    const second = launch();
    const [entry] = value(await second.handlers.listRecoveries());
    const recovered = value(await second.handlers.recoverDocument({ id: entry!.id }));
    expect(recovered).toMatchObject({ filePath: path, dirty: true, warnings: [] });
    expect(recovered.course).toEqual(edited);
    // Kept again at once under the new window's entry: small too.
    for (const copy of await copySizes()) expect(copy).toBeLessThan(video.length / 50);

    // A second crash before saving: the work and its video come back again.
    const third = launch();
    const [again] = value(await third.handlers.listRecoveries());
    const twice = value(await third.handlers.recoverDocument({ id: again!.id }));
    expect(twice).toMatchObject({ filePath: path, warnings: [] });
    value(await third.handlers.saveProject({ course: twice.course, saveAs: false }));
    expect(third.asked).toEqual([]);
    expect(await titleIn(path)).toBe('Сети (черновик)');
    expect((await mediaIn(path, videoHash))!.equals(video)).toBe(true);
    expect(await recoveryFiles()).toEqual([]);
  });

  it('copies media added since the file was opened, and recovers them with the rest', async () => {
    const path = join(dir, 'net.oercourse');
    await courseWithVideo(path);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const media = join(dir, 'chart.png');
    await writeFile(media, png);
    const first = launch();
    first.queue('open', path);
    const opened = value(await first.handlers.openProject())!;
    first.queue('media', media);
    const chart = value(await first.handlers.addAsset())!;
    const edited = { ...opened.course, assets: [...opened.course.assets, chart] };
    value(await first.handlers.autosave({ course: edited }));
    await rm(media); // the picture is gone from where it was added: the copy has its own
    const [size] = await copySizes();
    expect(size).toBeLessThan(video.length / 50);

    const second = launch();
    const [entry] = value(await second.handlers.listRecoveries());
    const recovered = value(await second.handlers.recoverDocument({ id: entry!.id }));
    expect(recovered).toMatchObject({ warnings: [] });
    expect(recovered.course).toEqual(edited);
    expect(value(await second.handlers.assetDataUrl(chart.hash))).toBe(
      `data:image/png;base64,${png.toString('base64')}`,
    );
    const copy = join(dir, 'copy.oercourse');
    second.queue('save', copy);
    value(await second.handlers.saveProject({ course: recovered.course, saveAs: true }));
    expect((await mediaIn(copy, videoHash))!.equals(video)).toBe(true);
    expect(await mediaIn(copy, chart.hash)).toEqual(png);
  });

  it('opens the course text when the file changed after the crash, and names the media it lost', async () => {
    const path = join(dir, 'net.oercourse');
    const original = await courseWithVideo(path);
    const { edited } = await editedThenCrashed(path);
    // A co-author's save of another version, without the video.
    await writeProjectFile(path, { ...retitled(original, 'Их версия'), assets: [] }, new AssetStore(), APP);

    const second = launch();
    const [entry] = value(await second.handlers.listRecoveries());
    const recovered = value(await second.handlers.recoverDocument({ id: entry!.id }));
    expect(recovered.course).toEqual(edited);
    expect(recovered.warnings).toEqual([
      'The file "lecture.mp4" could not be recovered: it was left in "net.oercourse", which has changed since and no longer holds it.',
    ]);
    // The window goes on: the work is kept again (without the lost video) and recovers again.
    value(await second.handlers.autosave({ course: retitled(edited, 'ещё правка') }));
    const third = launch();
    const [again] = value(await third.handlers.listRecoveries());
    expect(value(await third.handlers.recoverDocument({ id: again!.id })).course.title['ru']).toBe(
      'ещё правка',
    );
  });

  it('opens the course text when the file was deleted after the crash, and names the media it lost', async () => {
    const path = join(dir, 'net.oercourse');
    await courseWithVideo(path);
    const { edited } = await editedThenCrashed(path);
    await rm(path);

    const second = launch();
    const [entry] = value(await second.handlers.listRecoveries());
    const recovered = value(await second.handlers.recoverDocument({ id: entry!.id }));
    expect(recovered.course).toEqual(edited);
    expect(recovered.warnings).toEqual([
      'The file "lecture.mp4" could not be recovered: it was left in "net.oercourse", which is no longer there.',
    ]);
    // Saving says which medium is missing, and the work stays open and kept.
    const failed = await second.handlers.saveProject({ course: recovered.course, saveAs: false });
    expect(failed).toMatchObject({ ok: false, error: { message: expect.stringContaining('lecture.mp4') } });
    const [kept] = value(await launch().handlers.listRecoveries()); // as after another crash
    expect(kept).toMatchObject({ title: 'Сети (черновик)', filePath: path });
  });

  it('still finds the media in a file changed after the crash when they are the same bytes', async () => {
    const path = join(dir, 'net.oercourse');
    const original = await courseWithVideo(path);
    const { edited } = await editedThenCrashed(path);
    await courseWithVideo(path, 'Их версия'); // a co-author changed the text, not the video

    const second = launch();
    const [entry] = value(await second.handlers.listRecoveries());
    const recovered = value(await second.handlers.recoverDocument({ id: entry!.id }));
    expect(recovered).toMatchObject({ warnings: [] });
    expect(recovered.course).toEqual(edited);
    // It was changed since it was opened: saving over it still asks first.
    const copy = join(dir, 'mine.oercourse');
    second.queue('changed', 'saveAs');
    second.queue('save', copy);
    value(await second.handlers.saveProject({ course: recovered.course, saveAs: false }));
    expect((await mediaIn(copy, videoHash))!.equals(video)).toBe(true);
    expect(original.title['ru']).toBe('Сети');
  });

  it('does not take media whose bytes changed under the same name', async () => {
    const path = join(dir, 'net.oercourse');
    await courseWithVideo(path);
    await editedThenCrashed(path);
    // Another version whose entry for the video holds other bytes (a damaged or foreign file).
    await courseWithVideo(path, 'Их версия', randomBytes(1024));

    const second = launch();
    const [entry] = value(await second.handlers.listRecoveries());
    const recovered = value(await second.handlers.recoverDocument({ id: entry!.id }));
    expect(recovered.warnings).toEqual([
      'The file "lecture.mp4" could not be recovered: it was left in "net.oercourse", which has changed since and no longer holds it.',
    ]);
  });

  it('keeps the media in the copy when someone writes over the file while it is open', async () => {
    const path = join(dir, 'net.oercourse');
    const original = await courseWithVideo(path);
    const first = launch();
    first.queue('open', path);
    const opened = value(await first.handlers.openProject())!;
    await writeProjectFile(path, { ...retitled(original, 'Их версия'), assets: [] }, new AssetStore(), APP);
    value(await first.handlers.autosave({ course: retitled(opened.course, 'Моя версия') }));
    const [size] = await copySizes();
    expect(size).toBeGreaterThan(video.length);
    await rm(path);

    const second = launch();
    const [entry] = value(await second.handlers.listRecoveries());
    const recovered = value(await second.handlers.recoverDocument({ id: entry!.id }));
    expect(recovered).toMatchObject({ warnings: [] });
    const copy = join(dir, 'mine.oercourse');
    second.queue('save', copy);
    value(await second.handlers.saveProject({ course: recovered.course, saveAs: true }));
    expect((await mediaIn(copy, videoHash))!.equals(video)).toBe(true);
  });

  it('still recovers an entry written before copies left media out (a full copy, no media in the sidecar)', async () => {
    const path = join(dir, 'net.oercourse');
    const course = retitled(await courseWithVideo(path), 'старая копия');
    // As the previous version wrote it: the whole course with every asset, then the sidecar.
    const id = '0123456789abcdef';
    await mkdir(recoveryDir(dataDir), { recursive: true });
    const store = new AssetStore();
    store.add(videoHash, video);
    await writeProjectFile(join(recoveryDir(dataDir), `${id}.oercourse`), course, store, APP, {
      backup: false,
    });
    const sidecar = {
      id,
      filePath: path,
      fingerprint: null,
      title: 'старая копия',
      savedAt: new Date().toISOString(),
    };
    await writeFile(join(recoveryDir(dataDir), `${id}.json`), JSON.stringify(sidecar, null, 2));
    await rm(path); // the media come from the copy alone

    const { handlers } = launch();
    const [entry] = value(await handlers.listRecoveries());
    expect(entry).toMatchObject({ id, title: 'старая копия', filePath: path });
    const recovered = value(await handlers.recoverDocument({ id }));
    expect(recovered).toMatchObject({ warnings: [], filePath: path });
    expect(recovered.course).toEqual(course);
    value(await handlers.saveProject({ course: recovered.course, saveAs: false }));
    expect((await mediaIn(path, videoHash))!.equals(video)).toBe(true);
  });
});

describe('a file changed on disk by someone else', () => {
  async function openedWithCoAuthor(path: string) {
    const original = await savedCourse(path);
    const me = launch();
    me.queue('open', path);
    const opened = value(await me.handlers.openProject())!;
    // A co-author saves over it (a rename, as any careful app does).
    await writeProjectFile(path, retitled(original, 'Их версия'), new AssetStore(), APP);
    return { me, mine: retitled(opened.course, 'Моя версия') };
  }
  const titleIn = async (path: string) =>
    JSON.parse(await (await JSZip.loadAsync(await readFile(path))).file('course.json')!.async('string'))
      .course.title.ru;

  it('does not ask when nobody else wrote it', async () => {
    const path = join(dir, 'c.oercourse');
    await savedCourse(path);
    const me = launch();
    me.queue('open', path);
    const opened = value(await me.handlers.openProject())!;
    value(await me.handlers.saveProject({ course: opened.course, saveAs: false }));
    value(await me.handlers.saveProject({ course: opened.course, saveAs: false }));
    expect(me.asked).toEqual(['open']);
  });

  it('asks before overwriting: Cancel writes nothing and answers null', async () => {
    const path = join(dir, 'c.oercourse');
    const { me, mine } = await openedWithCoAuthor(path);
    me.queue('changed', 'cancel');
    expect(value(await me.handlers.saveProject({ course: mine, saveAs: false }))).toBeNull();
    expect(me.asked).toEqual(['open', 'changed:c.oercourse']);
    expect(await titleIn(path)).toBe('Их версия');
  });

  it('Overwrite writes, and then the file is ours again: no second question', async () => {
    const path = join(dir, 'c.oercourse');
    const { me, mine } = await openedWithCoAuthor(path);
    me.queue('changed', 'overwrite');
    value(await me.handlers.saveProject({ course: mine, saveAs: false }));
    expect(await titleIn(path)).toBe('Моя версия');
    value(await me.handlers.saveProject({ course: mine, saveAs: false }));
    expect(me.asked).toEqual(['open', 'changed:c.oercourse']);
  });

  it('Save As keeps both files', async () => {
    const path = join(dir, 'c.oercourse');
    const copy = join(dir, 'mine.oercourse');
    const { me, mine } = await openedWithCoAuthor(path);
    me.queue('changed', 'saveAs');
    me.queue('save', copy);
    expect(value(await me.handlers.saveProject({ course: mine, saveAs: false }))).toEqual({
      filePath: copy,
      fileName: 'mine.oercourse',
    });
    expect(await titleIn(path)).toBe('Их версия');
    expect(await titleIn(copy)).toBe('Моя версия');
  });

  it('still asks after a crash: recovered work remembers the file as it was opened', async () => {
    const path = join(dir, 'c.oercourse');
    const original = await savedCourse(path);
    const before = launch();
    before.queue('open', path);
    value(await before.handlers.openProject());
    value(await before.handlers.autosave({ course: retitled(original, 'Моя версия') }));
    await writeProjectFile(path, retitled(original, 'Их версия'), new AssetStore(), APP);
    const after = launch();
    const [entry] = value(await after.handlers.listRecoveries());
    const recovered = value(await after.handlers.recoverDocument({ id: entry!.id }));
    after.queue('changed', 'cancel');
    expect(value(await after.handlers.saveProject({ course: recovered.course, saveAs: false }))).toBeNull();
    expect(after.asked).toEqual(['changed:c.oercourse']);
  });
});

describe('save failures', () => {
  it('explains a vanished folder; the document and its recovery copy stay', async () => {
    const folder = join(dir, 'usb-stick');
    await mkdir(folder);
    const path = join(folder, 'c.oercourse');
    const course = await savedCourse(path);
    const me = launch();
    me.queue('open', path);
    value(await me.handlers.openProject());
    value(await me.handlers.autosave({ course: retitled(course, 'unsaved') }));
    await rm(folder, { recursive: true });
    const failed = await me.handlers.saveProject({ course: retitled(course, 'unsaved'), saveAs: false });
    expect(failed).toMatchObject({
      ok: false,
      error: {
        code: 'io',
        message: '"c.oercourse" could not be saved: the file or its folder does not exist.',
        details: [englishText(SAVE_FAILED_HINT)],
      },
    });
    expect(await recoveryFiles()).toHaveLength(2);
    // The window still has its document: Save As elsewhere works, assets and all.
    me.queue('save', join(dir, 'elsewhere.oercourse'));
    value(await me.handlers.saveProject({ course: retitled(course, 'unsaved'), saveAs: true }));
    expect((await stat(join(dir, 'elsewhere.oercourse'))).isFile()).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)('explains a read-only folder', async () => {
    const folder = join(dir, 'read-only');
    await mkdir(folder);
    const me = launch();
    const course = value(await me.handlers.openSample()).course;
    await chmod(folder, 0o500);
    me.queue('save', join(folder, 'c.oercourse'));
    expect(await me.handlers.saveProject({ course, saveAs: false })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('permission denied: choose another folder') },
    });
  });
});

describe('recent files and files the system asks to open', () => {
  it('lists opened and saved files, opens only listed ones, and clears', async () => {
    const a = join(dir, 'a.oercourse');
    const b = join(dir, 'b.oercourse');
    await savedCourse(a);
    await savedCourse(b);
    const { handlers } = launch();
    expect(value(await handlers.listRecentFiles()).map((f) => f.fileName)).toEqual([
      'b.oercourse',
      'a.oercourse',
    ]);
    expect(value(await handlers.openRecent({ filePath: a }))).toMatchObject({ filePath: a });
    expect(value(await handlers.listRecentFiles()).map((f) => f.fileName)).toEqual([
      'a.oercourse',
      'b.oercourse',
    ]);
    const foreign = await handlers.openRecent({ filePath: join(dir, 'x.oercourse') });
    expect(foreign).toMatchObject({
      ok: false,
      error: { message: 'That file is not in the list of recent files.' },
    });
    await rm(b);
    expect(value(await handlers.startupInfo()).recentFiles.map((f) => f.fileName)).toEqual(['a.oercourse']);
    value(await handlers.clearRecentFiles());
    expect(value(await handlers.listRecentFiles())).toEqual([]);
  });

  it('opens a file from the command line or a double-click once the renderer asks', async () => {
    const path = join(dir, 'c.oercourse');
    await savedCourse(path);
    const { handlers } = launch();
    expect(value(await handlers.startupInfo()).fileRequested).toBe(false);
    expect(value(await handlers.openRequestedFile())).toBeNull();
    handlers.requestOpen(path);
    expect(value(await handlers.startupInfo()).fileRequested).toBe(true);
    expect(value(await handlers.openRequestedFile())).toMatchObject({
      filePath: path,
      fileName: 'c.oercourse',
    });
    expect(value(await handlers.openRequestedFile())).toBeNull();
  });
});
