/**
 * Shared inputs for export tests: the bundled sample course, the real player kit from
 * resources/, and a hostile course whose titles try to break manifests and pages.
 */
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportInput, ExportOptions } from '../src/core/export/types';
import type { AppInfo } from '../src/core/model/courseDocument';
import { projectEntries } from '../src/core/project/projectFile';
import { writePackageFile, type WrittenPackage } from '../src/node/exportIo';
import { writeZip } from '../src/node/zipWriter';
import { createCourse } from '../src/core/model/course';
import { sequentialIds } from '../src/core/model/ids';
import type { Course } from '../src/core/model/types';
import { loadPlayerKit } from '../src/node/playerKit';
import { loadSampleCourse } from '../src/node/sample';

/** The repository's resources folder. */
export const RESOURCES = resolve(import.meta.dirname, '../resources');
/** App info written into test packages. */
export const TEST_APP = { name: 'OER Studio', version: 'test' };

/** Export input for a course with no asset bytes unless given. */
export async function exportInput(
  course: Course,
  assets = new Map<string, Uint8Array>(),
): Promise<ExportInput> {
  return {
    course,
    openAsset: async (hash) => {
      const bytes = assets.get(hash);
      if (!bytes) throw new Error(`no asset ${hash}`);
      return bytes;
    },
    player: await loadPlayerKit(RESOURCES),
    app: TEST_APP,
  };
}

/** The bundled English/Russian sample course. */
export function sampleCourse(): Promise<Course> {
  return loadSampleCourse(RESOURCES);
}

/** A course whose every title tries markup and entity injection, in Kazakh and with emoji. */
export function hostileCourse(): Course {
  const course = createCourse({
    title: '</title><script>alert(1)</script> & "Курс" 🚀',
    languages: { source: 'kk', target: 'en' },
    ids: sequentialIds(),
  });
  const lesson = course.modules[0]!.lessons[0]!;
  lesson.title = { kk: "Сабақ <b>әғқңөұүһі</b> & 'x'", en: ']]> <!-- --> "quoted"' };
  lesson.content['kk'] = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        attrs: { id: 'b1' },
        content: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }],
      },
    ],
  };
  return course;
}

/** Runs `fn` with a fresh temporary folder, removed afterwards. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'oer-test-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Exports a course through the real pipeline (core build, streaming zip writer) and reads it back. */
export async function exportToZip(
  course: Course,
  format: string,
  options: ExportOptions = {},
  path?: string,
  assets?: Map<string, Uint8Array>,
): Promise<{ bytes: Buffer; zip: JSZip } & Pick<WrittenPackage, 'warnings' | 'warningTexts'>> {
  const write = async (target: string) => {
    const { warnings, warningTexts } = await writePackageFile(
      target,
      await exportInput(course, assets),
      format,
      options,
    );
    const bytes = await readFile(target);
    return { bytes, zip: await JSZip.loadAsync(bytes), warnings, warningTexts };
  };
  return path ? write(path) : withTempDir((dir) => write(join(dir, `package.zip`)));
}

/** The bytes of a project file for a course, written by the real writer. */
export function projectBytes(
  course: Course,
  assets = new Map<string, Uint8Array>(),
  app: AppInfo = TEST_APP,
): Promise<Buffer> {
  return withTempDir(async (dir) => {
    const path = join(dir, 'p.oercourse');
    const open = async (hash: string) => {
      const bytes = assets.get(hash);
      if (!bytes) throw new Error(`no asset ${hash}`);
      return bytes;
    };
    await writeZip(path, projectEntries(course, app, open));
    return readFile(path);
  });
}

/**
 * A stress course: 300 lessons in 10 modules, Cyrillic and Kazakh text, long titles, and assets
 * whose names are Cyrillic, Kazakh, Uzbek Latin, emoji, or differ only in case.
 */
export async function stressCourse(): Promise<{ course: Course; assets: Map<string, Uint8Array> }> {
  const ids = sequentialIds();
  const course = createCourse({
    title: 'Стресс-тест: '.padEnd(200, 'қ') + ' 🚀',
    languages: { source: 'ru', target: 'kk' },
    ids,
  });
  course.modules = Array.from({ length: 10 }, (_, m) => ({
    id: `m${m + 1}x`,
    title: { ru: `Модуль ${m + 1}: сети и протоколы`, kk: `${m + 1}-модуль: желілер мен хаттамалар` },
    lessons: Array.from({ length: 30 }, (_, l) => {
      const n = m * 30 + l + 1;
      const text = (t: string) => ({
        type: 'doc' as const,
        content: [{ type: 'paragraph', attrs: { id: 'b1' }, content: [{ type: 'text', text: t }] }],
      });
      return {
        id: `l${n}x`,
        title: { ru: `Урок ${n}: ${'очень длинное название урока '.repeat(4)}`, kk: `${n}-сабақ: әғқңөұүһі` },
        content: {
          ru: text(`Текст урока ${n} — <b>не</b> разметка & «кавычки».`),
          kk: text(`${n}-сабақтың мәтіні: әғқңөұүһі.`),
        },
      };
    }),
  }));
  const names = [
    'Схема сети.png',
    'Қазақ әліпбиі.PNG',
    'Oʻzbek gʻalla.png',
    '🚀 ракета.png',
    'image.png',
    'Image.png',
  ];
  const assets = new Map<string, Uint8Array>();
  course.assets = await Promise.all(
    names.map(async (name, i) => {
      const bytes = new TextEncoder().encode(`asset ${i} ${name}`);
      const hash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');
      assets.set(hash, bytes);
      return {
        id: `a${i + 1}x`,
        hash,
        name,
        mime: 'image/png',
        size: bytes.length,
        attribution: { author: `Автор ${i}`, licence: 'CC-BY-4.0' },
      };
    }),
  );
  return { course, assets };
}
