/**
 * Generates benchmark courses: lessons of 30–60 KB of text (deterministic pseudo-text in
 * Russian and English) and media files (random bytes, incompressible like real video).
 */
import { createHash, randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { createCourse } from '../src/core/model/course';
import { sequentialIds } from '../src/core/model/ids';
import type { Asset, Course, NodeJson } from '../src/core/model/types';
import { AssetStore } from '../src/node/projectIo';
import { prng } from '../test-support/prng';

const WORDS = {
  en: 'network packet router model data learning neural training feature label accuracy algorithm protocol layer address'.split(
    ' ',
  ),
  ru: 'сеть пакет маршрутизатор модель данные обучение нейронная выборка признак метка точность алгоритм протокол уровень адрес'.split(
    ' ',
  ),
};

function paragraphs(lang: 'en' | 'ru', bytes: number, random: () => number): NodeJson[] {
  const blocks: NodeJson[] = [];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const words = Array.from(
      { length: 60 },
      () => WORDS[lang][Math.floor(random() * WORDS[lang].length)],
    ).join(' ');
    const text = `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
    size += Buffer.byteLength(text);
    blocks.push(
      n % 8 === 0
        ? {
            type: 'heading',
            attrs: { id: `b${n}`, level: 2 },
            content: [{ type: 'text', text: text.slice(0, 60) }],
          }
        : { type: 'paragraph', attrs: { id: `b${n}` }, content: [{ type: 'text', text }] },
    );
    n++;
  }
  return blocks;
}

/** Writes `size` random bytes to `path` in 1 MiB chunks and returns their SHA-256. */
async function randomFile(path: string, size: number): Promise<string> {
  const hash = createHash('sha256');
  const file = await open(path, 'w');
  for (let done = 0; done < size;) {
    const chunk = randomBytes(Math.min(1 << 20, size - done));
    hash.update(chunk);
    await file.write(chunk);
    done += chunk.length;
  }
  await file.close();
  return hash.digest('hex');
}

/** Options of {@link generateCourse}. */
export interface GenerateOptions {
  lessons: number;
  /** Sizes of the media files, in bytes. */
  media: number[];
  dir: string;
}

/** A generated course with its media, which an {@link AssetStore} streams from disk. */
export async function generateCourse({
  lessons,
  media,
  dir,
}: GenerateOptions): Promise<{ course: Course; assets: AssetStore }> {
  const random = prng(42);
  const course = createCourse({ title: 'Benchmark course', ids: sequentialIds() });
  const perModule = 20;
  course.modules = Array.from({ length: Math.ceil(lessons / perModule) }, (_, m) => ({
    id: `mB${m}`,
    title: { en: `Module ${m + 1}`, ru: `Модуль ${m + 1}` },
    lessons: Array.from({ length: Math.min(perModule, lessons - m * perModule) }, (_, l) => {
      const kb = 15 + Math.floor(random() * 15); // per language: 30–60 KB for the pair
      return {
        id: `lB${m}x${l}`,
        title: { en: `Lesson ${m * perModule + l + 1}`, ru: `Урок ${m * perModule + l + 1}` },
        content: {
          en: { type: 'doc' as const, content: paragraphs('en', kb * 1024, random) },
          ru: { type: 'doc' as const, content: paragraphs('ru', kb * 1024, random) },
        },
      };
    }),
  }));
  const store = new AssetStore();
  const assets: Asset[] = [];
  for (const [i, size] of media.entries()) {
    const isVideo = size > 5 * 1024 * 1024;
    const name = isVideo ? `lecture-${i}.mp4` : `figure-${i}.png`;
    const path = join(dir, name);
    const hash = await randomFile(path, size);
    store.addFile(hash, path);
    assets.push({ id: `aB${i}`, hash, name, mime: isVideo ? 'video/mp4' : 'image/png', size });
  }
  course.assets = assets;
  return { course, assets: store };
}

/** About `total` bytes of media: a few 20–40 MB videos, the rest 0.5–3 MB images. */
export function mediaSizes(total: number): number[] {
  const random = prng(7);
  const sizes: number[] = [];
  let sum = 0;
  for (const mb of [40, 32, 25, 20]) {
    if (sum + mb * 2 ** 20 > total * 0.6) break;
    sizes.push(mb * 2 ** 20);
    sum += mb * 2 ** 20;
  }
  while (sum < total) {
    const size = Math.floor((0.5 + random() * 2.5) * 2 ** 20);
    sizes.push(size);
    sum += size;
  }
  return sizes;
}
