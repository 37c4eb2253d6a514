/**
 * Test helper (used by the player's tests only): a small bilingual course and the package files
 * the player needs, built with the real `shellHtml` and `lessonPageHtml`. Pure, no I/O; the
 * runtime test serves these strings plus the files of `resources/player` and `resources/fonts`.
 */
import { lessonPageHtml, pickTitle, shellHtml, type PlayerCourse, type Standard } from './pages';

/** Lesson bodies per language, as the core renderer would produce them. */
const BODIES: Record<string, string[]> = {
  en: [
    '<p>Artificial intelligence (AI) is the study of systems that <strong>perceive</strong>, <strong>reason</strong> and <strong>act</strong>. In this lesson we look at where the field came from and which ideas shaped it.</p><h2>A short history</h2><p>The term was coined for the 1956 Dartmouth workshop. Early programs proved theorems and played checkers; later, expert systems encoded rules written by people.</p><ul><li><p>1950: Turing asks “Can machines think?”</p></li><li><p>1956: the Dartmouth workshop</p></li><li><p>2012: deep learning wins ImageNet</p></li></ul><blockquote><p>“We can only see a short distance ahead, but we can see plenty there that needs to be done.” — Alan Turing</p></blockquote><h2>Key terms</h2><p>An <em>agent</em> maps percepts to actions. A <a href="https://example.org/glossary">glossary</a> lists every term of the course.</p>',
    '<p>A search problem has states, actions and a goal test. Breadth-first search explores level by level:</p><pre><code>def bfs(start, goal):\n    frontier = [start]\n    seen = {start}\n    while frontier:\n        node = frontier.pop(0)\n        if node == goal:\n            return node</code></pre><p>Use <code>deque</code> for a queue with O(1) pops.</p>',
    '<p>Machine learning builds models from data rather than rules.</p><h2>Supervised learning</h2><p>Each example has an input and a label.</p><ol><li><p>Collect data</p></li><li><p>Train a model</p></li><li><p>Evaluate on held-out data</p></li></ol>',
    '<p>AI systems affect people: fairness, privacy and accountability matter as much as accuracy.</p><hr><p>Think about one system you use every day.</p>',
  ],
  ru: [
    '<p>Искусственный интеллект (ИИ) изучает системы, которые <strong>воспринимают</strong>, <strong>рассуждают</strong> и <strong>действуют</strong>. В этом уроке мы посмотрим, откуда пришла эта область и какие идеи её сформировали.</p><h2>Краткая история</h2><p>Термин появился на Дартмутском семинаре 1956 года. Ранние программы доказывали теоремы и играли в шашки; позже экспертные системы кодировали правила, написанные людьми.</p><ul><li><p>1950: Тьюринг спрашивает: «Может ли машина мыслить?»</p></li><li><p>1956: Дартмутский семинар</p></li><li><p>2012: глубокое обучение побеждает в ImageNet</p></li></ul><blockquote><p>«Мы можем заглянуть вперёд лишь на небольшое расстояние, но видим, как много там предстоит сделать». — Алан Тьюринг</p></blockquote><h2>Основные понятия</h2><p><em>Агент</em> отображает восприятия в действия. В <a href="https://example.org/glossary">глоссарии</a> собраны все термины курса.</p>',
    '<p>Задача поиска состоит из состояний, действий и проверки цели. Поиск в ширину обходит уровень за уровнем:</p><pre><code>def bfs(start, goal):\n    frontier = [start]\n    seen = {start}\n    while frontier:\n        node = frontier.pop(0)\n        if node == goal:\n            return node</code></pre><p>Для очереди с извлечением за O(1) используйте <code>deque</code>.</p>',
    '<p>Машинное обучение строит модели по данным, а не по правилам.</p><h2>Обучение с учителем</h2><p>У каждого примера есть вход и метка.</p><ol><li><p>Соберите данные</p></li><li><p>Обучите модель</p></li><li><p>Оцените на отложенных данных</p></li></ol>',
    '<p>Системы ИИ влияют на людей: справедливость, приватность и подотчётность важны не меньше точности.</p><hr><p>Подумайте об одной системе, которой вы пользуетесь каждый день.</p>',
  ],
};

const TITLES: Record<string, string>[] = [
  { en: 'What is artificial intelligence?', ru: 'Что такое искусственный интеллект?' },
  { en: 'Search and problem solving', ru: 'Поиск и решение задач' },
  { en: 'Learning from data', ru: 'Обучение на данных' },
  { en: 'AI and society', ru: 'ИИ и общество' },
];

/** Options of {@link sampleCourse}. */
export interface SampleCourseOptions {
  standard: Standard;
  /** @default ['en', 'ru'] */
  languages?: string[];
  /** Number of lessons; beyond the four written ones, lessons get generated titles. @default 4 */
  lessons?: number;
  /** Lessons per module. @default 2 */
  perModule?: number;
  /** @default 'c_test' */
  id?: string;
}

/** A course of `lessons` lessons in modules of `perModule`, with files `content/<id>.<lang>.html`. */
export function sampleCourse(options: SampleCourseOptions): PlayerCourse {
  const { standard, languages = ['en', 'ru'], lessons = 4, perModule = 2, id = 'c_test' } = options;
  const modules: PlayerCourse['modules'] = [];
  for (let i = 0; i < lessons; i++) {
    const m = Math.floor(i / perModule);
    let module = modules[m];
    if (!module) {
      module = modules[m] = {
        id: `m${m + 1}`,
        title:
          m === 0
            ? { en: 'Foundations', ru: 'Основы' }
            : m === 1
              ? { en: 'Methods and impact', ru: 'Методы и влияние' }
              : { en: `Module ${m + 1}`, ru: `Модуль ${m + 1}` },
        lessons: [],
      };
    }
    const title = TITLES[i] ?? { en: `Lesson ${i + 1}`, ru: `Урок ${i + 1}` };
    module.lessons.push({
      id: `l${i + 1}`,
      title: Object.fromEntries(languages.map((l) => [l, title[l] ?? title['en'] ?? ''])),
      files: Object.fromEntries(languages.map((l) => [l, `content/l${i + 1}.${l}.html`])),
    });
  }
  return {
    id,
    title: { en: 'Introduction to Artificial Intelligence', ru: 'Введение в искусственный интеллект' },
    languages,
    modules,
    standard,
  };
}

/** The package's own pages: `index.html` and every lesson page, by package path. */
export function packagePages(course: PlayerCourse): Map<string, string> {
  const files = new Map<string, string>();
  const defaultLang = course.languages[0] ?? 'en';
  files.set('index.html', shellHtml(course));
  let i = 0;
  for (const m of course.modules) {
    for (const l of m.lessons) {
      for (const lang of course.languages) {
        const title = pickTitle(l.title, lang, defaultLang);
        const href = l.files[lang];
        if (!href) continue;
        files.set(
          href,
          lessonPageHtml({
            lang,
            title: title.text,
            titleLang: title.lang,
            courseTitle: pickTitle(course.title, lang, defaultLang).text,
            bodyHtml:
              BODIES[lang]?.[i] ?? `<p>${lang === 'ru' ? 'Текст урока' : 'Lesson text'} ${i + 1}.</p>`,
            cssHref: '../player/player.css',
          }),
        );
      }
      i++;
    }
  }
  return files;
}
