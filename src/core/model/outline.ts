import type { Course, Lesson, Module } from './types';
import { createLesson, createModule } from './course';
import { newId, type IdGenerator } from './ids';

/**
 * Pure edits of a course outline. Each returns a new course and leaves the input untouched,
 * so the app can keep undo history and the renderer can compare by reference.
 */

function mapModules(course: Course, fn: (modules: Module[]) => Module[]): Course {
  return { ...course, modules: fn(course.modules.slice()) };
}

function move<T>(list: T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return list;
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/** Appends a module (with one lesson) after `afterId`, or at the end. */
export function addModule(course: Course, title: string, afterId?: string, ids: IdGenerator = newId): Course {
  const module = createModule(course.languages, title, ids);
  module.lessons.push(createLesson(course.languages, 'Lesson 1', ids));
  return mapModules(course, (modules) => {
    const at = afterId ? modules.findIndex((m) => m.id === afterId) + 1 : modules.length;
    modules.splice(at > 0 ? at : modules.length, 0, module);
    return modules;
  });
}

/** Appends a lesson to a module, after `afterId` or at the end. Returns the course and the new lesson. */
export function addLesson(
  course: Course,
  moduleId: string,
  title: string,
  afterId?: string,
  ids: IdGenerator = newId,
): { course: Course; lesson: Lesson } {
  const lesson = createLesson(course.languages, title, ids);
  const next = mapModules(course, (modules) =>
    modules.map((m) => {
      if (m.id !== moduleId) return m;
      const lessons = m.lessons.slice();
      const at = afterId ? lessons.findIndex((l) => l.id === afterId) + 1 : lessons.length;
      lessons.splice(at > 0 ? at : lessons.length, 0, lesson);
      return { ...m, lessons };
    }),
  );
  return { course: next, lesson };
}

/** Sets the title of a module or lesson in one language. */
export function renameItem(course: Course, id: string, lang: string, title: string): Course {
  return mapModules(course, (modules) =>
    modules.map((m) => {
      if (m.id === id) return { ...m, title: { ...m.title, [lang]: title } };
      if (!m.lessons.some((l) => l.id === id)) return m;
      return {
        ...m,
        lessons: m.lessons.map((l) => (l.id === id ? { ...l, title: { ...l.title, [lang]: title } } : l)),
      };
    }),
  );
}

/** Removes a module or a lesson. */
export function deleteItem(course: Course, id: string): Course {
  return mapModules(course, (modules) =>
    modules.filter((m) => m.id !== id).map((m) => ({ ...m, lessons: m.lessons.filter((l) => l.id !== id) })),
  );
}

/**
 * Moves a module or lesson by `delta` places among its siblings. A lesson at the edge of its
 * module moves into the neighbouring module, as in any outline editor.
 */
export function moveItem(course: Course, id: string, delta: -1 | 1): Course {
  const mi = course.modules.findIndex((m) => m.id === id);
  if (mi >= 0) {
    if (mi + delta < 0 || mi + delta >= course.modules.length) return course;
    return mapModules(course, (modules) => move(modules, mi, mi + delta));
  }
  const owner = course.modules.findIndex((m) => m.lessons.some((l) => l.id === id));
  if (owner < 0) return course;
  const module = course.modules[owner] as Module;
  const li = module.lessons.findIndex((l) => l.id === id);
  const target = li + delta;
  if (target >= 0 && target < module.lessons.length) {
    return mapModules(course, (modules) => {
      modules[owner] = { ...module, lessons: move(module.lessons, li, target) };
      return modules;
    });
  }
  const neighbour = course.modules[owner + delta];
  if (!neighbour) return course;
  const lesson = module.lessons[li] as Lesson;
  return mapModules(course, (modules) => {
    modules[owner] = { ...module, lessons: module.lessons.filter((l) => l.id !== id) };
    modules[owner + delta] = {
      ...neighbour,
      lessons: delta < 0 ? [...neighbour.lessons, lesson] : [lesson, ...neighbour.lessons],
    };
    return modules;
  });
}

/** Replaces one lesson (content or title) by id. */
export function updateLesson(course: Course, lessonId: string, fn: (lesson: Lesson) => Lesson): Course {
  return mapModules(course, (modules) =>
    modules.map((m) =>
      m.lessons.some((l) => l.id === lessonId)
        ? { ...m, lessons: m.lessons.map((l) => (l.id === lessonId ? fn(l) : l)) }
        : m,
    ),
  );
}
